/**
 * The search state between the URL fragment and the form: read a link into the form, the form into a
 * state, and that state back into the address bar (back, forward and a copied link work; a browser never
 * sends the fragment to the server). The parsing itself is pure, in filters.ts and url-state.ts.
 */
import {
  activeFilters,
  parseSearchParams,
  SEARCH_STATE_NAMES,
  toSearchParams,
  type KnownPlaces,
  type SearchState,
} from '../lib/search/filters';
import { ignoredChoicesNote } from '../lib/search/manifest-view';
import { readUrlState, urlWithState } from '../lib/url-state';
import { element } from './search-dom';

export type HistoryMode = 'push' | 'replace' | 'none';

export interface PlaceNames {
  naam: (gebied: string) => string;
  gemeenteNaam: (gemeente: string) => string;
}

export class SearchUrlState {
  /** The URL this page last read or wrote, so popstate and hashchange for the same step act once. */
  private urlShown = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly form: HTMLFormElement,
    private readonly query: HTMLInputElement,
  ) {}

  /** True when the address bar shows another URL than the page last read or wrote (back, forward, a pasted link). */
  get urlChanged(): boolean {
    return location.href !== this.urlShown;
  }

  /**
   * URL → form. Unknown values are dropped from the form; the returned note names them. An old link with
   * the state in the query is moved into the fragment at once. Returns undefined for an in-page anchor
   * such as a skip link's "#na-de-kaart": that is no search, so the page stays as it is.
   */
  readUrl(known: KnownPlaces, names: PlaceNames): { ignoredNote: string } | undefined {
    const url = readUrlState(location, SEARCH_STATE_NAMES);
    this.urlShown = location.href;
    if (url.kind === 'anchor') return undefined;
    if (url.replaceWith) {
      history.replaceState(history.state, '', url.replaceWith);
      this.urlShown = location.href;
    }
    const { state, ignored } = parseSearchParams(url.params, known);
    this.writeForm(state, names);
    return { ignoredNote: ignoredChoicesNote(ignored) };
  }

  /** State → address bar, as a new history step or in place of the current one. */
  writeUrl(state: SearchState, mode: HistoryMode) {
    if (mode === 'none') return;
    const url = urlWithState(location, toSearchParams(state));
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.urlShown = location.href;
  }

  writeForm(state: SearchState, names: PlaceNames) {
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
          control.add(new Option(control.name === 'gemeente' ? names.gemeenteNaam(wanted) : names.naam(wanted), wanted));
          control.value = wanted;
        }
      }
    }
    const filters = element<HTMLDetailsElement>(this.root, '[data-search-filters]');
    const count = activeFilters(state).length;
    element<HTMLElement>(filters, '[data-search-filter-count]').textContent = count ? `(${count} gekozen)` : '';
    if (count > 0) filters.open = true;
  }

  readForm(known: KnownPlaces): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return parseSearchParams(params, known).state;
  }
}
