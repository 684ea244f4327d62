/**
 * <pk-map>: the light half of the map, on every page that has one. It wires the list, and loads
 * Leaflet (activity-map-leaflet.ts) only when the map box comes into view or someone asks for it.
 *
 * Other scripts choose which activities are shown, on the list and on the map alike:
 *   element.setVisible(['koffie-inloop-ens', …])   or   setVisible(null) for all
 *   element.dispatchEvent(new CustomEvent('pk-map:items', { detail: { ids: [...] | null } }))
 * or other activities altogether, such as search results: element.setData(data).
 * The element fires 'pk-map:ready' when the map is drawn.
 *
 * With data-overview (the national map on /kaart/) the page carries no map data: the map starts with one
 * marker per gemeente from that small file and loads a gemeente's points when the visitor chooses its
 * marker or its line in the list, zooms in on it, or a search found activities there (see
 * src/lib/map/overview.ts). The list beside it is one line per gemeente; the loaded activities are added
 * under their gemeente, so the list shows what the map shows.
 */
import { inViewNote, MAP_TEXT, remoteNote } from '../lib/map/labels';
import { activitiesOnMap, centreLegend, type MapActivity, type MapData } from '../lib/map/data';
import { checkMapData } from '../lib/map/data-guard';
import type { NationalMap } from './activity-map-national';
import type { MapEngine, TileConfig } from './activity-map-leaflet';
// As a URL, not an import: a CSS import would make Astro link it on every page with a map, in view or not.
import leafletCss from 'leaflet/dist/leaflet.css?url';

function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

export interface MapItemsDetail {
  ids: readonly string[] | null;
  /** The gemeente of each of `ids`, in the same order: on /kaart/ the map loads their points. */
  gemeenten?: readonly string[];
}

export class ActivityMapElement extends HTMLElement {
  // Not private: the national map (activity-map-national.ts) drives these too.
  data: MapData = { a: [], p: [], r: 0 };
  onMap = new Set<string>();
  /** Chosen by another script (a filter); null means all. */
  chosen: Set<string> | null = null;
  /** Activities with a marker in the current view. */
  private inView: Set<string> | null = null;
  engine?: MapEngine;
  private loading?: Promise<MapEngine | undefined>;
  private observer?: IntersectionObserver;
  /** /kaart/: the overview and the gemeenten loaded, from a chunk of its own (activity-map-national.ts). */
  private nationalMap?: Promise<NationalMap>;
  private national?: NationalMap;
  /** The notice over the map says both when tiles fail and when a gemeente's points do not load. */
  private notes = { tiles: '', points: '' };

  get box() {
    return this.querySelector<HTMLElement>('[data-map-box]')!;
  }
  private get notice() {
    return this.querySelector<HTMLElement>('[data-map-notice]')!;
  }
  private get onlyBox() {
    return this.querySelector<HTMLInputElement>('[data-map-only]')!;
  }
  private get listStatus() {
    return this.querySelector<HTMLElement>('[data-map-list-status]')!;
  }
  get list() {
    return document.getElementById(this.dataset.list ?? '') ?? undefined;
  }
  private items() {
    return [...(this.list?.querySelectorAll<HTMLElement>('[data-activity-id]') ?? [])];
  }

  connectedCallback() {
    if (this.dataset.overview !== undefined) {
      this.nationalMap = import('./activity-map-national').then(({ NationalMap }) => (this.national = new NationalMap(this)));
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(this.querySelector('[data-map-data]')?.textContent ?? '');
      } catch {
        parsed = undefined;
      }
      const checked = checkMapData(parsed);
      if (!checked.ok) {
        // The list on the page still works; only the map is left out.
        console.warn('map: data refused', checked.problem);
        this.querySelector<HTMLElement>('[data-map-fallback]')!.textContent = MAP_TEXT.failed;
        return;
      }
      this.data = checked.value;
      this.onMap = activitiesOnMap(this.data);
    }
    this.classList.add('pk-map--enhanced');
    this.querySelector<HTMLElement>('[data-map-fallback]')!.textContent = MAP_TEXT.loading;
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-map-with-js]')) hidden.hidden = false;

    this.addShowOnMapButtons();
    this.showLegend();
    this.onlyBox.addEventListener('change', () => {
      this.applyList();
      this.listStatus.textContent = this.onlyBox.checked ? this.countNote() : '';
    });
    this.addEventListener('pk-map:items', (event) => {
      const detail = (event as CustomEvent<MapItemsDetail>).detail;
      this.setVisible(detail?.ids ?? null, detail?.gemeenten);
    });

    // Load when the box is about to scroll into view, not before: most visitors never reach it.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.load();
      },
      { rootMargin: '100px 0px' },
    );
    this.observer.observe(this.box);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }

  /** Every activity this map knows, with its gemeente and gebieden, for filters. */
  get activities(): readonly MapActivity[] {
    return this.data.a;
  }

  /**
   * Other activities altogether, with a list that has changed too (the search results):
   * the markers follow, and the new list items get their "Toon op de kaart" button.
   */
  setData(data: MapData) {
    this.data = data;
    this.onMap = activitiesOnMap(data);
    this.chosen = null;
    this.highlight([]);
    this.addShowOnMapButtons();
    this.applyList();
    this.showLegend();
    this.showRemote(data.r);
    this.engine?.setData(data);
  }

  /** "3 activiteiten zijn online of bij u thuis": a line only when there are any. */
  showRemote(count: number) {
    const line = this.querySelector<HTMLElement>('[data-map-remote]')!;
    line.textContent = remoteNote(count);
    line.hidden = count === 0;
  }

  private showLegend() {
    const legend = this.querySelector<HTMLElement>('[data-map-legend]')!;
    legend.hidden = !this.data.c;
    legend.querySelector('[data-map-legend-text]')!.textContent = this.data.c ? centreLegend(this.data.c) : '';
  }

  /** Show only these activities on the list and the map; null shows all. On /kaart/ `gemeenten` says where they are (MapItemsDetail). */
  setVisible(ids: Iterable<string> | null, gemeenten?: readonly string[]) {
    this.chosen = ids ? new Set(ids) : null;
    if (this.nationalMap) {
      void this.nationalMap.then((national) => national.choose(ids ? [...ids] : null, gemeenten));
      return;
    }
    this.applyList();
    const remote = this.data.a.filter((activity) => !this.onMap.has(activity.id) && (!this.chosen || this.chosen.has(activity.id))).length;
    this.showRemote(remote);
    this.engine?.setVisible(this.chosen);
  }

  private isShown(id: string) {
    if (this.chosen && !this.chosen.has(id)) return false;
    if (this.onlyBox.checked && this.inView && !this.inView.has(id)) return false;
    return true;
  }

  note(kind: 'tiles' | 'points', text: string) {
    this.notes[kind] = text;
    this.notice.textContent = [this.notes.tiles, this.notes.points].filter(Boolean).join(' ');
  }

  applyList() {
    for (const item of this.items()) item.hidden = !this.isShown(item.dataset.activityId!);
    this.national?.showLines();
    // Headings of groups (a theme, a gemeente) without any visible card would be empty.
    for (const group of this.list?.querySelectorAll<HTMLElement>('[data-map-group]') ?? []) {
      group.hidden = !group.querySelector('[data-activity-id]:not([hidden])');
    }
  }

  private countNote() {
    const total = this.data.a.filter((activity) => !this.chosen || this.chosen.has(activity.id)).length;
    const shown = this.data.a.filter((activity) => this.isShown(activity.id)).length;
    return inViewNote(shown, total);
  }

  addShowOnMapButtons() {
    this.national?.addButtons();
    for (const item of this.items()) {
      const id = item.dataset.activityId!;
      if (!this.onMap.has(id) || item.querySelector('.pk-map-show')) continue;
      const title = item.querySelector('a')?.textContent ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pk-button pk-button--secondary pk-map-show pk-no-print';
      button.textContent = MAP_TEXT.showOnMap;
      // The visible text starts the name (WCAG 2.5.3); the title tells the buttons apart.
      button.setAttribute('aria-label', `${MAP_TEXT.showOnMap}: ${title}`);
      button.addEventListener('click', () => void this.showOnMap(id));
      (item.querySelector('.pk-card') ?? item).append(button);
    }
  }

  private async showOnMap(id: string) {
    this.box.scrollIntoView({ block: 'center', behavior: 'auto' });
    const engine = await this.load();
    if (!engine) return;
    this.highlight([id]);
    await engine.reveal(id);
  }

  private highlight(ids: readonly string[]) {
    const wanted = new Set(ids);
    for (const item of this.items()) item.toggleAttribute('data-map-selected', wanted.has(item.dataset.activityId!));
  }

  private showInList(ids: readonly string[]) {
    this.highlight(ids);
    const first = this.items().find((item) => !item.hidden && ids.includes(item.dataset.activityId!));
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }

  load(): Promise<MapEngine | undefined> {
    this.observer?.disconnect();
    this.loading ??= (async () => {
      try {
        const [{ createLeafletMap }] = await Promise.all([
          import('./activity-map-leaflet'),
          loadStylesheet(leafletCss),
          this.nationalMap?.then((national) => national.loadOverview(this.dataset.overview!)),
        ]);
        const tiles = JSON.parse(this.dataset.tiles ?? 'null') as TileConfig | null;
        this.querySelector('[data-map-fallback]')?.remove();
        const drawn = this.data;
        this.engine = await createLeafletMap(this.box, drawn, tiles, {
          onSelect: (ids) => this.highlight(ids),
          onShowInList: (ids) => this.showInList(ids),
          onView: (ids) => {
            this.inView = ids;
            if (this.onlyBox.checked) {
              this.applyList();
              this.listStatus.textContent = this.countNote();
            }
          },
          onTiles: (failed) => {
            this.note('tiles', failed ? MAP_TEXT.tilesFailed : '');
          },
          onArea: (id) => this.national!.show(id),
          onMove: (view, zoom) => this.national?.loadInView(view, zoom),
        });
        if (this.national) this.national.refresh(true);
        else {
          // The search may have sent new results while Leaflet loaded.
          if (this.data !== drawn) this.engine.setData(this.data);
          if (this.chosen) this.engine.setVisible(this.chosen);
        }
        this.querySelector<HTMLElement>('[data-map-only-field]')!.hidden = false;
        this.dataset.state = 'ready';
        this.dispatchEvent(new CustomEvent('pk-map:ready', { bubbles: true }));
        return this.engine;
      } catch (error) {
        console.error(error);
        this.dataset.state = 'failed';
        this.classList.remove('pk-map--enhanced');
        const fallback = this.querySelector('[data-map-fallback]') ?? this.box.appendChild(document.createElement('p'));
        fallback.textContent = MAP_TEXT.failed;
        return undefined;
      }
    })();
    return this.loading;
  }
}

customElements.define('pk-map', ActivityMapElement);
