/**
 * The national map (/kaart/), for <pk-map data-overview>: the overview with one marker per gemeente, the
 * points of each gemeente as they are asked for (see src/lib/map/overview.ts), and the list of gemeenten
 * beside it. Its own chunk, loaded only by the national map, so the maps of other pages stay as light as
 * they were; it drives the element (activity-map.ts) through its data, list and engine.
 */
import { activitiesOnMap, type MapData } from '../lib/map/data';
import { MAP_TEXT } from '../lib/map/labels';
import { areaFailedNote, gemeenteCountText } from '../lib/map/overview-labels';
import type { ActivityMapElement } from './activity-map';
import { checkMapData } from '../lib/map/data-guard';
import { checkMapOverview } from '../lib/map/overview-guard';
import {
  areasInView,
  areasToDraw,
  boundsOfEntry,
  countPerGemeente,
  gemeenteMapDataUrl,
  mergeMapData,
  type MapArea,
  type MapOverview,
} from '../lib/map/overview';
import type { Bounds } from '../lib/map/bounds';

/** A search that found activities in at most this many gemeenten loads their points; more stay one marker per gemeente. */
const LOAD_FOR_SEARCH_UP_TO = 8;
/** Zoomed in this far (about 30 km across), the map loads the gemeenten in view, a few at a time. */
const LOAD_FROM_ZOOM = 11;
const LOAD_IN_VIEW_UP_TO = 3;

async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export class NationalMap {
  overview?: MapOverview;
  /** The loaded gemeenten, in the order they came: merged in that order, earlier points keep their index. */
  readonly parts = new Map<string, MapData>();
  /** The points of every loaded gemeente as one. */
  data: MapData = { a: [], p: [], r: 0 };
  /** What a search found per gemeente, when it said where. */
  found: Map<string, number> | null = null;
  /** Gemeenten that failed to load: zooming does not ask again, choosing them does. */
  readonly failed = new Set<string>();
  private loads = new Map<string, Promise<boolean>>();
  private choice = 0;

  constructor(private readonly map: ActivityMapElement) {
    this.addButtons();
  }

  async loadOverview(url: string) {
    const checked = checkMapOverview(await loadJson(url), url);
    if (!checked.ok) throw new Error(checked.problem);
    this.overview = checked.value;
  }

  /** The points of one gemeente, once; true when they are there. */
  async loadGemeente(id: string): Promise<boolean> {
    const loaded = await this.fetchGemeente(id);
    this.map.note('points', this.failed.size === 0 ? '' : areaFailedNote(this.name([...this.failed].at(-1)!)));
    return loaded;
  }

  private fetchGemeente(id: string): Promise<boolean> {
    let pending = this.loads.get(id);
    if (!pending) {
      const url = gemeenteMapDataUrl(id);
      pending = loadJson(url)
        .then((value) => {
          const checked = checkMapData(value, url);
          if (!checked.ok) throw new Error(checked.problem);
          this.parts.set(id, checked.value);
          this.failed.delete(id);
          this.data = mergeMapData([...this.parts.values()]);
          this.map.data = this.data;
          this.map.onMap = activitiesOnMap(this.data);
          this.addToList(id, checked.value);
          return true;
        })
        .catch((error: unknown) => {
          console.warn('map: gemeente refused', error);
          this.loads.delete(id);
          this.failed.add(id);
          return false;
        });
      this.loads.set(id, pending);
    }
    return pending;
  }

  /**
   * The search chose activities (the element's `chosen`): load the gemeenten where it found them when
   * they are few, else one marker per gemeente with the number found there. Without `gemeenten` only
   * loaded points can be chosen.
   */
  async choose(ids: readonly string[] | null, gemeenten?: readonly string[]) {
    const run = ++this.choice;
    this.found = ids && gemeenten ? countPerGemeente(ids, gemeenten) : null;
    const wanted = this.found && this.found.size <= LOAD_FOR_SEARCH_UP_TO ? [...this.found.keys()] : [];
    await Promise.all(wanted.map((id) => this.loadGemeente(id)));
    if (run === this.choice) this.refresh(true);
  }

  /** List, counts and map after a gemeente loaded or the search changed; `fit` moves the map around what it shows. */
  refresh(fit: boolean) {
    const { map } = this;
    map.addShowOnMapButtons();
    map.applyList();
    const remote = map.chosen
      ? map.data.a.filter((activity) => !map.onMap.has(activity.id) && map.chosen!.has(activity.id)).length
      : this.overview?.r;
    if (remote !== undefined) map.showRemote(remote);
    map.engine?.setOverview(map.data, this.areas(!!map.chosen), map.chosen, fit);
  }

  /** A gemeente chosen on the map: load its points (the map zooms to it after). */
  async show(id: string) {
    if (await this.loadGemeente(id)) this.refresh(false);
  }

  /** Zoomed in far enough: load the gemeenten in view (not those that failed; choosing one tries again). */
  loadInView(view: Bounds, zoom: number) {
    const wanted = this.toLoadInView(!!this.map.chosen, view, zoom);
    if (wanted.length === 0) return;
    void Promise.all(wanted.map((id) => this.loadGemeente(id))).then((loaded) => {
      if (loaded.some(Boolean)) this.refresh(false);
    });
  }

  /** "Toon op de kaart" on a gemeente's line: load its points and zoom to it. */
  private async showGemeente(id: string) {
    this.map.box.scrollIntoView({ block: 'center', behavior: 'auto' });
    const engine = await this.map.load();
    const where = this.place(id);
    if (!engine || !where) return;
    await this.show(id);
    engine.zoomTo(where.bounds, where);
  }

  /** The markers of gemeenten not loaded; none when a search chose activities without saying where. */
  areas(chosen: boolean): MapArea[] {
    if (!this.overview || (chosen && !this.found)) return [];
    return areasToDraw(this.overview, new Set(this.parts.keys()), this.found ?? undefined);
  }

  /** Zoomed in far enough: the gemeenten in view to load (not those that failed). */
  toLoadInView(chosen: boolean, view: Bounds, zoom: number): string[] {
    if (zoom < LOAD_FROM_ZOOM) return [];
    return areasInView(
      this.areas(chosen).filter((area) => !this.failed.has(area.id)),
      view,
      LOAD_IN_VIEW_UP_TO,
    ).map((area) => area.id);
  }

  /** Where a gemeente is on the map: its box and its marker. */
  place(id: string): { bounds: Bounds; lat: number; lon: number } | undefined {
    const entry = this.overview?.g.find((candidate) => candidate.id === id);
    return entry && { bounds: boundsOfEntry(entry), lat: entry.lat, lon: entry.lon };
  }

  name(id: string): string {
    return this.overview?.g.find((entry) => entry.id === id)?.n ?? id;
  }

  private get lines() {
    return this.map.list?.querySelectorAll<HTMLElement>('[data-map-gemeente]') ?? [];
  }

  /** "Toon op de kaart" on each gemeente's line of the list: loads its points and zooms to it. */
  addButtons() {
    for (const line of this.lines) {
      if (line.querySelector(':scope > .pk-map-show')) continue;
      const name = line.querySelector('a')?.textContent ?? '';
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'pk-button pk-button--secondary pk-map-show pk-no-print',
        textContent: MAP_TEXT.showOnMap,
      });
      button.setAttribute('aria-label', `${MAP_TEXT.showOnMap}: gemeente ${name}`);
      button.addEventListener('click', () => void this.showGemeente(line.dataset.mapGemeente!));
      line.querySelector('[data-map-gemeente-count]')?.after(button);
    }
  }

  /** The activities of a loaded gemeente under its line: a link to each, so the list shows what the map shows. */
  private addToList(id: string, part: MapData) {
    const line = [...this.lines].find((candidate) => candidate.dataset.mapGemeente === id);
    if (!line || line.querySelector('[data-activity-id]')) return;
    const items = Object.assign(document.createElement('ul'), { className: 'pk-map-gemeente__activities' });
    for (const activity of part.a) {
      const item = document.createElement('li');
      item.dataset.activityId = activity.id;
      item.append(Object.assign(document.createElement('a'), { href: activity.u, textContent: activity.t }));
      items.append(item);
    }
    line.append(items);
  }

  /** With a search, each line says what was found there and a line without results hides; without, all return. */
  showLines() {
    const chosen = !!this.map.chosen;
    for (const line of this.lines) {
      const id = line.dataset.mapGemeente!;
      const count = line.querySelector<HTMLElement>('[data-map-gemeente-count]');
      // Loaded: the activities shown under it; not loaded: what the search found there.
      const shown = this.parts.has(id) ? line.querySelectorAll('[data-activity-id]:not([hidden])').length : (this.found?.get(id) ?? 0);
      line.hidden = chosen && shown === 0;
      if (count) {
        count.dataset.all ??= count.textContent ?? '';
        count.textContent = chosen ? gemeenteCountText(shown, true) : count.dataset.all;
      }
    }
  }
}
