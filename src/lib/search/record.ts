/**
 * What the search knows of one activity: the few fields a result shows or a filter needs,
 * and the words it is found by, split by field so a title match can outrank a body match.
 * Built at build time from the catalog; the browser only ever sees these records.
 */
import type { ActivityView, Freshness } from '../catalog';
import { formatCost } from '../format';
import { roundCoordinate } from '../map/data';
import { isPhysical } from '../schemas';
import { complaints, targetGroups, themes, type ComplaintId, type TargetGroupId, type ThemeId, type Weekday } from '../taxonomy';

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

/** How many coming dates a record keeps, so a browser a few days past the build still shows a next date. */
export const RECORD_DATES = 3;

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
  welzijnOpRecept: boolean;
  gratis: boolean;
  kosten: string;
  rolstoel: boolean;
  zonderAanmelden: boolean;
  dagen: Weekday[];
  dagdelen: DayPartId[];
  opAfspraak: boolean;
  /** Coming dates as [date, from, until]. */
  data: [string, string, string][];
  /** Physical locations as [lat, lon], rounded to about a metre. */
  punten: [number, number][];
  /** The names of those locations, in the same order, for the map. */
  plekken: string[];
  /** Online or at home: no place on the map, distance unknown. */
  opAfstand: boolean;
  actualiteit: Freshness;
  gepauzeerd: boolean;
}

/** The text a record is found by, per field; weights are applied by the ranking. */
export interface RecordText {
  titel: string;
  /** Vocabulary labels and names: themes, target groups, organisation, places. */
  trefwoorden: string;
  /** Summary and body. */
  tekst: string;
}

export function searchRecord(activity: ActivityView): SearchRecord {
  const { data } = activity;
  const rooster = data.rooster;
  const timed = rooster.soort === 'op-afspraak' ? undefined : rooster;
  const physical = activity.locaties.flatMap((locatie) => (isPhysical(locatie) ? [locatie] : []));
  return {
    id: activity.id,
    titel: data.titel,
    samenvatting: data.samenvatting,
    url: activity.url,
    gemeente: activity.gemeente.id,
    gebieden: activity.gebieden.map((gebied) => gebied.id),
    themas: [...data.themas],
    doelgroepen: [...data.doelgroepen],
    klachten: [...(data.welzijnOpRecept?.klachten ?? [])],
    welzijnOpRecept: data.welzijnOpRecept !== undefined,
    gratis: data.kosten.soort === 'gratis',
    kosten: formatCost(data.kosten),
    rolstoel: physical.some((locatie) => locatie.toegankelijkheid.rolstoel),
    zonderAanmelden: !data.aanmelden.nodig,
    dagen: timed ? [...timed.dagen] : [],
    dagdelen: timed ? [dayPartOf(timed.van)] : [],
    opAfspraak: rooster.soort === 'op-afspraak',
    data: activity.upcoming.dates.slice(0, RECORD_DATES).map((date) => [date.date, date.van, date.tot]),
    punten: physical.map((locatie) => [roundCoordinate(locatie.coordinaten.lat), roundCoordinate(locatie.coordinaten.lon)]),
    plekken: physical.map((locatie) => locatie.naam),
    opAfstand: activity.locaties.some((locatie) => !isPhysical(locatie)),
    actualiteit: activity.freshness,
    gepauzeerd: data.status === 'gepauzeerd',
  };
}

export function recordText(activity: ActivityView, body = ''): RecordText {
  const { data } = activity;
  return {
    titel: data.titel,
    trefwoorden: [
      ...data.themas.map((id) => themes.label(id)),
      ...data.doelgroepen.map((id) => targetGroups.label(id)),
      ...(data.welzijnOpRecept?.klachten ?? []).map((id) => complaints.label(id)),
      activity.organisatie.naam,
      ...activity.locaties.map((locatie) => (isPhysical(locatie) ? `${locatie.naam} ${locatie.adres.plaats}` : locatie.naam)),
      ...activity.gebieden.map((gebied) => gebied.naam),
    ].join(' '),
    tekst: `${data.samenvatting} ${body}`,
  };
}
