/**
 * Enhances the search form on /zoeken/ and /kaart/: results as you type, the state in the URL fragment
 * (back, forward and a copied link work; the fragment never reaches the server), shards loaded only for the gemeenten a query needs, and "near me" computed on this device.
 * Everything the visitor types stays in the browser: the only requests are for the site's own JSON files.
 *
 * This element wires the parts: search-data.ts (manifest and shards), search-url-state.ts (URL ↔ form),
 * search-results.ts (what is shown) and search-position.ts (postcode and the device's position).
 */
import { loadManifest, ShardStore } from './search-data';
import { element } from './search-dom';
import { offerDevicePosition, watchPostcode } from './search-position';
import { SearchResults } from './search-results';
import { SearchUrlState, type HistoryMode } from './search-url-state';
import { todayInNetherlands } from '../lib/dates';
import { resolveScope, type Hit, type Origin, type Scope, type SearchOutcome } from '../lib/search/engine';
import { SEARCH_STATE_NAMES, type SearchState } from '../lib/search/filters';
import { ManifestView } from '../lib/search/manifest-view';
import { parseQuery, type ParsedQuery } from '../lib/search/query';
import { moveOldLinkState } from '../lib/url-state';

const PAGE_SIZE = 20;
const NEARBY_SHOWN = 5;
/** With the device's position the map shows all results, not the nearest page (see SearchResults.showMap); up to this many. */
const MAP_ALL_RESULTS_UP_TO = 1000;

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private url!: SearchUrlState;
  private results!: SearchResults;
  private readonly data = new ShardStore();
  private view: ManifestView | undefined;

  private ignoredNote = '';
  private device: Origin | undefined;
  /** The centre of the gebied of a typed postcode: kept on this device, never in the URL. */
  private postcode: Origin | undefined;
  private everywhere = false;
  private shown = PAGE_SIZE;
  private run = 0;
  private started = 0;
  /** The visitor typed or submitted before the search index arrived: the form, not the URL, holds the search. */
  private askedEarly: 'push' | 'replace' | undefined;

  private get onMap() {
    return this.dataset.mode === 'kaart';
  }

  async connectedCallback() {
    moveOldLinkState(SEARCH_STATE_NAMES);
    this.form = element(this, '[data-search-form]');
    // The page holds the gebieden once (2,500 options nationally); "vanaf" offers the same ones. The form
    // only works with a script, so the copy is made here, before the URL state is written into it.
    const gebieden = this.form.querySelectorAll('select[name="gebied"] > optgroup');
    element<HTMLSelectElement>(this.form, '[data-search-same-gebieden]').append(...[...gebieden].map((group) => group.cloneNode(true)));
    const query = element<HTMLInputElement>(this.form, 'input[name="q"]');
    this.url = new SearchUrlState(this, this.form, query);
    this.results = new SearchResults(this, this.onMap);

    const askedEarly = (mode: 'push' | 'replace') => {
      if (!this.view && this.askedEarly !== 'push') this.askedEarly = mode;
    };
    this.form.addEventListener('input', (event) => {
      this.started = performance.now();
      const mode = event.target === query ? 'replace' : 'push';
      askedEarly(mode);
      void this.update(mode);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.started = performance.now();
      askedEarly('push');
      void this.update('push').then(() => this.results.focusHeading());
    });
    this.results.onMore(async () => {
      const first = this.shown;
      this.shown += PAGE_SIZE;
      await this.search('none');
      return first;
    });
    // Back and forward fire popstate; a fragment typed or pasted into the address bar fires hashchange too.
    const followUrl = () => {
      if (!this.view || !this.url.urlChanged) return;
      if (this.readUrl(this.view)) void this.search('none');
    };
    window.addEventListener('popstate', followUrl);
    window.addEventListener('hashchange', followUrl);
    offerDevicePosition(this, this.form, {
      note: (line, kind) => this.results.showNotes([line], kind),
      changed: (device) => {
        this.device = device;
        void this.update('replace');
      },
    });
    watchPostcode(
      this.form,
      () => this.view?.manifest.gebieden ?? [],
      (gebied) => this.view?.centre(gebied),
      (origin) => {
        this.postcode = origin;
        if (this.view) void this.update('replace');
      },
    );

    try {
      this.view = new ManifestView(await loadManifest(this.dataset.manifest!));
    } catch (error) {
      console.warn('search: no index', error);
      this.form.hidden = true;
      this.results.showUnavailable();
      return;
    }
    if (this.askedEarly) {
      await this.update(this.askedEarly);
      if (this.askedEarly === 'push') this.results.focusHeading();
      return;
    }
    this.readUrl(this.view);
    await this.search('none');
  }

  /** URL → form; false for an in-page anchor, which is no search. */
  private readUrl(view: ManifestView): boolean {
    const read = this.url.readUrl(view.known, view);
    if (!read) return false;
    this.ignoredNote = read.ignoredNote;
    return true;
  }

  private async update(mode: HistoryMode) {
    if (!this.view) return;
    this.shown = PAGE_SIZE;
    this.ignoredNote = '';
    await this.search(mode);
  }

  private async search(mode: HistoryMode) {
    const view = this.view!;
    const run = ++this.run;
    // Failures are those of this search; the nearby search below loads shards too and must not hide them.
    this.data.clearFailures();
    const state = this.url.readForm(view.known);
    this.url.writeUrl(state, mode);
    this.url.writeForm(state, view);
    const parsed = parseQuery(state.q, view.places);
    const scope = resolveScope(parsed, state, view.gemeenteOfGebied);
    const gemeenten = view.gemeentenToSearch(scope, this.everywhere);
    if (gemeenten === undefined) {
      this.results.chooseFirst(() => {
        this.everywhere = true;
        void this.search('none');
      });
      return;
    }
    const index = await this.data.indexFor(view.shardParts(gemeenten, scope.gebieden));
    if (run !== this.run) return;
    const origin = this.postcode ?? (state.bij ? view.centre(state.bij) : this.device);
    const [first] = scope.gebieden ?? [];
    const placeCentre = first ? view.centre(first) : undefined;
    const today = todayInNetherlands({}, new Date());
    const limit = this.onMap ? undefined : this.device && !state.bij ? MAP_ALL_RESULTS_UP_TO : this.shown;
    const outcome: SearchOutcome = index
      ? index.search(parsed, state, scope, {
          today,
          ...(origin ? { origin } : {}),
          ...(placeCentre ? { placeCentre } : {}),
          ...(limit ? { limit } : {}),
        })
      : { hits: [], total: 0, unknownWords: [], suggestions: [] };
    const nearby =
      outcome.total < 3 && !outcome.elsewhere && !this.onMap ? await this.searchNearby(view, parsed, state, scope, today) : undefined;
    if (run !== this.run) return;
    this.results.render(
      view,
      {
        state,
        scope,
        outcome,
        gemeenten,
        failed: this.data.failed,
        nearby,
        ignoredNote: this.ignoredNote,
        shown: this.shown,
        byPostcode: !!this.postcode,
        byDevice: !!this.device,
      },
      (next, everywhere) => {
        if (everywhere) this.everywhere = true;
        this.url.writeForm(next, view);
        void this.update('push').then(() => this.results.focusHeading());
      },
    );
    this.dispatchEvent(
      new CustomEvent('pk-search:rendered', {
        bubbles: true,
        detail: { ms: this.started ? performance.now() - this.started : undefined, ids: outcome.hits.map((hit) => hit.record.id) },
      }),
    );
    this.started = 0;
  }

  /** The same search in the nearest other gebieden, nearest first: "dit is er ook in de buurt". */
  private async searchNearby(
    view: ManifestView,
    parsed: ParsedQuery,
    state: SearchState,
    scope: Scope,
    today: string,
  ): Promise<Hit[] | undefined> {
    if (!scope.gebieden) return undefined;
    const [first] = scope.gebieden;
    const origin = view.centre(first!);
    if (!origin) return undefined;
    const neighbours = view.neighbours(origin, scope.gebieden);
    if (neighbours.length === 0) return undefined;
    const around = new Set(neighbours.map((gebied) => gebied.id));
    const index = await this.data.indexFor(view.shardParts([...new Set(neighbours.map((gebied) => gebied.gemeente))], around));
    if (!index) return undefined;
    const { hits } = index.search(
      parsed,
      { ...state, gebied: undefined, gemeente: undefined },
      { gebieden: around, fromQuery: false },
      { today, origin, limit: NEARBY_SHOWN },
    );
    return hits;
  }
}

customElements.define('pk-search', SearchPage);
