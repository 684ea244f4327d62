/**
 * What the search page shows: the notes, the count (announced once typing pauses), the result cards, the
 * map below them (or the page's own map on /kaart/), "zoek breder" and "dit is er ook in de buurt".
 * The words come from lib/search/present.ts; this module only puts them on screen.
 */
import type { ActivityMapElement } from './activity-map';
import { badgeList, cardElement, paragraph, whenLine } from './card-element';
import { saveButtonElement } from './save-button';
import { element, make } from './search-dom';
import type { Hit, Scope, SearchOutcome } from '../lib/search/engine';
import { activeFilters, type SearchState } from '../lib/search/filters';
import type { ManifestView } from '../lib/search/manifest-view';
import { resultsMapData } from '../lib/search/map';
import { tokens } from '../lib/search/normalise';
import { countSentence, filterLabel, resultView, topicElsewhereSentence, topicText } from '../lib/search/present';
import { parseQuery } from '../lib/search/query';
import { joinDutch } from '../lib/text';

/** Screen readers hear the count once typing pauses, not on every key. */
const ANNOUNCE_AFTER_MS = 600;

/** One search to show, with what the page knows about where it measured from. */
export interface ShownSearch {
  state: SearchState;
  scope: Scope;
  outcome: SearchOutcome;
  /** The gemeenten searched, and those of them whose shards failed to load. */
  gemeenten: readonly string[];
  failed: ReadonlySet<string>;
  nearby: Hit[] | undefined;
  ignoredNote: string;
  /** How many results the list shows. */
  shown: number;
  byPostcode: boolean;
  byDevice: boolean;
}

/** `everywhere`: the choice also means "search in every gemeente", which the page keeps. */
export type ChooseState = (next: SearchState, everywhere: boolean) => void;

export class SearchResults {
  private readonly notes: HTMLElement;
  private readonly results: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly status: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly widen: HTMLElement;
  private readonly nearby: HTMLElement;
  private announceTimer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly onMap: boolean,
  ) {
    this.notes = element(root, '[data-search-notes]');
    this.results = element(root, '[data-search-results]');
    this.list = element(root, '[data-search-list]');
    this.status = element(root, '[data-search-status]');
    this.more = element(root, '[data-search-more]');
    this.widen = element(root, '[data-search-widen]');
    this.nearby = element(root, '[data-search-nearby]');
  }

  /** "Laat meer zien": `showMore` searches again with a longer list; then focus moves to the first new result. */
  onMore(showMore: () => Promise<number>) {
    this.more.addEventListener('click', () => {
      void showMore().then((first) => this.list.children[first]?.querySelector('a')?.focus());
    });
  }

  focusHeading() {
    element<HTMLElement>(this.root, '[data-search-heading]').focus();
  }

  /** The page's links to browse by dorp and theme (the content for visitors without JavaScript). */
  showBrowsing(show: boolean) {
    document.querySelectorAll<HTMLElement>('[data-search-no-js]').forEach((node) => (node.hidden = !show));
  }

  showNotes(lines: string[], kind: 'info' | 'warning' = 'info') {
    this.notes.replaceChildren(
      ...lines.map((line) => make('p', `pk-panel${kind === 'warning' ? ' pk-panel--warning' : ''} pk-search-page__note`, line)),
    );
  }

  /** Search does not work at all: the page's own links are the way on. */
  showUnavailable() {
    const stillWorks = this.onMap ? 'De kaart en de lijst hieronder werken wel.' : 'Kies hieronder een dorp of een thema. Dat werkt wel.';
    this.showNotes([`Zoeken werkt nu even niet. ${stillWorks} Of probeer het later nog een keer.`], 'warning');
    this.showBrowsing(true);
  }

  chooseFirst(searchEverywhere: () => void) {
    this.results.hidden = true;
    this.showNotes(['Kies eerst uw gemeente bij "Meer keuzes". Of typ de naam van uw dorp of wijk.']);
    const all = make('button', 'pk-button pk-button--secondary', 'Zoek in alle gemeenten');
    all.type = 'button';
    all.addEventListener('click', searchEverywhere);
    this.notes.append(all);
  }

  render(view: ManifestView, search: ShownSearch, choose: ChooseState) {
    const { state, scope, outcome, gemeenten } = search;
    const notes: string[] = [];
    if (search.ignoredNote) notes.push(search.ignoredNote);
    if (scope.fromQuery) notes.push(`U zoekt in ${view.where(scope)}, want die plaats staat in uw zoekwoorden.`);
    const failed = gemeenten.filter((gemeente) => search.failed.has(gemeente));
    if (failed.length) {
      notes.push(
        `De activiteiten van ${joinDutch(failed.map((id) => `gemeente ${view.gemeenteNaam(id)}`))} konden niet laden. Die ziet u nu niet. Probeer het later nog een keer.`,
      );
    }
    // When nothing could load, the links to browse by dorp and theme are the way on.
    const nothingLoaded = failed.length > 0 && failed.length === gemeenten.length;
    if (nothingLoaded && !this.onMap) notes.push('Kies hieronder een dorp of een thema. Dat werkt wel.');
    this.showBrowsing(nothingLoaded);
    if (search.byPostcode) notes.push('Wat het dichtst bij uw postcode is, staat bovenaan. Uw postcode blijft op dit apparaat.');
    else if (search.byDevice && !state.bij) notes.push('Het dichtstbij staat bovenaan. We gebruiken uw plek alleen op dit apparaat.');
    this.showNotes(notes, failed.length ? 'warning' : 'info');

    const { hits } = outcome;
    const where = view.where(scope);
    const sentence =
      outcome.elsewhere && where
        ? topicElsewhereSentence(where, topicText(state.q, parseQuery(state.q, view.places)))
        : countSentence(outcome.total, where);
    if (this.onMap) {
      void this.showOnMap(state, outcome, sentence);
      return;
    }
    // The results take the place of the page's no-JS content in one step, so nothing jumps meanwhile.
    this.results.hidden = false;
    element<HTMLElement>(this.root, '[data-search-heading]').textContent = sentence;
    // On paper the form is gone, so the printout says what was searched for.
    const chosen = activeFilters(state).map(({ key }) => filterLabel(key, state, view.naam, view.gemeenteNaam));
    element<HTMLElement>(this.root, '[data-search-print]').textContent = [
      state.q.trim() && `Gezocht op: ${state.q.trim()}`,
      chosen.length ? `Keuzes: ${chosen.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('. ');
    this.announce(this.status, sentence);

    const shown = hits.slice(0, search.shown);
    this.list.replaceChildren(...shown.map((hit) => this.resultItem(view, hit, state.gebied ?? state.bij)));
    void this.showMap(view, search.byDevice && !state.bij ? hits : shown, state);
    this.more.hidden = outcome.total <= search.shown;
    this.more.textContent = `Laat meer zien (nog ${outcome.total - search.shown})`;
    this.renderWiden(view, state, scope, outcome, choose);
    this.renderNearby(view, scope, search.nearby);
  }

  /** On /kaart/ the page's own map and list show the results; a search that chooses nothing shows all. */
  private async showOnMap(state: SearchState, outcome: SearchOutcome, sentence: string) {
    await customElements.whenDefined('pk-map');
    const everything = state.q.trim() === '' && activeFilters(state).length === 0;
    const ids = everything ? null : outcome.hits.map((hit) => hit.record.id);
    // The gemeente of each result: the national map loads the points of those gemeenten (MapItemsDetail).
    const gemeenten = everything ? undefined : outcome.hits.map((hit) => hit.record.gemeente);
    for (const map of document.querySelectorAll('pk-map'))
      map.dispatchEvent(new CustomEvent('pk-map:items', { detail: { ids, gemeenten } }));
    this.announce(element<HTMLElement>(this.root, '[data-search-map-count]'), everything ? '' : sentence);
  }

  /** Into a live region once typing pauses, so a screen reader says the count once, not on every key. */
  private announce(region: HTMLElement, text: string) {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => (region.textContent = text), ANNOUNCE_AFTER_MS);
  }

  private renderNearby(view: ManifestView, scope: Scope, nearby: Hit[] | undefined) {
    this.nearby.replaceChildren();
    if (!nearby || nearby.length === 0) return;
    const list = make('ol', 'pk-cards');
    list.append(...nearby.map((hit) => this.resultItem(view, hit)));
    this.nearby.append(make('h3', undefined, `Dit is er ook in de buurt van ${view.where(scope)}`), list);
  }

  /**
   * The map below the results shows the same activities as the list; it is hidden when none has a place.
   * With the device's own position the map shows every result, not the nearest page of them (the caller
   * passes them), and not the position itself: the map tiles it would ask for around the nearest ones
   * would tell the tile server where the visitor is.
   */
  private async showMap(view: ManifestView, onMap: Hit[], state: SearchState) {
    const box = this.root.querySelector<HTMLElement>('[data-search-map]');
    if (!box) return;
    box.hidden = !onMap.some((hit) => hit.record.punten.length > 0);
    await customElements.whenDefined('pk-map');
    const from = state.bij ? view.centre(state.bij) : undefined;
    const origin = from && {
      n: view.naam(state.bij!),
      ...from,
      l: `Het midden van ${view.naam(state.bij!)}. Vanaf hier is gemeten wat dichtbij is.`,
    };
    box.querySelector<ActivityMapElement>('pk-map')?.setData(resultsMapData(onMap, origin));
  }

  private resultItem(view: ManifestView, hit: Hit, vanuit?: string): HTMLLIElement {
    const result = resultView(hit, view.naam, vanuit);
    const item = make('li');
    item.dataset.activityId = hit.record.id;
    item.append(
      cardElement({
        element: 'article',
        headingLevel: 3,
        titel: result.titel,
        href: result.url,
        meta: result.plaats,
        body: [
          paragraph(result.samenvatting),
          whenLine(result.wanneer),
          badgeList(result.badges),
          saveButtonElement(hit.record.id, result.titel),
        ],
      }),
    );
    return item;
  }

  /** When little or nothing is found: drop a filter, look in the whole gemeente or everywhere, or "bedoelt u …". */
  private renderWiden(view: ManifestView, state: SearchState, scope: Scope, outcome: SearchOutcome, choose: ChooseState) {
    this.widen.replaceChildren();
    if (outcome.total >= 3) return;
    const options: HTMLElement[] = [];
    const offer = (label: string, next: SearchState, everywhere = false) => {
      const button = make('button', 'pk-button pk-button--secondary', label);
      button.type = 'button';
      button.addEventListener('click', () => choose(next, everywhere));
      options.push(button);
    };
    for (const { word, suggestion } of outcome.suggestions) {
      // The words are folded ("xijz" for "xyz"), so the corrected query is rebuilt from folded words too.
      offer(`Bedoelt u: ${suggestion}?`, {
        ...state,
        q: tokens(state.q)
          .map((token) => (token === word ? suggestion : token))
          .join(' '),
      });
    }
    for (const { key, without } of activeFilters(state))
      offer(`Zoek zonder "${filterLabel(key, state, view.naam, view.gemeenteNaam)}"`, without);
    if (scope.gebieden && !scope.fromQuery && state.gebied) {
      const gemeente = view.gemeenteOfGebied.get(state.gebied)!;
      offer(`Zoek in heel gemeente ${view.gemeenteNaam(gemeente)}`, { ...state, gebied: undefined, gemeente });
    }
    if (scope.gemeenten && view.gemeenteCount > 1 && !scope.fromQuery) {
      // Above SEARCH_ALL_UP_TO a search without a place asks for a gemeente first; this choice already said "all".
      offer('Zoek in alle gemeenten', { ...state, gebied: undefined, gemeente: undefined }, true);
    }
    if (options.length === 0) return;
    const heading = make('h3', undefined, outcome.total === 0 ? 'Zoek breder' : 'Meer vinden?');
    const intro = make(
      'p',
      undefined,
      outcome.total === 0
        ? 'We vonden niets. Probeer een van deze keuzes. Of typ een ander woord.'
        : 'We vonden maar weinig. Probeer een van deze keuzes.',
    );
    const list = make('ul', 'pk-search-page__widen');
    for (const option of options) {
      const item = make('li');
      item.append(option);
      list.append(item);
    }
    this.widen.append(heading, intro, list);
  }
}
