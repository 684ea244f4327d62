/**
 * What the search knows of one activity: the few fields a result shows or a filter needs,
 * and the words it is found by, split by field so a title match can outrank a body match.
 * Built at build time from the catalog (build.ts); the browser only ever sees these records.
 * Browser-safe: nothing here may import the schemas, or zod would end up in the search page.
 */
import type { Freshness } from '../catalog';
import type { ComplaintId, LanguageId, PlaceStatusId, TargetGroupId, ThemeId, Weekday } from '../taxonomy';

export const dayParts = [
  { id: 'ochtend', label: 'Ochtend', until: '12:00' },
  { id: 'middag', label: 'Middag', until: '18:00' },
  { id: 'avond', label: 'Avond', until: '24:00' },
] as const;
export type DayPartId = (typeof dayParts)[number]['id'];

/** An activity counts for the part of the day in which it starts. */
export function dayPartOf(startTime: string): DayPartId {
  return dayParts.find((part) => startTime < part.until)!.id;
}

export interface SearchRecord {
  id: string;
  titel: string;
  samenvatting: string;
  /** Site-relative path of the activity page. */
  url: string;
  gemeente: string;
  gebieden: string[];
  themas: ThemeId[];
  doelgroepen: TargetGroupId[];
  klachten: ComplaintId[];
  /** The languages spoken at the activity (Dutch by default). */
  talen: LanguageId[];
  welzijnOpRecept: boolean;
  gratis: boolean;
  kosten: string;
  rolstoel: boolean;
  zonderAanmelden: boolean;
  dagen: Weekday[];
  dagdelen: DayPartId[];
  opAfspraak: boolean;
  /** Coming dates as [date, from, until]: STORED_DATES of them, so a browser weeks past the build still finds a next date. */
  data: [string, string, string][];
  /** Physical locations as [lat, lon], rounded to about a metre. */
  punten: [number, number][];
  /** The names of those locations, in the same order, for the map. */
  plekken: string[];
  /** Online or at home: no place on the map, distance unknown. */
  opAfstand: boolean;
  actualiteit: Freshness;
  gepauzeerd: boolean;
  /** Room in the group and the last day that statement holds; the browser checks it against its own today. */
  plaats?: { status: PlaceStatusId; geldigTot: string };
}

/** The text a record is found by, per field; weights are applied by the ranking. */
export interface RecordText {
  titel: string;
  /** Vocabulary labels and names: themes, target groups, organisation, places. */
  trefwoorden: string;
  /** Summary and body. */
  tekst: string;
}
