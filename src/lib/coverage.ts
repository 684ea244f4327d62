/**
 * What /voor-professionals/ and /data/dekking.csv show: the offer per gebied and theme, the gebied's
 * speerpunten against its activities, and the activities to check again per organisation.
 *
 * Inputs it reads (keep this list narrow, so the activity facts module can feed it in one place):
 * - the activity: `data.gebieden`, `data.themas`, `data.doelgroepen`, `data.welzijnOpRecept`, `listed`,
 *   `freshness`, `checkedOn`, `organisatie.id`, `organisatie.naam`;
 * - the gebied: `id`, `naam`, `gemeente`, `gemeenteNaam`, `speerpunten`.
 */
import { stringify } from 'csv-stringify/sync';
import type { ActivityView, GebiedView } from './catalog';
import type { Speerpunt } from './schemas';
import { themes, type TargetGroupId, type ThemeId } from './taxonomy';

export type CoverageActivity = Pick<ActivityView, 'listed' | 'freshness' | 'checkedOn'> & {
  data: Pick<ActivityView['data'], 'gebieden' | 'themas' | 'doelgroepen' | 'welzijnOpRecept'>;
  organisatie: Pick<ActivityView['organisatie'], 'id' | 'naam'>;
};

export type CoverageGebied = Pick<GebiedView, 'id' | 'naam' | 'gemeente' | 'gemeenteNaam' | 'speerpunten'>;

export interface CoverageRow {
  gebied: CoverageGebied;
  /** Listed activities per theme, in the order of the theme vocabulary. */
  perTheme: { theme: ThemeId; count: number }[];
  welzijnOpRecept: number;
  total: number;
}

const inGebied = (activities: readonly CoverageActivity[], gebiedId: string) =>
  activities.filter((activity) => activity.listed && activity.data.gebieden.includes(gebiedId));

export function coverageRow(gebied: CoverageGebied, activities: readonly CoverageActivity[]): CoverageRow {
  const own = inGebied(activities, gebied.id);
  return {
    gebied,
    perTheme: themes.ids.map((theme) => ({ theme, count: own.filter((activity) => activity.data.themas.includes(theme)).length })),
    welzijnOpRecept: own.filter((activity) => activity.data.welzijnOpRecept).length,
    total: own.length,
  };
}

export interface SpeerpuntCoverage {
  tekst: string;
  themas: readonly ThemeId[];
  doelgroepen: readonly TargetGroupId[];
  /** Whether the editor linked the speerpunt to themes or target groups; without that we cannot count. */
  linked: boolean;
  /** Listed activities in the gebied with one of the themes (if any are given) for one of the groups (if any). */
  count: number;
}

export function speerpuntText(punt: Speerpunt): string {
  return typeof punt === 'string' ? punt : punt.tekst;
}

export function speerpuntCoverage(gebied: CoverageGebied, activities: readonly CoverageActivity[]): SpeerpuntCoverage[] {
  const own = inGebied(activities, gebied.id);
  return gebied.speerpunten.punten.map((punt) => {
    if (typeof punt === 'string') return { tekst: punt, themas: [], doelgroepen: [], linked: false, count: 0 };
    const themas = punt.themas ?? [];
    const doelgroepen = punt.doelgroepen ?? [];
    const count = own.filter(
      (activity) =>
        (themas.length === 0 || activity.data.themas.some((theme) => themas.includes(theme))) &&
        (doelgroepen.length === 0 || activity.data.doelgroepen.some((group) => doelgroepen.includes(group))),
    ).length;
    return { tekst: punt.tekst, themas, doelgroepen, linked: true, count };
  });
}

export interface OrganisationToCheck<T extends CoverageActivity> {
  organisatie: T['organisatie'];
  activities: T[];
}

/** Activities not checked within half a year, grouped per organisation; the longest unchecked first. */
export function toCheckByOrganisation<T extends CoverageActivity>(activities: readonly T[]): OrganisationToCheck<T>[] {
  const groups = new Map<string, OrganisationToCheck<T>>();
  const stale = activities
    .filter((activity) => activity.listed && activity.freshness !== 'recent')
    .toSorted((a, b) => a.checkedOn.localeCompare(b.checkedOn));
  for (const activity of stale) {
    const group: OrganisationToCheck<T> = groups.get(activity.organisatie.id) ?? { organisatie: activity.organisatie, activities: [] };
    group.activities.push(activity);
    groups.set(activity.organisatie.id, group);
  }
  return [...groups.values()];
}

/** The line of one gemeente in the national summary of /voor-professionals/: counts only, never the activities. */
export interface GemeenteCoverageSummary {
  /** Listed activities in the gemeente. */
  activities: number;
  gebieden: number;
  /** Speerpunten linked to themes or target groups with no activity for them: the gaps the gemeente page marks. */
  gaps: number;
  /** Listed activities not checked within half a year (the "Nog controleren" list). */
  toCheck: number;
}

/**
 * `activitiesOf` gives the activities of one gebied and `activities` those of the whole gemeente, both from
 * the catalog's index, so a summary costs what the gemeente holds, not what the country holds.
 */
export function gemeenteCoverageSummary(
  gebieden: readonly CoverageGebied[],
  activitiesOf: (gebiedId: string) => readonly CoverageActivity[],
  activities: readonly CoverageActivity[],
): GemeenteCoverageSummary {
  const gaps = gebieden.reduce((sum, gebied) => sum + speerpuntCoverage(gebied, activitiesOf(gebied.id)).filter(isGap).length, 0);
  const listed = activities.filter((activity) => activity.listed);
  return {
    activities: listed.length,
    gebieden: gebieden.length,
    gaps,
    toCheck: listed.filter((activity) => activity.freshness !== 'recent').length,
  };
}

/** A speerpunt the editor linked to themes or groups, without any activity for it. */
export function isGap(punt: SpeerpuntCoverage): boolean {
  return punt.linked && punt.count === 0;
}

/**
 * The matrix as CSV for a spreadsheet. Semicolons and a byte order mark: Excel with Dutch settings uses the
 * comma as decimal sign, so it only splits columns on ";" when a file is opened with a double click, and it
 * only reads UTF-8 (ë, é) right when the file starts with a BOM.
 */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  const header = ['Gemeente', 'Dorp of wijk', ...themes.all.map((theme) => theme.label), 'Welzijn op Recept', 'Totaal'];
  const records = rows.map((row) => [
    row.gebied.gemeenteNaam,
    row.gebied.naam,
    ...row.perTheme.map((cell) => cell.count),
    row.welzijnOpRecept,
    row.total,
  ]);
  return '\uFEFF' + stringify([header, ...records], { delimiter: ';', record_delimiter: '\r\n' });
}

/** The page of one gemeente for professionals: "/voor-professionals/noordoostpolder/". The national page links it. */
export function professionalsGemeenteHref(gemeente: string): string {
  return `/voor-professionals/${gemeente}/`;
}
