/**
 * The map data that goes into a page, and the helpers the browser needs on it.
 * No imports, so the map script stays small. It is serialised into the page: field names are
 * short and nothing is repeated (a place refers to its activities by index).
 */

export interface MapActivity {
  id: string;
  /** Title */
  t: string;
  /** URL of the activity page */
  u: string;
  /** When: the next date, or why there is none, as shown on the card */
  w: string;
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

