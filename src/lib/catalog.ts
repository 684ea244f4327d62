/**
 * The site's data model: content entries joined into views that pages render.
 * Pure: the entries and today's date come in, so the same catalog can be built in tests.
 * It refuses content with broken references, so no page is built from half-valid data.
 */
import { isCurrent, placeClaim, responseClaim, type PlaceClaim, type ResponseClaim } from './availability';
import { checkIntegrity, checkReviewDates, formatProblems, type ContentEntries, type ContentProblem } from './content-integrity';
import { daysBetween, type PlainDate } from './dates';
import { upcomingDates, type UpcomingDates } from './schedule';
import { STORED_DATES } from './upcoming';
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie, SchoolHoliday } from './schemas';
import type { ComplaintId, ThemeId } from './taxonomy';

export type WithId<T> = T & { id: string };

export type Freshness = 'recent' | 'controleren' | 'verouderd';

/** Checked within half a year is recent; after a year the entry is stale and residents are warned. */
export const FRESHNESS_DAYS = { recent: 183, stale: 365 } as const;

/**
 * The last day someone checked the activity: the redactie (`laatstGecontroleerd`) or the provider
 * itself (`bevestigdDoorAanbieder`), whichever is later. Freshness and the check round count from it.
 */
export function lastChecked(data: Pick<Activiteit, 'laatstGecontroleerd' | 'bevestigdDoorAanbieder'>): PlainDate {
  const provider = data.bevestigdDoorAanbieder;
  return provider !== undefined && provider > data.laatstGecontroleerd ? provider : data.laatstGecontroleerd;
}

export function freshness(laatstGecontroleerd: PlainDate, today: PlainDate): Freshness {
  const age = daysBetween(laatstGecontroleerd, today);
  if (age <= FRESHNESS_DAYS.recent) return 'recent';
  if (age <= FRESHNESS_DAYS.stale) return 'controleren';
  return 'verouderd';
}

export interface GebiedView extends WithId<Gebied> {
  url: string;
  gemeenteNaam: string;
}

export interface GemeenteView extends WithId<Gemeente> {
  url: string;
  gebieden: GebiedView[];
}

export interface ActivityView {
  id: string;
  url: string;
  file: string;
  data: Activiteit;
  /** The Markdown body, for search; pages render the entry itself. */
  body: string;
  organisatie: WithId<Organisatie>;
  locaties: WithId<Locatie>[];
  gebieden: GebiedView[];
  gemeente: GemeenteView;
  upcoming: UpcomingDates;
  freshness: Freshness;
  /** See lastChecked(). */
  checkedOn: PlainDate;
  /** Room in the group, only while the statement is current on the catalog's today (see availability.ts). */
  plaats?: PlaceClaim;
  /** How fast the organiser answers, only while current. */
  reageertBinnen?: ResponseClaim;
  /** Listed in overviews: not stopped. */
  listed: boolean;
}

export interface Catalog {
  today: PlainDate;
  gemeenten: GemeenteView[];
  gebieden: GebiedView[];
  activities: ActivityView[];
  schoolHolidays: readonly SchoolHoliday[];
}

export interface CatalogInput extends ContentEntries {
  schoolHolidays: readonly SchoolHoliday[];
  today: PlainDate;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const byName = (a: { naam: string }, b: { naam: string }) => collator.compare(a.naam, b.naam);
export const byTitle = (a: ActivityView, b: ActivityView) => collator.compare(a.data.titel, b.data.titel);

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function buildCatalog(input: CatalogInput): Catalog {
  const problems = [...checkIntegrity(input), ...checkReviewDates(input.activiteiten, input.today)];
  if (problems.length > 0) throw new ContentError(problems);

  const gemeenteById = new Map<string, GemeenteView>();
  for (const { id, data } of input.gemeenten) {
    gemeenteById.set(id, { ...data, id, url: `/gemeenten/${id}/`, gebieden: [] });
  }
  const gebiedById = new Map<string, GebiedView>();
  for (const { id, data } of input.gebieden) {
    const gemeente = gemeenteById.get(data.gemeente)!;
    const view: GebiedView = { ...data, id, url: `/gebieden/${id}/`, gemeenteNaam: gemeente.naam };
    gebiedById.set(id, view);
    gemeente.gebieden.push(view);
  }
  for (const gemeente of gemeenteById.values()) gemeente.gebieden.sort(byName);

  const organisatieById = new Map(input.organisaties.map(({ id, data }) => [id, { ...data, id }]));
  const locatieById = new Map(input.locaties.map(({ id, data }) => [id, { ...data, id }]));

  const activities = input.activiteiten.map(({ id, file, data, body }): ActivityView => {
    const gebieden = data.gebieden.map((gebiedId) => gebiedById.get(gebiedId)!);
    const gemeente = gemeenteById.get(gebieden[0]!.gemeente)!;
    const running = data.status === 'actief';
    // A paused or stopped group has no room to offer, whatever was said before.
    const plaats = running && data.plaats ? placeClaim(data.plaats) : undefined;
    const reageertBinnen = running && data.reageertBinnen ? responseClaim(data.reageertBinnen) : undefined;
    return {
      id,
      url: `/activiteiten/${id}/`,
      file,
      data,
      body: body ?? '',
      organisatie: organisatieById.get(data.organisatie)!,
      locaties: data.locaties.map((locatieId) => locatieById.get(locatieId)!),
      gebieden,
      gemeente,
      upcoming: running
        ? upcomingDates(
            data.rooster,
            { today: input.today, region: gemeente.schoolvakantieRegio, schoolHolidays: input.schoolHolidays },
            { count: STORED_DATES },
          )
        : { dates: [], skipped: [] },
      freshness: freshness(lastChecked(data), input.today),
      checkedOn: lastChecked(data),
      ...(plaats && isCurrent(plaats, input.today) ? { plaats } : {}),
      ...(reageertBinnen && isCurrent(reageertBinnen, input.today) ? { reageertBinnen } : {}),
      listed: data.status !== 'gestopt',
    };
  });

  return {
    today: input.today,
    gemeenten: [...gemeenteById.values()].sort(byName),
    gebieden: [...gebiedById.values()].sort(byName),
    activities: activities.sort(byTitle),
    schoolHolidays: input.schoolHolidays,
  };
}

/** A gebied of an activity with its welzijnscoach and the sociaal team or loket of its gemeente. */
export interface GebiedContact {
  gebied: GebiedView;
  gemeente: GemeenteView;
}

/**
 * The coach and loket of every gebied of an activity, in the activity's own order. The activity page
 * shows them all; its small script puts the visitor's own gebied (`?vanuit=`) first.
 */
export function gebiedContacts(activity: Pick<ActivityView, 'gebieden'>, gemeenten: readonly GemeenteView[]): GebiedContact[] {
  return activity.gebieden.map((gebied) => ({ gebied, gemeente: gemeenten.find((gemeente) => gemeente.id === gebied.gemeente)! }));
}

interface ListedIndex {
  byGebied: Map<string, ActivityView[]>;
  byGemeente: Map<string, ActivityView[]>;
}

// Built once per catalog: pages ask per gebied and per gemeente, and a scan of every activity per
// page made the build grow with the square of the catalogue.
const listedIndexes = new WeakMap<Catalog, ListedIndex>();

function listedIndex(catalog: Catalog): ListedIndex {
  let index = listedIndexes.get(catalog);
  if (index) return index;
  index = { byGebied: new Map(), byGemeente: new Map() };
  const add = (map: Map<string, ActivityView[]>, key: string, activity: ActivityView) => {
    const list = map.get(key);
    if (list) list.push(activity);
    else map.set(key, [activity]);
  };
  for (const activity of catalog.activities) {
    if (!activity.listed) continue;
    for (const gebiedId of new Set(activity.data.gebieden)) add(index.byGebied, gebiedId, activity);
    for (const gemeenteId of new Set(activity.gebieden.map((gebied) => gebied.gemeente))) add(index.byGemeente, gemeenteId, activity);
  }
  listedIndexes.set(catalog, index);
  return index;
}

/** The listed activities of a gebied, in catalog order. Callers must not change the array. */
export function activitiesInGebied(catalog: Catalog, gebiedId: string): readonly ActivityView[] {
  return listedIndex(catalog).byGebied.get(gebiedId) ?? [];
}

/** The listed activities of a gemeente, in catalog order. Callers must not change the array. */
export function activitiesInGemeente(catalog: Catalog, gemeenteId: string): readonly ActivityView[] {
  return listedIndex(catalog).byGemeente.get(gemeenteId) ?? [];
}

export function activitiesWithTheme(activities: readonly ActivityView[], theme: ThemeId): ActivityView[] {
  return activities.filter((activity) => activity.data.themas.includes(theme));
}

export function activitiesForComplaint(activities: readonly ActivityView[], complaint: ComplaintId): ActivityView[] {
  return activities.filter((activity) => activity.data.welzijnOpRecept?.klachten.includes(complaint));
}

/** Groups items by a key, keeping the order of `keys` and leaving out empty groups. */
export function groupBy<T, K extends string>(
  items: readonly T[],
  keys: readonly K[],
  keysOf: (item: T) => readonly K[],
): { key: K; items: T[] }[] {
  return keys.map((key) => ({ key, items: items.filter((item) => keysOf(item).includes(key)) })).filter((group) => group.items.length > 0);
}
