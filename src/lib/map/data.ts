/**
 * The map data that goes into a page, and the helpers the browser needs on it.
 * No run-time imports, so the map script stays small; the search page builds its map from search records with it too. It is serialised into the page: field names are
 * short and nothing is repeated (a place refers to its activities by index).
 */
import type { PackedDates } from './packed-dates';

export interface MapActivity {
  id: string;
  /** Title */
  t: string;
  /** URL of the activity page */
  u: string;
  /** When, as the card says it, for an activity without coming dates ("Op afspraak") or from the search. */
  w?: string;
  /**
   * Instead of `w`: the coming dates (STORED_DATES, see packDates) and their time. The popup names the first
   * from the visitor's today, since the page may be weeks older than the visit (upcoming.ts).
   */
  n?: PackedDates & { van: string; tot: string };
  /** Gemeente id, so a filter can choose activities without the list */
  g: string;
  /** Gebied ids */
  b: string[];
}

export interface MapPlace {
  /** Name of the building or spot */
  n: string;
  lat: number;
  lon: number;
  /** Indexes into MapData.a, in title order */
  a: number[];
}

export interface MapCentre {
  /** Name of the gebied */
  n: string;
  /** The legend, when it is not simply the centre of a gebied. */
  l?: string;
  lat: number;
  lon: number;
}

export interface MapData {
  a: MapActivity[];
  p: MapPlace[];
  /** Activities without a physical place (online or at home): on the list, not on the map. */
  r: number;
  /** The gebied's centre, shown as its own point. */
  c?: MapCentre;
}

/** Ids of the activities that have a marker. */
export function activitiesOnMap(data: MapData): Set<string> {
  return new Set(data.p.flatMap((place) => place.a.map((index) => data.a[index]!.id)));
}

/** The places with at least one visible activity, each listing only its visible activities. */
export function visiblePlaces(data: MapData, visible: ReadonlySet<string> | null): { place: MapPlace; index: number; shown: number[] }[] {
  const result: { place: MapPlace; index: number; shown: number[] }[] = [];
  data.p.forEach((place, index) => {
    const shown = visible ? place.a.filter((activity) => visible.has(data.a[activity]!.id)) : place.a;
    if (shown.length > 0) result.push({ place, index, shown });
  });
  return result;
}

/** One activity and the physical places where it is; an empty list means online or at home. */
export interface MapEntry {
  activity: MapActivity;
  places: readonly { naam: string; lat: number; lon: number }[];
}

/** Five decimals is about a metre: enough for a building, and it keeps the JSON small. */
export const roundCoordinate = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * Two location files can describe the same building (another organisation, another room):
 * they share a marker, so places are keyed by rounded coordinates, not by location id.
 */
const placeKey = (lat: number, lon: number) => `${roundCoordinate(lat)},${roundCoordinate(lon)}`;

/** The map data of some activities: one place per address, listing every activity there in title order. */
export function mapDataOf(entries: readonly MapEntry[], centre?: MapCentre): MapData {
  const activities: MapActivity[] = [];
  const places = new Map<string, MapPlace & { names: string[] }>();
  let remote = 0;
  for (const entry of entries) {
    const index = activities.push(entry.activity) - 1;
    if (entry.places.length === 0) remote++;
    for (const { naam, lat, lon } of entry.places) {
      const key = placeKey(lat, lon);
      let place = places.get(key);
      if (!place) {
        place = { n: '', lat: roundCoordinate(lat), lon: roundCoordinate(lon), a: [], names: [] };
        places.set(key, place);
      }
      if (!place.names.includes(naam)) place.names.push(naam);
      if (!place.a.includes(index)) place.a.push(index);
    }
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const p = [...places.values()].map(({ names, ...place }): MapPlace => ({
    ...place,
    n: names.join(' en '),
    a: place.a.sort((x, y) => collator.compare(activities[x]!.t, activities[y]!.t)),
  }));
  return {
    a: activities,
    p,
    r: remote,
    ...(centre ? { c: { ...centre, lat: roundCoordinate(centre.lat), lon: roundCoordinate(centre.lon) } } : {}),
  };
}

/** The words beside the centre's symbol under the map. */
export function centreLegend(centre: MapCentre): string {
  return centre.l ?? `Het midden van ${centre.n}`;
}
