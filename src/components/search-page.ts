/**
 * Enhances the search form on /zoeken/ and /kaart/: results as you type, the state in the URL fragment
 * (back, forward and a copied link work; the fragment never reaches the server), shards loaded only for the gemeenten a query needs, and "near me" computed on this device.
 * Everything the visitor types stays in the browser: the only requests are for the site's own JSON files.
 */
import type { ActivityMapElement } from './activity-map';
import { badgeList, cardElement, paragraph, whenLine } from './card-element';
import { saveButtonElement } from './save-button';
import { todayInNetherlands } from '../lib/dates';
import { haversineMetres } from '../lib/geo';
import { resolveScope, SearchIndex, type Hit, type Origin, type Scope, type SearchOutcome } from '../lib/search/engine';
import { activeFilters, parseSearchParams, SEARCH_STATE_NAMES, toSearchParams, type KnownPlaces, type SearchState } from '../lib/search/filters';
import { buildPlaceIndex, type PlaceIndex } from '../lib/search/places';
import { countSentence, filterLabel, resultView, topicElsewhereSentence, topicText } from '../lib/search/present';
import { gebiedenForPostcode } from '../lib/postcode';
import { tokens } from '../lib/search/normalise';
import { resultsMapData } from '../lib/search/map';
import { parseQuery, type ParsedQuery } from '../lib/search/query';
import type { Manifest, ManifestGebied, Shard } from '../lib/search/shard';
import { manifestPlaces } from '../lib/search/shard';
import { checkManifest, checkShard } from '../lib/search/shard-guard';
import { joinDutch } from '../lib/text';
import { moveOldLinkState, readUrlState, urlWithState } from '../lib/url-state';

const PAGE_SIZE = 20;
/** Below this many activities in all, a search without a place looks everywhere; above it, the visitor picks a gemeente. */
const SEARCH_ALL_UP_TO = 1500;
/** Screen readers hear the count once typing pauses, not on every key. */
const ANNOUNCE_AFTER_MS = 600;
/** When a dorp has little, the nearest other dorpen and wijken within this distance are searched too. */
const NEARBY_METRES = 15_000;
const NEARBY_GEBIEDEN = 4;
const NEARBY_SHOWN = 5;
/** With the device's position the map shows all results, not the nearest page (see showMap); up to this many. */
const MAP_ALL_RESULTS_UP_TO = 1000;

type HistoryMode = 'push' | 'replace' | 'none';

function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The page's own content for visitors without JavaScript (browse by gebied and theme). */
class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private query!: HTMLInputElement;
  private notes!: HTMLElement;
  private results!: HTMLElement;
  private list!: HTMLOListElement;
  private status!: HTMLElement;
  private more!: HTMLButtonElement;
  private widen!: HTMLElement;
  private nearby!: HTMLElement;

  private manifest!: Manifest;
  private places!: PlaceIndex;
  private gebieden = new Map<string, ManifestGebied>();
  private gemeenteOfGebied = new Map<string, string>();
  private shards = new Map<string, Promise<Shard | undefined>>();
  private failed = new Set<string>();
  private indexes = new Map<string, SearchIndex>();
  private known!: KnownPlaces;
  private totalActivities = 0;

  private ignoredNote = '';
  private device: Origin | undefined;
  /** The centre of the gebied of a typed postcode: kept on this device, never in the URL. */
  private postcode: Origin | undefined;
  private everywhere = false;
  private shown = PAGE_SIZE;
  private run = 0;
  private announceTimer: number | undefined;
  private started = 0;
  /** The URL this page last read or wrote, so popstate and hashchange for the same step act once. */
  private urlShown = '';

  async connectedCallback() {
    moveOldLinkState(SEARCH_STATE_NAMES);
    this.form = element(this, '[data-search-form]');
    this.query = element(this.form, 'input[name="q"]');
    this.notes = element(this, '[data-search-notes]');
    this.results = element(this, '[data-search-results]');
    this.list = element(this, '[data-search-list]');
    this.status = element(this, '[data-search-status]');
    this.more = element(this, '[data-search-more]');
    this.widen = element(this, '[data-search-widen]');
    this.nearby = element(this, '[data-search-nearby]');

    this.form.addEventListener('input', (event) => {
      this.started = performance.now();
      this.update(event.target === this.query ? 'replace' : 'push');
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.started = performance.now();
      void this.update('push').then(() => element<HTMLElement>(this, '[data-search-heading]').focus());
    });
    this.more.addEventListener('click', () => {
      const first = this.shown;
      this.shown += PAGE_SIZE;
      void this.search('none').then(() => this.list.children[first]?.querySelector('a')?.focus());
    });
    // Back and forward fire popstate; a fragment typed or pasted into the address bar fires hashchange too.
    const followUrl = () => {
      if (!this.manifest || location.href === this.urlShown) return;
      if (this.readUrl()) void this.search('none');
    };
    window.addEventListener('popstate', followUrl);
    window.addEventListener('hashchange', followUrl);
    this.setUpDevicePosition();
    this.setUpPostcode();

    try {
      const response = await fetch(this.dataset.manifest!);
      if (!response.ok) throw new Error(`${this.dataset.manifest}: HTTP ${response.status}`);
      // A file of another shape or a newer format version is refused here, not halfway through a search.
      const checked = checkManifest(await response.json());
      if (!checked.ok) throw new Error(checked.problem);
      this.manifest = checked.value;
    } catch (error) {
      console.warn('search: no index', error);
      this.form.hidden = true;
      const stillWorks = this.dataset.mode === 'kaart' ? 'De kaart en de lijst hieronder werken wel.' : 'Kies hieronder een dorp of een thema. Dat werkt wel.';
      this.showNotes([`Zoeken werkt nu even niet. ${stillWorks} Of probeer het later nog een keer.`], 'warning');
      this.showBrowsing(true);
      return;
    }
    this.places = buildPlaceIndex(manifestPlaces(this.manifest));
    for (const gebied of this.manifest.gebieden) {
      this.gebieden.set(gebied.id, gebied);
      this.gemeenteOfGebied.set(gebied.id, gebied.gemeente);
    }
    this.known = { gemeenten: new Set(this.manifest.gemeenten.map((gemeente) => gemeente.id)), gebieden: this.gemeenteOfGebied };
    this.totalActivities = this.manifest.gemeenten.reduce((sum, gemeente) => sum + gemeente.aantal, 0);
    this.readUrl();
    await this.search('none');
  }

  /**
   * URL → form. Unknown values are dropped from the form and named in a note. An old link with the state
   * in the query is moved into the fragment at once. Returns false for an in-page anchor such as a skip
   * link's "#na-de-kaart": that is no search, so the page stays as it is.
   */
  private readUrl(): boolean {
    const url = readUrlState(location, SEARCH_STATE_NAMES);
    this.urlShown = location.href;
    if (url.kind === 'anchor') return false;
    if (url.replaceWith) {
      history.replaceState(history.state, '', url.replaceWith);
      this.urlShown = location.href;
    }
    const { state, ignored } = parseSearchParams(url.params, this.known);
    this.ignoredNote = ignored.length
      ? `Een keuze uit de link kennen we niet: ${joinDutch(ignored.map((item) => `${item.name} "${item.value}"`))}. We zoeken zonder die keuze.`
      : '';
    this.writeForm(state);
    return true;
  }

  private writeForm(state: SearchState) {
    // Rewriting an unchanged value could move the caret while the visitor types.
    if (this.query.value !== state.q) this.query.value = state.q;
    for (const control of this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input[type="checkbox"]')) {
      const value = state[control.name as keyof SearchState];
      if (control instanceof HTMLInputElement) control.checked = value === true;
      else {
        const wanted = typeof value === 'string' ? value : '';
        control.value = wanted;
        if (control.value !== wanted) {
          // The manifest knows a place this page was not built with (a newer shard): offer it rather than drop it.
          control.add(new Option(control.name === 'gemeente' ? this.gemeenteNaam(wanted) : this.naam(wanted), wanted));
          control.value = wanted;
        }
      }
    }
    const filters = element<HTMLDetailsElement>(this, '[data-search-filters]');
    const count = activeFilters(state).length;
    element<HTMLElement>(filters, '[data-search-filter-count]').textContent = count ? `(${count} gekozen)` : '';
    if (count > 0) filters.open = true;
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return parseSearchParams(params, this.known).state;
  }

  private async update(mode: HistoryMode) {
    if (!this.manifest) return;
    this.shown = PAGE_SIZE;
    this.ignoredNote = '';
    await this.search(mode);
  }

  private async search(mode: HistoryMode) {
    const run = ++this.run;
    // Failures are those of this search; the nearby search below loads shards too and must not hide them.
    this.failed.clear();
    const state = this.readForm();
    if (mode !== 'none') {
      const url = urlWithState(location, toSearchParams(state));
      if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      this.urlShown = location.href;
    }
    this.writeForm(state);
    const parsed = parseQuery(state.q, this.places);
    const scope = resolveScope(parsed, state, this.gemeenteOfGebied);
    const gemeenten = this.gemeentenFor(scope);
    if (gemeenten === undefined) {
      this.renderChooseFirst();
      return;
    }
    const index = await this.indexFor(gemeenten, scope.gebieden);
    if (run !== this.run) return;
    const origin = this.postcode ?? (state.bij ? this.centre(state.bij) : this.device);
    const [first] = scope.gebieden ?? [];
    const placeCentre = first ? this.centre(first) : undefined;
    const today = todayInNetherlands({}, new Date());
    const limit = this.dataset.mode === 'kaart' ? undefined : this.device && !state.bij ? MAP_ALL_RESULTS_UP_TO : this.shown;
    const outcome: SearchOutcome = index
      ? index.search(parsed, state, scope, { today, ...(origin ? { origin } : {}), ...(placeCentre ? { placeCentre } : {}), ...(limit ? { limit } : {}) })
      : { hits: [], total: 0, unknownWords: [], suggestions: [] };
    const nearby = outcome.total < 3 && !outcome.elsewhere && this.dataset.mode !== 'kaart' ? await this.searchNearby(parsed, state, scope, today) : undefined;
    if (run !== this.run) return;
    this.render(state, scope, outcome, gemeenten, nearby);
    this.dispatchEvent(
      new CustomEvent('pk-search:rendered', {
        bubbles: true,
        detail: { ms: this.started ? performance.now() - this.started : undefined, ids: outcome.hits.map((hit) => hit.record.id) },
      }),
    );
    this.started = 0;
  }

  private gemeentenFor(scope: Scope): string[] | undefined {
    if (scope.gemeenten) return [...scope.gemeenten];
    if (this.everywhere || this.totalActivities <= SEARCH_ALL_UP_TO) return this.manifest.gemeenten.map((gemeente) => gemeente.id);
    return undefined;
  }

  private loadShard(path: string, gemeente: string): Promise<Shard | undefined> {
    let pending = this.shards.get(path);
    if (!pending) {
      pending = fetch(path)
        .then(async (response) => {
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          const checked = checkShard(await response.json(), path);
          if (!checked.ok) throw new Error(checked.problem);
          return checked.value;
        })
        .catch((error: unknown) => {
          console.warn('search: shard refused', error);
          this.failed.add(gemeente);
          // Forget the failure so a later search tries again.
          this.shards.delete(path);
          return undefined;
        });
      this.shards.set(path, pending);
    }
    return pending;
  }

  /** The shards of these gemeenten; of a gemeente in parts, only the parts for `gebieden` when given. */
  private async indexFor(gemeenten: string[], gebieden?: ReadonlySet<string>): Promise<SearchIndex | undefined> {
    const wanted = gemeenten.flatMap((id) => {
      const parts = this.manifest.gemeenten.find((gemeente) => gemeente.id === id)?.shards ?? [];
      const chosen = gebieden ? parts.filter((part) => part.gebieden.some((gebied) => gebieden.has(gebied))) : [];
      return (chosen.length > 0 ? chosen : parts).map((part) => ({ path: part.pad, gemeente: id }));
    });
    const key = wanted.map((part) => part.path).sort().join(' ');
    const cached = this.indexes.get(key);
    if (cached) return cached;
    const shards = (await Promise.all(wanted.map((part) => this.loadShard(part.path, part.gemeente)))).filter((shard): shard is Shard => !!shard);
    if (shards.length === 0) return undefined;
    const index = SearchIndex.fromShards(shards);
    // The typo index and sort keys are built once the browser has nothing else to do, not on a keystroke.
    const warm = () => index.warm(todayInNetherlands({}, new Date()));
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
    // A partial index is not kept: the missing shard is tried again on the next search.
    if (shards.length === wanted.length) this.indexes.set(key, index);
    return index;
  }

  /** The same search in the nearest other gebieden, nearest first: "dit is er ook in de buurt". */
  private async searchNearby(parsed: ParsedQuery, state: SearchState, scope: Scope, today: string): Promise<Hit[] | undefined> {
    if (!scope.gebieden) return undefined;
    const [first] = scope.gebieden;
    const origin = this.centre(first!);
    if (!origin) return undefined;
    const neighbours = this.manifest.gebieden
      .filter((gebied) => !scope.gebieden!.has(gebied.id))
      .map((gebied) => ({ gebied, metres: haversineMetres(origin, { lat: gebied.centrum[0], lon: gebied.centrum[1] }) }))
      .filter((item) => item.metres <= NEARBY_METRES)
      .sort((a, b) => a.metres - b.metres)
      .slice(0, NEARBY_GEBIEDEN);
    if (neighbours.length === 0) return undefined;
    const around = new Set(neighbours.map((item) => item.gebied.id));
    const index = await this.indexFor([...new Set(neighbours.map((item) => item.gebied.gemeente))], around);
    if (!index) return undefined;
    const { hits } = index.search(parsed, { ...state, gebied: undefined, gemeente: undefined }, { gebieden: around, fromQuery: false }, { today, origin, limit: NEARBY_SHOWN });
    return hits;
  }

  private centre(gebied: string): Origin | undefined {
    const found = this.gebieden.get(gebied);
    return found ? { lat: found.centrum[0], lon: found.centrum[1] } : undefined;
  }

  private naam = (gebied: string) => this.gebieden.get(gebied)?.naam ?? gebied;
  private gemeenteNaam = (gemeente: string) => this.manifest.gemeenten.find((item) => item.id === gemeente)?.naam ?? gemeente;

  private where(scope: Scope): string | undefined {
    if (scope.gebieden) return joinDutch([...scope.gebieden].map(this.naam));
    if (scope.gemeenten) return `gemeente ${joinDutch([...scope.gemeenten].map(this.gemeenteNaam))}`;
    return undefined;
  }

  /** The page's links to browse by dorp and theme (the content for visitors without JavaScript). */
  private showBrowsing(show: boolean) {
    document.querySelectorAll<HTMLElement>('[data-search-no-js]').forEach((node) => (node.hidden = !show));
  }

  private showNotes(lines: string[], kind: 'info' | 'warning' = 'info') {
    this.notes.replaceChildren(
      ...lines.map((line) => make('p', `pk-panel${kind === 'warning' ? ' pk-panel--warning' : ''} pk-search-page__note`, line)),
    );
  }

  private renderChooseFirst() {
    this.results.hidden = true;
    this.showNotes(['Kies eerst uw gemeente bij "Meer keuzes". Of typ de naam van uw dorp of wijk.']);
    const all = make('button', 'pk-button pk-button--secondary', 'Zoek in alle gemeenten');
    all.type = 'button';
    all.addEventListener('click', () => {
      this.everywhere = true;
      void this.search('none');
    });
    this.notes.append(all);
  }

  private render(state: SearchState, scope: Scope, outcome: SearchOutcome, gemeenten: string[], nearby: Hit[] | undefined) {
    const notes: string[] = [];
    if (this.ignoredNote) notes.push(this.ignoredNote);
    if (scope.fromQuery) notes.push(`U zoekt in ${this.where(scope)}, want die plaats staat in uw zoekwoorden.`);
    const failed = gemeenten.filter((gemeente) => this.failed.has(gemeente));
    if (failed.length) {
      notes.push(
        `De activiteiten van ${joinDutch(failed.map((id) => `gemeente ${this.gemeenteNaam(id)}`))} konden niet laden. Die ziet u nu niet. Probeer het later nog een keer.`,
      );
    }
    // When nothing could load, the links to browse by dorp and theme are the way on.
    const nothingLoaded = failed.length > 0 && failed.length === gemeenten.length;
    if (nothingLoaded && this.dataset.mode !== 'kaart') notes.push('Kies hieronder een dorp of een thema. Dat werkt wel.');
    this.showBrowsing(nothingLoaded);
    if (this.postcode) notes.push('Wat het dichtst bij uw postcode is, staat bovenaan. Uw postcode blijft op dit apparaat.');
    else if (this.device && !state.bij) notes.push('Het dichtstbij staat bovenaan. We gebruiken uw plek alleen op dit apparaat.');
    this.showNotes(notes, failed.length ? 'warning' : 'info');

    const { hits } = outcome;
    const where = this.where(scope);
    const sentence = outcome.elsewhere && where ? topicElsewhereSentence(where, topicText(state.q, parseQuery(state.q, this.places))) : countSentence(outcome.total, where);
    if (this.dataset.mode === 'kaart') {
      void this.showOnMap(state, outcome, sentence);
      return;
    }
    // The results take the place of the page's no-JS content in one step, so nothing jumps meanwhile.
    this.results.hidden = false;
    element<HTMLElement>(this, '[data-search-heading]').textContent = sentence;
    // On paper the form is gone, so the printout says what was searched for.
    const chosen = activeFilters(state).map(({ key }) => filterLabel(key, state, this.naam, this.gemeenteNaam));
    element<HTMLElement>(this, '[data-search-print]').textContent = [state.q.trim() && `Gezocht op: ${state.q.trim()}`, chosen.length ? `Keuzes: ${chosen.join(', ')}` : '']
      .filter(Boolean)
      .join('. ');
    this.announce(this.status, sentence);

    const shown = hits.slice(0, this.shown);
    this.list.replaceChildren(...shown.map((hit) => this.resultItem(hit, state.gebied ?? state.bij)));
    void this.showMap(hits, shown, state);
    this.more.hidden = outcome.total <= this.shown;
    this.more.textContent = `Laat meer zien (nog ${outcome.total - this.shown})`;
    this.renderWiden(state, scope, outcome);
    this.renderNearby(scope, nearby);
  }

  /** On /kaart/ the page's own map and list show the results; a search that chooses nothing shows all. */
  private async showOnMap(state: SearchState, outcome: SearchOutcome, sentence: string) {
    await customElements.whenDefined('pk-map');
    const everything = state.q.trim() === '' && activeFilters(state).length === 0;
    const ids = everything ? null : outcome.hits.map((hit) => hit.record.id);
    // The gemeente of each result: the national map loads the points of those gemeenten (MapItemsDetail).
    const gemeenten = everything ? undefined : outcome.hits.map((hit) => hit.record.gemeente);
    for (const map of document.querySelectorAll('pk-map')) map.dispatchEvent(new CustomEvent('pk-map:items', { detail: { ids, gemeenten } }));
    this.announce(element<HTMLElement>(this, '[data-search-map-count]'), everything ? '' : sentence);
  }

  /** Into a live region once typing pauses, so a screen reader says the count once, not on every key. */
  private announce(region: HTMLElement, text: string) {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => (region.textContent = text), ANNOUNCE_AFTER_MS);
  }

  private renderNearby(scope: Scope, nearby: Hit[] | undefined) {
    this.nearby.replaceChildren();
    if (!nearby || nearby.length === 0) return;
    const list = make('ol', 'pk-cards');
    list.append(...nearby.map((hit) => this.resultItem(hit)));
    this.nearby.append(make('h3', undefined, `Dit is er ook in de buurt van ${this.where(scope)}`), list);
  }

  /**
   * The map below the results shows the same activities as the list; it is hidden when none has a place.
   * With the device's own position the map shows every result, not the nearest page of them, and not
   * the position itself: the map tiles it would ask for around the nearest ones would tell the tile
   * server where the visitor is.
   */
  private async showMap(hits: Hit[], shown: Hit[], state: SearchState) {
    const box = this.querySelector<HTMLElement>('[data-search-map]');
    if (!box) return;
    const onMap = this.device && !state.bij ? hits : shown;
    box.hidden = !onMap.some((hit) => hit.record.punten.length > 0);
    await customElements.whenDefined('pk-map');
    const from = state.bij ? this.centre(state.bij) : undefined;
    const origin = from && { n: this.naam(state.bij!), ...from, l: `Het midden van ${this.naam(state.bij!)}. Vanaf hier is gemeten wat dichtbij is.` };
    box.querySelector<ActivityMapElement>('pk-map')?.setData(resultsMapData(onMap, origin));
  }

  private resultItem(hit: Hit, vanuit?: string): HTMLLIElement {
    const view = resultView(hit, this.naam, vanuit);
    const item = make('li');
    item.dataset.activityId = hit.record.id;
    item.append(
      cardElement({
        element: 'article',
        headingLevel: 3,
        titel: view.titel,
        href: view.url,
        meta: view.plaats,
        body: [paragraph(view.samenvatting), whenLine(view.wanneer), badgeList(view.badges), saveButtonElement(hit.record.id, view.titel)],
      }),
    );
    return item;
  }

  /** When little or nothing is found: drop a filter, look in the whole gemeente or everywhere, or "bedoelt u …". */
  private renderWiden(state: SearchState, scope: Scope, outcome: SearchOutcome) {
    this.widen.replaceChildren();
    if (outcome.total >= 3) return;
    const options: HTMLElement[] = [];
    const offer = (label: string, next: SearchState, before?: () => void) => {
      const button = make('button', 'pk-button pk-button--secondary', label);
      button.type = 'button';
      button.addEventListener('click', () => {
        before?.();
        this.writeForm(next);
        void this.update('push').then(() => element<HTMLElement>(this, '[data-search-heading]').focus());
      });
      options.push(button);
    };
    for (const { word, suggestion } of outcome.suggestions) {
      // The words are folded ("xijz" for "xyz"), so the corrected query is rebuilt from folded words too.
      offer(`Bedoelt u: ${suggestion}?`, { ...state, q: tokens(state.q).map((token) => (token === word ? suggestion : token)).join(' ') });
    }
    for (const { key, without } of activeFilters(state)) offer(`Zoek zonder "${filterLabel(key, state, this.naam, this.gemeenteNaam)}"`, without);
    if (scope.gebieden && !scope.fromQuery && state.gebied) {
      const gemeente = this.gemeenteOfGebied.get(state.gebied)!;
      offer(`Zoek in heel gemeente ${this.gemeenteNaam(gemeente)}`, { ...state, gebied: undefined, gemeente });
    }
    if (scope.gemeenten && this.manifest.gemeenten.length > 1 && !scope.fromQuery) {
      // Above SEARCH_ALL_UP_TO a search without a place asks for a gemeente first; this choice already said "all".
      offer('Zoek in alle gemeenten', { ...state, gebied: undefined, gemeente: undefined }, () => (this.everywhere = true));
    }
    if (options.length === 0) return;
    const heading = make('h3', undefined, outcome.total === 0 ? 'Zoek breder' : 'Meer vinden?');
    const intro = make(
      'p',
      undefined,
      outcome.total === 0 ? 'We vonden niets. Probeer een van deze keuzes. Of typ een ander woord.' : 'We vonden maar weinig. Probeer een van deze keuzes.',
    );
    const list = make('ul', 'pk-search-page__widen');
    for (const option of options) {
      const item = make('li');
      item.append(option);
      list.append(item);
    }
    this.widen.append(heading, intro, list);
  }

  /** A postcode as the point to measure from; its input has no name, so it never enters the URL. */
  private setUpPostcode() {
    const input = element<HTMLInputElement>(this.form, '[data-search-postcode]');
    const note = element<HTMLElement>(this.form, '[data-search-postcode-note]');
    input.addEventListener('input', (event) => {
      // The form's own listener would search too; this one searches once, with the new point.
      event.stopPropagation();
      const found = gebiedenForPostcode(input.value, this.manifest?.gebieden ?? []);
      this.postcode = found.kind === 'found' ? this.centre(found.gebieden[0]!.id) : undefined;
      const wrong = found.kind === 'invalid' ? 'Typ de vier cijfers van uw postcode, zoals 8307.' : found.kind === 'unknown' ? `Postcode ${found.pc4} kennen we niet. Kies hierboven uw dorp of wijk.` : '';
      note.textContent = wrong;
      input.setAttribute('aria-invalid', String(wrong !== ''));
      if (this.manifest) void this.update('replace');
    });
  }

  private setUpDevicePosition() {
    if (!('geolocation' in navigator)) return;
    const box = element<HTMLElement>(this, '[data-search-geo]');
    const start = element<HTMLButtonElement>(box, '[data-search-geo-start]');
    const stop = element<HTMLButtonElement>(box, '[data-search-geo-stop]');
    box.hidden = false;
    start.addEventListener('click', () => {
      start.disabled = true;
      this.showNotes(['We zoeken uw plek. Uw browser vraagt misschien of dat mag.']);
      navigator.geolocation.getCurrentPosition(
        (position) => {
          this.device = { lat: position.coords.latitude, lon: position.coords.longitude };
          start.disabled = false;
          start.hidden = true;
          stop.hidden = false;
          // The device position replaces a chosen gebied as the point to measure from.
          element<HTMLSelectElement>(this.form, 'select[name="bij"]').value = '';
          void this.update('replace');
          stop.focus();
        },
        () => {
          start.disabled = false;
          this.showNotes(['We konden uw plek niet vinden. Kies dan bij "vanaf" uw dorp of wijk.'], 'warning');
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
      );
    });
    stop.addEventListener('click', () => {
      this.device = undefined;
      stop.hidden = true;
      start.hidden = false;
      void this.update('replace');
      start.focus();
    });
  }
}

customElements.define('pk-search', SearchPage);
