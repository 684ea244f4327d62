/**
 * <pk-referral>: the referral tool of /verwijzen/ (ReferralTool.astro renders the form it enhances).
 * Reads and writes the choices in the URL fragment, ranks the activities in the browser and prints the
 * welzijnsrecept. It loads /data/verwijzen/index.json (every gebied with its gemeente and postcodes) at
 * start, and a gemeente's file (/data/verwijzen/<gemeente>.json) only when a gebied of it is chosen.
 * Browser code: no zod, schemas or facts builder (browser-boundary test).
 */
import { cardElement } from './card-element';
import { gebiedenForPostcode } from '../lib/referral/postcodes';
import { qrSvg } from '../lib/referral/qr';
import { rankActivities, type RankedActivity } from '../lib/referral/ranking';
import {
  receptDates,
  referralGemeentePath,
  type ReferralActivity,
  type ReferralGebied,
  type ReferralGemeenteData,
  type ReferralIndexGebied,
} from '../lib/referral/record';
import { choicesFragment, parseChoices, REFERRAL_STATE_NAMES, type ReferralChoices } from '../lib/referral/url-state';
import { plural } from '../lib/format';
import { telHref } from '../lib/links';
import { todayInNetherlands } from '../lib/dates';
import { checkReferralGemeenteData, checkReferralIndex } from '../lib/referral-guard';
import { ASK_WHEN_NEXT } from '../lib/upcoming';
import { moveOldLinkState, readUrlState } from '../lib/url-state';
import { ICPC_REFERRAL_CODE, referenceCode, returnSlip } from '../lib/referral-slip';
import { ageGroups } from '../lib/referral/vocabulary';
import type { ComplaintId } from '../lib/taxonomy';

/** A new reference for every recept: made here, from the browser's secure random numbers, and never sent. */
const newReference = () => referenceCode((count) => crypto.getRandomValues(new Uint8Array(count)));

type Attributes = Record<string, string>;

/** A tiny element builder: text always goes in as text, never as HTML. */
function el(tag: string, attributes: Attributes = {}, ...children: (Node | string | undefined)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

const REFUSED_DATA =
  'Er is iets mis met de gegevens van de activiteiten. Daarom werkt zoeken hier nu niet. Onderaan deze pagina vindt u per gemeente de kaarten met alle activiteiten en de welzijnscoach. Die werken wel.';
const FAILED_LOAD =
  'De activiteiten konden niet laden. Laad de pagina opnieuw. Of kies onderaan deze pagina de gemeente, en dan het dorp of de wijk: daar staat alles op één kaart.';
const LOADING = 'De activiteiten worden geladen. Een moment.';

type Loaded = { ok: true; data: ReferralGemeenteData } | { ok: false; message: string };

const todayText = () =>
  new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date());

class Referral extends HTMLElement {
  /** Every gebied of the site, from the index: enough to read a choice or a postcode. */
  private gebieden = new Map<string, ReferralIndexGebied>();
  /** The files of the gemeenten loaded so far (or loading), by gemeente. */
  private gemeenten = new Map<string, Promise<Loaded>>();
  /** The files that arrived and passed the shape check, by gemeente. */
  private loaded = new Map<string, ReferralGemeenteData>();
  /** The gebied the list and the recept are for, with its coach, once its gemeente's file is there. */
  private shownGebied?: ReferralGebied;
  /** Raised on every render, so a file that arrives after a newer choice is not shown over it. */
  private renderCount = 0;
  private ranked: RankedActivity[] = [];
  /** Ticked for the recept; only in memory, so a reload forgets it. */
  private onRecept: string[] = [];
  private showAll = false;
  private max = 3;
  private shown = 10;
  private reference = newReference();

  private get form() {
    return this.querySelector<HTMLFormElement>('[data-referral-form]')!;
  }
  private get list() {
    return this.querySelector<HTMLOListElement>('[data-referral-list]')!;
  }
  private get status() {
    return this.querySelector<HTMLElement>('[data-referral-status]')!;
  }
  private get more() {
    return this.querySelector<HTMLButtonElement>('[data-referral-more]')!;
  }
  private get receptSection() {
    return this.querySelector<HTMLElement>('[data-referral-recept]')!;
  }
  private get receptStatus() {
    return this.querySelector<HTMLElement>('[data-referral-recept-status]')!;
  }
  private get sheet() {
    return this.querySelector<HTMLElement>('[data-referral-sheet]')!;
  }
  private get postcodeInput() {
    return this.querySelector<HTMLInputElement>('[data-referral-postcode]')!;
  }
  private get postcodeStatus() {
    return this.querySelector<HTMLElement>('[data-referral-postcode-status]')!;
  }
  private get nameInput() {
    return this.querySelector<HTMLInputElement>('[data-referral-name]')!;
  }
  private get coachSlot() {
    return this.querySelector<HTMLElement>('[data-referral-coach]')!;
  }
  private get postcodeTable() {
    return this.querySelector<HTMLDetailsElement>('[data-referral-postcodes]')!;
  }

  async connectedCallback() {
    moveOldLinkState(REFERRAL_STATE_NAMES);
    // The form never submits: a submit would put the klachten in the URL query, and so in a server log.
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.status.textContent = LOADING;
    // Choices made while the data loads must win over the (older) URL once it is there.
    let chosenWhileLoading = false;
    const noteChoice = () => (chosenWhileLoading = true);
    this.form.addEventListener('change', noteChoice);
    try {
      const response = await fetch(this.dataset.index!);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const checked = checkReferralIndex(await response.json());
      if (!checked.ok) {
        console.warn('referral: index refused', checked.problem);
        this.status.textContent = REFUSED_DATA;
        return;
      }
      for (const gebied of checked.value.gebieden) this.gebieden.set(gebied.id, gebied);
    } catch {
      this.status.textContent = FAILED_LOAD;
      return;
    }
    this.form.removeEventListener('change', noteChoice);
    this.max = Number(this.dataset.max ?? 3);
    this.shown = Number(this.dataset.shown ?? 10);

    this.form.addEventListener('change', () => this.fromForm());
    this.form.addEventListener('submit', () => {
      this.fromForm();
      this.querySelector<HTMLElement>('#verwijs-resultaten')?.scrollIntoView({ block: 'start' });
    });
    this.more.addEventListener('click', () => {
      this.showAll = true;
      this.renderList();
    });
    this.list.addEventListener('change', (event) => this.toggle(event.target as HTMLInputElement));
    this.nameInput.addEventListener('input', () => this.renderSheet());
    this.postcodeInput.addEventListener('input', () => this.fromPostcode());
    // The table of every gebied is made only when someone opens it: most visitors type the postcode.
    if (this.postcodeTable.open) this.fillPostcodeTable();
    else this.postcodeTable.addEventListener('toggle', () => this.fillPostcodeTable(), { once: true });
    this.querySelector('[data-referral-print]')!.addEventListener('click', () => this.print());
    // The next patient gets a new code: a printed code is used up.
    window.addEventListener('afterprint', () => {
      if (!this.hasAttribute('data-recept-klaar')) return;
      this.reference = newReference();
      this.renderSheet();
    });
    // The URL is the only memory: back/forward, reload and an edited fragment restore the choices from it.
    window.addEventListener('popstate', () => this.fromUrl());
    window.addEventListener('hashchange', () => this.fromUrl());
    this.receptSection.hidden = false;
    if (chosenWhileLoading) this.fromForm();
    else this.fromUrl(true);
    // The postcode field shows from the first paint (referral.css): a postcode typed while loading counts.
    if (this.postcodeInput.value) this.fromPostcode();
  }

  private fromUrl(initial = false) {
    const url = readUrlState(location, REFERRAL_STATE_NAMES);
    // An in-page anchor (a skip link) is no choice: leave the form as it is, and on arrival show what it holds.
    if (url.kind === 'anchor') {
      if (initial) this.render(this.formChoices());
      return;
    }
    if (url.replaceWith) history.replaceState(history.state, '', url.replaceWith);
    const choices = parseChoices(url.params, [...this.gebieden.keys()]);
    const elements = this.form.elements;
    (elements.namedItem('gebied') as HTMLSelectElement).value = choices.gebied ?? '';
    (elements.namedItem('leeftijd') as HTMLSelectElement).value = choices.leeftijd ?? '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="klacht"]'))
      box.checked = choices.klachten.includes(box.value as ComplaintId);
    for (const name of ['dichtbij', 'gratis', 'rolstoel'] as const)
      (elements.namedItem(name) as HTMLInputElement).checked = choices[name] === true;
    this.render(choices);
  }

  /** The postcode only chooses the gebied; it never reaches the URL, the form data or storage. */
  private fromPostcode() {
    const result = gebiedenForPostcode(this.postcodeInput.value, [...this.gebieden.values()]);
    const select = this.form.elements.namedItem('gebied') as HTMLSelectElement;
    if (result.kind === 'incomplete') {
      this.postcodeStatus.textContent = '';
      return;
    }
    if (result.kind === 'invalid') {
      this.postcodeStatus.textContent = 'Dit is geen postcode. Typ 4 cijfers, zoals 8307.';
      return;
    }
    if (result.kind === 'unknown') {
      this.postcodeStatus.textContent = `Postcode ${result.pc4} hoort niet bij een dorp of wijk op deze kaart. Kies hierboven het dorp of de wijk.`;
      return;
    }
    const names = result.gebieden.map((gebied) => gebied.naam);
    if (!result.gebieden.some((gebied) => gebied.id === select.value)) select.value = result.gebieden[0]!.id;
    this.postcodeStatus.textContent =
      names.length === 1
        ? `Deze postcode hoort bij ${names[0]}.`
        : `Deze postcode hoort bij ${names.join(' en ')}. U ziet nu ${this.gebieden.get(select.value)!.naam}. Woont de patiënt ergens anders? Kies dan hierboven.`;
    this.fromForm();
  }

  private formChoices(): ReferralChoices {
    return parseChoices(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>), [...this.gebieden.keys()]);
  }

  private fromForm() {
    const choices = this.formChoices();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${choicesFragment(choices)}`);
    this.render(choices);
  }

  /** The file of a gemeente, loaded once; a failed load is forgotten, so the next choice tries again. */
  private gemeenteData(gemeenteId: string): Promise<Loaded> {
    let loading = this.gemeenten.get(gemeenteId);
    if (!loading) {
      loading = (async (): Promise<Loaded> => {
        try {
          const response = await fetch(referralGemeentePath(gemeenteId));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const checked = checkReferralGemeenteData(await response.json(), gemeenteId);
          if (!checked.ok) {
            console.warn('referral: data refused', checked.problem);
            return { ok: false, message: REFUSED_DATA };
          }
          this.loaded.set(gemeenteId, checked.value);
          return { ok: true, data: checked.value };
        } catch {
          this.gemeenten.delete(gemeenteId);
          return { ok: false, message: FAILED_LOAD };
        }
      })();
      this.gemeenten.set(gemeenteId, loading);
    }
    return loading;
  }

  private render(choices: ReferralChoices) {
    const count = ++this.renderCount;
    const chosen = choices.gebied ? this.gebieden.get(choices.gebied) : undefined;
    const ready = chosen && this.loaded.get(chosen.gemeente);
    if (!chosen || ready) {
      this.show(choices, chosen && ready ? ready.gebieden.find((gebied) => gebied.id === chosen.id) : undefined, ready?.activities ?? []);
      return;
    }
    // The gemeente's file is not here yet: an empty list until it is, so no list of another gebied stays.
    this.shownGebied = undefined;
    this.ranked = [];
    this.renderCoach(undefined);
    this.status.textContent = LOADING;
    this.renderList();
    this.renderSheet();
    void this.gemeenteData(chosen.gemeente).then((loaded) => {
      // A newer choice was made while this file loaded: that render shows its own.
      if (count !== this.renderCount) return;
      if (loaded.ok)
        this.show(
          choices,
          loaded.data.gebieden.find((gebied) => gebied.id === chosen.id),
          loaded.data.activities,
        );
      else this.status.textContent = loaded.message;
    });
  }

  private show(choices: ReferralChoices, gebied: ReferralGebied | undefined, activities: readonly ReferralActivity[]) {
    this.shownGebied = gebied;
    this.renderCoach(gebied);
    this.ranked = gebied ? rankActivities(activities, gebied, choices.klachten, choices) : [];
    // Keep ticks that still fit the new choices; drop the rest, so the recept never shows a hidden activity.
    this.onRecept = this.onRecept.filter((id) => this.ranked.some((item) => item.activity.id === id));
    this.showAll = false;
    if (!gebied) this.status.textContent = 'Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.';
    else if (this.ranked.length === 0)
      this.status.textContent = `Er is niets gevonden in ${gebied.naam} en omgeving. Kies minder vinkjes. Of bel de welzijnscoach.`;
    else
      this.status.textContent = `${plural(this.ranked.length, 'activiteit past', 'activiteiten passen')} bij uw keuze in ${gebied.naam} en omgeving. De beste staan bovenaan.`;
    this.renderList();
    this.renderSheet();
  }

  /** The coach of the gebied shown, from the one template in the page (ReferralCoach.astro); nothing when none is chosen. */
  private renderCoach(gebied: ReferralGebied | undefined) {
    if (!gebied) {
      this.coachSlot.replaceChildren();
      return;
    }
    if (this.coachSlot.firstElementChild?.getAttribute('data-coach') === gebied.id) return;
    const template = this.querySelector<HTMLTemplateElement>('[data-referral-coach-template]')!;
    const panel = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    panel.dataset.coach = gebied.id;
    const values: Record<string, string> = { gebied: gebied.naam, ...gebied.coach };
    for (const field of panel.querySelectorAll<HTMLElement>('[data-coach-field]'))
      field.textContent = values[field.dataset.coachField!] ?? '';
    const { telefoon, email } = gebied.coach;
    panel.querySelector('a[data-coach-field="telefoon"]')?.setAttribute('href', telHref(telefoon));
    panel.querySelector('a[data-coach-field="email"]')?.setAttribute('href', `mailto:${email}`);
    this.coachSlot.replaceChildren(panel);
  }

  /** Every gebied with its postcodes, grouped per gemeente as in the gebied choice above it. */
  private fillPostcodeTable() {
    const table = this.postcodeTable.querySelector('table')!;
    if (table.tBodies.length > 0) return;
    const select = this.form.elements.namedItem('gebied') as HTMLSelectElement;
    for (const group of select.querySelectorAll('optgroup')) {
      const rows = [...group.querySelectorAll('option')]
        .map((option) => this.gebieden.get(option.value))
        .filter((gebied): gebied is ReferralIndexGebied => gebied !== undefined && gebied.postcodes.length > 0)
        .map((gebied) => el('tr', {}, el('th', { scope: 'row' }, gebied.naam), el('td', {}, gebied.postcodes.join(', '))));
      if (rows.length === 0) continue;
      table.append(el('tbody', {}, el('tr', {}, el('th', { scope: 'rowgroup', colspan: '2' }, group.label)), ...rows));
    }
  }

  private renderList() {
    const visible = this.showAll ? this.ranked : this.ranked.slice(0, this.shown);
    this.list.replaceChildren(
      ...visible.map((item) => {
        const { activity } = item;
        const boxId = `verwijs-recept-${activity.id}`;
        const box = el('input', { type: 'checkbox', id: boxId, value: activity.id, class: 'pk-referral__check' }) as HTMLInputElement;
        box.checked = this.onRecept.includes(activity.id);
        return cardElement({
          element: 'li',
          className: 'pk-referral__item',
          headingLevel: 3,
          titel: activity.titel,
          href: activity.url,
          body: [
            el('p', { class: 'pk-referral__reason' }, item.reason),
            el('p', {}, activity.samenvatting),
            activity.tip ? el('p', {}, el('strong', {}, 'Tip: '), activity.tip) : undefined,
            activity.freshness === 'verouderd'
              ? el('p', {}, el('strong', {}, 'Let op: '), 'al meer dan een jaar niet gecontroleerd.')
              : undefined,
            el(
              'div',
              { class: 'pk-referral__tick' },
              box,
              el('label', { for: boxId }, 'Op het recept', el('span', { class: 'pk-visually-hidden' }, `: ${activity.titel}`)),
            ),
          ],
        });
      }),
    );
    const hiddenCount = this.ranked.length - visible.length;
    this.more.hidden = hiddenCount <= 0;
    this.more.textContent = `Toon alle ${this.ranked.length} activiteiten`;
  }

  private toggle(box: HTMLInputElement) {
    if (box.type !== 'checkbox') return;
    if (box.checked) {
      if (this.onRecept.length >= this.max) {
        box.checked = false;
        this.receptStatus.textContent = `U kunt niet meer dan ${this.max} activiteiten kiezen. Haal eerst een vinkje weg.`;
        return;
      }
      this.onRecept.push(box.value);
    } else {
      this.onRecept = this.onRecept.filter((id) => id !== box.value);
    }
    this.renderSheet();
  }

  private chosen(): RankedActivity[] {
    return this.onRecept.map((id) => this.ranked.find((item) => item.activity.id === id)!).filter(Boolean);
  }

  private renderSheet() {
    const chosen = this.chosen();
    this.receptStatus.setAttribute('role', 'status');
    this.receptStatus.textContent =
      chosen.length === 0
        ? 'U heeft nog niets gekozen.'
        : `U heeft ${plural(chosen.length, 'activiteit', 'activiteiten')} gekozen voor het recept.`;
    this.sheet.hidden = chosen.length === 0;
    this.toggleAttribute('data-recept-klaar', chosen.length > 0);
    const gebied = this.shownGebied;
    if (chosen.length === 0 || !gebied) {
      this.sheet.replaceChildren();
      return;
    }
    const name = this.nameInput.value.trim();
    const coach = gebied.coach;
    const items = chosen.map(({ activity }) => {
      const qr = el('div', { class: 'pk-recept__qr' });
      qr.innerHTML = qrSvg(activity.publicUrl, `QR-code naar de pagina van ${activity.titel}`);
      qr.append(el('p', {}, 'Scan deze code met uw telefoon. Dan ziet u meer.'));
      const facts = el('dl', { class: 'pk-dl' });
      const add = (term: string, ...lines: string[]) => {
        if (lines.length === 0) return;
        facts.append(el('dt', {}, term), el('dd', {}, ...lines.flatMap((line, index) => (index === 0 ? [line] : [el('br'), line]))));
      };
      add('Wanneer', ...activity.wanneer);
      // Never a time before the recept's own date; when all have passed, say to ask.
      const times = receptDates(activity, todayInNetherlands({}, new Date()));
      add('De volgende keren', ...(times.length > 0 ? times : [ASK_WHEN_NEXT]));
      add('Waar', ...activity.waar);
      add('Kosten', activity.kosten);
      add('Meedoen', ...activity.meedoen);
      if (activity.contact) add('Vragen', activity.contact);
      return el(
        'section',
        { class: 'pk-recept__item', 'data-recept-activiteit': activity.id },
        el('div', {}, el('h4', {}, activity.titel), el('p', {}, activity.samenvatting), facts),
        qr,
      );
    });
    const parts: (HTMLElement | undefined)[] = [
      el('p', { class: 'pk-recept__brand' }, 'Preventiekaart · Welzijn op Recept'),
      el('p', { class: 'pk-recept__title' }, 'Welzijnsrecept'),
      name ? el('p', { class: 'pk-recept__for' }, el('strong', {}, 'Voor: '), name) : undefined,
      el('p', {}, `Datum: ${todayText()}`),
      el(
        'p',
        { class: 'pk-recept__advice' },
        chosen.length === 1
          ? 'Uw huisarts raadt u aan om mee te doen met deze activiteit.'
          : 'Uw huisarts raadt u aan om mee te doen met een van deze activiteiten.',
      ),
      ...items,
      el(
        'section',
        { class: 'pk-recept__coach' },
        el('h4', {}, 'Vragen? Bel de welzijnscoach'),
        el('p', {}, 'De welzijnscoach helpt u graag op weg. Een gesprek is gratis.'),
        el(
          'p',
          {},
          el('strong', {}, `${coach.naam}, ${coach.organisatie}`),
          el('br'),
          `Telefoon: ${coach.telefoon}`,
          el('br'),
          `E-mail: ${coach.email}`,
          el('br'),
          `Spreekuur: ${coach.spreekuur}`,
        ),
      ),
      gebied.registratiecode ? el('p', { class: 'pk-recept__code' }, `Code voor Welzijn op Recept: ${gebied.registratiecode}`) : undefined,
      el('p', { class: 'pk-recept__reference' }, `Code van deze verwijzing: ${this.reference}`),
      this.slipElement(
        gebied.naam,
        chosen.map(({ activity }) => activity.titel),
      ),
    ];
    this.sheet.replaceChildren(...parts.filter((part): part is HTMLElement => part !== undefined));
  }

  /** The return slip for the welzijnscoach, under a cut line: code, date, activities and tick boxes, no name. */
  private slipElement(gebiedNaam: string, titles: string[]): HTMLElement {
    const klachten = [...this.form.querySelectorAll<HTMLInputElement>('input[name="klacht"]:checked')].map(
      (box) => box.value as ComplaintId,
    );
    const leeftijd = ageGroups.find((group) => group.id === (this.form.elements.namedItem('leeftijd') as HTMLSelectElement).value)?.label;
    const slip = returnSlip({
      code: this.reference,
      datum: todayText(),
      gebiedNaam,
      ...(leeftijd ? { leeftijd } : {}),
      klachten,
      activiteiten: titles,
    });
    const parts = el('dl', { class: 'pk-strook__parts' });
    for (const part of slip.delen)
      parts.append(
        el('dt', {}, part.titel),
        el('dd', {}, ...part.regels.flatMap((line, index) => (index === 0 ? [line] : [el('br'), line]))),
      );
    const boxes = el(
      'ul',
      { class: 'pk-strook__boxes' },
      ...slip.vakjes.map((vakje) =>
        el(
          'li',
          {},
          el('span', { class: 'pk-strook__box', 'aria-hidden': 'true' }),
          el('strong', {}, vakje.label),
          ` ${vakje.invullen}: `,
          el('span', { class: 'pk-strook__line', 'aria-hidden': 'true' }),
        ),
      ),
    );
    return el(
      'section',
      { class: 'pk-strook', 'aria-label': 'Terugkoppelstrook voor de welzijnscoach', 'data-strook': '' },
      el('p', { class: 'pk-strook__cut' }, 'Deze strook is voor de welzijnscoach. De patiënt neemt hem mee, of de praktijk stuurt hem op.'),
      el('h4', {}, 'Terugkoppeling aan de huisarts'),
      el('p', {}, el('strong', {}, `Code: ${slip.code}`), ` · Verwezen op ${slip.datum} · ICPC ${ICPC_REFERRAL_CODE}`),
      parts,
      boxes,
      el(
        'p',
        { class: 'pk-strook__note' },
        'Welzijnscoach: vul de strook in en stuur hem terug naar de huisarts. Gebruik het beveiligde kanaal van de praktijk. Niet gewone e-mail of WhatsApp. Noem geen naam: de code is genoeg.',
      ),
    );
  }

  private print() {
    if (this.chosen().length === 0) {
      this.receptStatus.textContent = 'Kies eerst een activiteit met "Op het recept".';
      return;
    }
    window.print();
  }
}

customElements.define('pk-referral', Referral);
