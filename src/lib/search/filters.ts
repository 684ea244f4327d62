/**
 * The search state as it lives in the URL fragment: /zoeken/#q=wandelen&gebied=ens&thema=bewegen&gratis=1.
 * The fragment never reaches the server, so search words stay out of access logs (see url-state.ts,
 * which also moves the state of an old ?q= link into the fragment).
 * One definition for the search page, the map page and the forms on other pages, so a shared or
 * bookmarked link means the same everywhere. Unknown values are dropped and reported, never guessed.
 */
import { hasRoom } from '../availability';
import { addDays, isoWeekday, type PlainDate } from '../dates';
import { languages, targetGroups, themes, weekdays, type LanguageId, type TargetGroupId, type ThemeId, type Weekday } from '../taxonomy';
import { MAX_QUERY_LENGTH } from './normalise';
import { dayParts, type DayPartId, type SearchRecord } from './record';

export interface SearchState {
  q: string;
  gemeente?: string;
  gebied?: string;
  thema?: ThemeId;
  doelgroep?: TargetGroupId;
  dag?: Weekday;
  dagdeel?: DayPartId;
  gratis: boolean;
  rolstoel: boolean;
  /** Suitable for Welzijn op Recept. */
  wor: boolean;
  /** Only groups that recently said they have room ("heeft plek"). */
  plek: boolean;
  /** Sort by distance from the centre of this gebied. The device's own position never enters the URL. */
  bij?: string;
  /** A spoken language other than Dutch. */
  taal?: LanguageId;
  /** Only activities with a date in this period, counted from the visitor's today. */
  wanneer?: WhenId;
}

/** Periods from the visitor's date, for "wanneer". */
export const whenChoices = [
  { id: 'vandaag', label: 'Vandaag' },
  { id: 'deze-week', label: 'Deze week' },
  { id: 'dit-weekend', label: 'Dit weekend' },
] as const;
export type WhenId = (typeof whenChoices)[number]['id'];

/**
 * The first and last date of a period, from `today`. A week runs Monday to Sunday, as Dutch calendars do:
 * "deze week" is today up to Sunday, "dit weekend" the coming Saturday and Sunday (on Sunday only today).
 */
export function whenRange(when: WhenId, today: PlainDate): [PlainDate, PlainDate] {
  const weekday = isoWeekday(today);
  const sunday = addDays(today, 7 - weekday);
  if (when === 'vandaag') return [today, today];
  if (when === 'deze-week') return [today, sunday];
  return [weekday >= 6 ? today : addDays(today, 6 - weekday), sunday];
}

/** Whether one of the stored coming dates lies in the period (dates are ISO, so text order is date order). */
export function hasDateWithin(record: Pick<SearchRecord, 'data'>, [first, last]: readonly [PlainDate, PlainDate]): boolean {
  return record.data.some(([date]) => date >= first && date <= last);
}

export const emptyState: SearchState = { q: '', gratis: false, rolstoel: false, wor: false, plek: false };

/** The yes/no filters, with the labels the form and the "drop this filter" buttons show. */
export const switches = [
  { key: 'gratis', label: 'Gratis' },
  { key: 'rolstoel', label: 'Met een rolstoel te doen' },
  { key: 'wor', label: 'Past bij Welzijn op Recept' },
  { key: 'plek', label: 'Heeft plek' },
] as const satisfies readonly { key: keyof SearchState; label: string }[];

export interface KnownPlaces {
  gemeenten: ReadonlySet<string>;
  /** Gebied id → its gemeente id. */
  gebieden: ReadonlyMap<string, string>;
}

export interface IgnoredParameter {
  name: string;
  value: string;
}

const oneOfIds =
  <Id extends string>(ids: readonly Id[]) =>
  (value: string): Id | undefined =>
    (ids as readonly string[]).includes(value) ? (value as Id) : undefined;

const choices = {
  thema: oneOfIds(themes.ids),
  doelgroep: oneOfIds(targetGroups.ids),
  dag: oneOfIds(weekdays),
  dagdeel: oneOfIds(dayParts.map((part) => part.id)),
  taal: oneOfIds(languages.ids.filter((id) => id !== 'nl')),
  wanneer: oneOfIds(whenChoices.map((choice) => choice.id)),
};

const YES = new Set(['1', 'ja', 'true', 'on']);

export function parseSearchParams(params: URLSearchParams, known: KnownPlaces): { state: SearchState; ignored: IgnoredParameter[] } {
  const ignored: IgnoredParameter[] = [];
  const state: SearchState = { ...emptyState, q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH) };
  const take = (name: string, accept: (value: string) => string | undefined): string | undefined => {
    const value = params.get(name)?.trim();
    if (!value) return undefined;
    const accepted = accept(value);
    if (accepted === undefined) ignored.push({ name, value });
    return accepted;
  };
  state.gemeente = take('gemeente', (value) => (known.gemeenten.has(value) ? value : undefined));
  state.gebied = take('gebied', (value) => (known.gebieden.has(value) ? value : undefined));
  state.bij = take('bij', (value) => (known.gebieden.has(value) ? value : undefined));
  state.thema = take('thema', choices.thema) as ThemeId | undefined;
  state.doelgroep = take('doelgroep', choices.doelgroep) as TargetGroupId | undefined;
  state.dag = take('dag', choices.dag) as Weekday | undefined;
  state.dagdeel = take('dagdeel', choices.dagdeel) as DayPartId | undefined;
  state.taal = take('taal', choices.taal) as LanguageId | undefined;
  state.wanneer = take('wanneer', choices.wanneer) as WhenId | undefined;
  for (const { key } of switches) state[key] = take(key, (value) => (YES.has(value) ? value : undefined)) !== undefined;
  // A gebied always lies in one gemeente; a link that names another gemeente names the gebied's own.
  if (state.gebied && state.gemeente && known.gebieden.get(state.gebied) !== state.gemeente) {
    ignored.push({ name: 'gemeente', value: state.gemeente });
    state.gemeente = undefined;
  }
  for (const key of Object.keys(state) as (keyof SearchState)[]) if (state[key] === undefined) delete state[key];
  return { state, ignored };
}

/** Every parameter of the search state, in the order a link writes them. */
export const SEARCH_STATE_NAMES = [
  'q',
  'gemeente',
  'gebied',
  'thema',
  'doelgroep',
  'dag',
  'dagdeel',
  'taal',
  'wanneer',
  ...switches.map((item) => item.key),
  'bij',
] as const;

/** The parameters of a state, in a fixed order and without empty values, so equal states give equal links. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of ['gemeente', 'gebied', 'thema', 'doelgroep', 'dag', 'dagdeel', 'taal', 'wanneer'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  for (const { key } of switches) if (state[key]) params.set(key, '1');
  if (state.bij) params.set('bij', state.bij);
  return params;
}

/**
 * The filters other than place and words: whether one record passes them on the visitor's `today`
 * ("wanneer" counts from it, and a statement about room goes stale).
 */
export function passesFilters(record: SearchRecord, state: SearchState, today: PlainDate): boolean {
  return (
    (!state.taal || record.talen.includes(state.taal)) &&
    (!state.wanneer || (today !== undefined && hasDateWithin(record, whenRange(state.wanneer, today)))) &&
    (!state.thema || record.themas.includes(state.thema)) &&
    (!state.doelgroep || record.doelgroepen.includes(state.doelgroep) || record.doelgroepen.includes('iedereen')) &&
    (!state.dag || record.dagen.includes(state.dag)) &&
    (!state.dagdeel || record.dagdelen.includes(state.dagdeel)) &&
    (!state.gratis || record.gratis) &&
    (!state.rolstoel || record.rolstoel) &&
    (!state.wor || record.welzijnOpRecept) &&
    (!state.plek || hasRoom(record.plaats, today))
  );
}

/** The active filters one by one, each with a state without it, for "drop this filter" buttons. */
export function activeFilters(state: SearchState): { key: keyof SearchState; without: SearchState }[] {
  const keys = (
    ['gebied', 'gemeente', 'thema', 'doelgroep', 'dag', 'dagdeel', 'taal', 'wanneer', 'gratis', 'rolstoel', 'wor', 'plek'] as const
  ).filter((key) => state[key]);
  return keys.map((key) => {
    const without = { ...state };
    if (key === 'gratis' || key === 'rolstoel' || key === 'wor' || key === 'plek') without[key] = false;
    else delete without[key];
    return { key, without };
  });
}
