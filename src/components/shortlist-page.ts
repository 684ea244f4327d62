/**
 * <pk-lijstje> on /lijstje/: shows the list in the URL fragment, or the one saved on this device.
 * Loads only the data files of the ids it shows; names what it could not show and why.
 */
import { todayInNetherlands } from '../lib/dates';
import { formatDate, formatTimeRange, plural } from '../lib/format';
import { placeStatuses } from '../lib/taxonomy';
import { placeOn } from '../lib/availability';
import { listText, parseList, shortlistUrl } from '../lib/shortlist';
import {
  bucketOf,
  bucketPath,
  droppedSentences,
  mailHref,
  whatsappHref,
  type ShortlistIndex,
  type ShortlistRecord,
} from '../lib/shortlist-view';
import { cardElement } from './card-element';
import { onListChange, storedList, storeList } from './shortlist-store';

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

const sameList = (a: readonly string[], b: readonly string[]) => listText(a) === listText(b);

class ShortlistPage extends HTMLElement {
  private index: ShortlistIndex | undefined;
  private records = new Map<string, ShortlistRecord>();
  private loaded = new Set<number>();
  private shown: string[] = [];
  /** The list on screen is this device's own list, not one from someone else's link. */
  private own = true;

  private piece<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-lijstje-${name}]`)!;
  }

  async connectedCallback() {
    this.piece('nojs').hidden = true;
    this.piece('print').addEventListener('click', () => window.print());
    this.piece('clear').addEventListener('click', () => {
      storeList([]);
      history.replaceState(null, '', location.pathname);
      void this.update();
    });
    this.piece('adopt').addEventListener('click', () => {
      storeList(this.shown);
      void this.update();
      this.piece('status').textContent =
        `Dit lijstje staat nu op uw eigen lijstje. ${plural(this.shown.length, 'activiteit', 'activiteiten')}.`;
    });
    window.addEventListener('hashchange', () => void this.update());
    onListChange(() => {
      // "Bewaar" elsewhere (another tab): follow the saved list, unless a shared list is on screen.
      if (!this.own || sameList(this.shown, storedList())) return;
      const saved = storedList();
      history.replaceState(null, '', `${location.pathname}${saved.length > 0 ? `#${listText(saved)}` : ''}`);
      void this.update();
    });
    await this.update();
  }

  private async update() {
    const status = this.piece('status');
    const fromLink = location.hash.length > 1;
    const parsed = parseList(fromLink ? location.hash : listText(storedList()));
    const own = !fromLink || sameList(parsed.ids, storedList());
    this.own = own;
    if (parsed.ids.length > 0) {
      status.textContent = 'Het lijstje wordt geladen. Een moment.';
      try {
        await this.load(parsed.ids);
      } catch {
        status.textContent = 'Het lijstje kon niet laden. Laad de pagina opnieuw.';
        return;
      }
    }
    const unknown = parsed.ids.filter((id) => !this.records.has(id));
    this.shown = parsed.ids.filter((id) => this.records.has(id));

    const dropped = this.piece('dropped');
    const sentences = droppedSentences(parsed, unknown);
    dropped.hidden = sentences.length === 0;
    dropped.replaceChildren(
      make('h2', undefined, 'Niet alles kon op het lijstje'),
      ...sentences.map((sentence) => make('p', undefined, sentence)),
    );

    // The address bar always shows the list that is on screen, so copying it shares exactly this.
    const clean = this.shown.length > 0 ? `#${listText(this.shown)}` : '';
    if (location.hash !== clean) history.replaceState(null, '', `${location.pathname}${clean}`);
    if (own && !sameList(this.shown, storedList())) storeList(this.shown);

    this.piece('shared').hidden = own || this.shown.length === 0;
    this.renderList(own);
    const url = shortlistUrl(location.origin, this.shown);
    this.piece<HTMLAnchorElement>('whatsapp').href = whatsappHref(url);
    this.piece<HTMLAnchorElement>('mail').href = mailHref(url);
    this.piece('url').textContent = url;
    this.piece('actions').hidden = this.shown.length === 0;
    // On paper a long link is of no use: the site's address and the day are enough to find it again.
    this.piece('printed').textContent =
      this.shown.length > 0 ? `Van de Preventiekaart (${location.host}), ${formatDate(todayInNetherlands({}, new Date()))}.` : '';
    status.textContent =
      this.shown.length === 0
        ? 'Uw lijstje is leeg. Druk bij een activiteit op "Bewaar". Dan komt hij hier te staan.'
        : `Er ${this.shown.length === 1 ? 'staat' : 'staan'} ${plural(this.shown.length, 'activiteit', 'activiteiten')} op ${own ? 'uw' : 'dit'} lijstje.`;
  }

  /** Fetches the index once and each needed data file once. */
  private async load(ids: readonly string[]) {
    if (!this.index) {
      const response = await fetch(this.dataset.index!);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.index = (await response.json()) as ShortlistIndex;
    }
    const buckets = [...new Set(ids.map((id) => bucketOf(id, this.index!.buckets)))].filter((bucket) => !this.loaded.has(bucket));
    await Promise.all(
      buckets.map(async (bucket) => {
        const response = await fetch(bucketPath(bucket));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        for (const record of (await response.json()) as ShortlistRecord[]) this.records.set(record.id, record);
        this.loaded.add(bucket);
      }),
    );
  }

  private renderList(own: boolean) {
    const today = todayInNetherlands({}, new Date());
    this.piece('list').replaceChildren(
      ...this.shown.map((id) => {
        const record = this.records.get(id)!;
        const facts = make('dl', 'pk-shortlist__facts');
        const add = (term: string, ...lines: string[]) => {
          if (lines.length === 0) return;
          const value = make('dd');
          lines.forEach((line, index) => value.append(...(index > 0 ? [make('br'), line] : [line])));
          facts.append(make('dt', undefined, term), value);
        };
        const next = record.data.find(([date]) => date >= today);
        add(
          'Wanneer',
          record.gepauzeerd ? 'Tijdelijk gestopt.' : record.wanneer,
          ...(next && !record.gepauzeerd ? [`Volgende keer: ${formatDate(next[0])}, ${formatTimeRange(next[1], next[2])}`] : []),
        );
        add('Waar', ...record.waar);
        add('Bellen', ...(record.telefoon ? [record.telefoon] : []));
        if (!record.telefoon && record.email) add('Mailen', record.email);
        add('Kosten', record.kosten);
        const plaats = placeOn(record.plaats, today);
        if (plaats) add('Plek', placeStatuses.get(plaats).uitleg);
        const remove = make('button', 'pk-button pk-button--secondary pk-no-print');
        remove.type = 'button';
        remove.append('Haal weg', make('span', 'pk-visually-hidden', `: ${record.titel}`));
        remove.addEventListener('click', () => {
          const rest = this.shown.filter((other) => other !== id);
          if (own) storeList(rest);
          history.replaceState(null, '', `${location.pathname}${rest.length > 0 ? `#${listText(rest)}` : ''}`);
          // The button is gone: put focus on the status line that says what is left.
          void this.update().then(() => this.piece('status').focus());
        });
        const item = cardElement({
          element: 'li',
          className: 'pk-shortlist__item',
          headingLevel: 2,
          titel: record.titel,
          href: record.url,
          meta: record.gebieden,
          body: [facts, remove],
        });
        item.dataset.activityId = id;
        return item;
      }),
    );
  }
}

customElements.define('pk-lijstje', ShortlistPage);
