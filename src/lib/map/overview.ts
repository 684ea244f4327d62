/**
 * The national map (/kaart/) in two steps, so that nothing it loads grows with the country:
 * - the overview (`/data/kaart/index.json`): one entry per gemeente with where its marker stands, its box
 *   and how many activities have a place there. The map starts with these as clusters;
 * - the map data of one gemeente (`/data/kaart/<gemeente>.json`, a MapData), loaded when the visitor
 *   chooses its marker, zooms in on it, or a search finds activities there.
 * Browser-safe: pure functions, no run-time imports but the bounds helpers.
 */
import { boundsOf, type Bounds } from './bounds';
import { mapDataOf, roundCoordinate, type MapData, type MapEntry } from './data';

export const MAP_DATA_PATH = '/data/kaart';
export const MAP_OVERVIEW_URL = `${MAP_DATA_PATH}/index.json`;
/** Raise when the shape of the overview or of a gemeente's file changes: a page of another version refuses it. */
export const MAP_OVERVIEW_VERSION = 1;

export const gemeenteMapDataUrl = (gemeente: string) => `${MAP_DATA_PATH}/${gemeente}.json`;

export interface MapOverviewGemeente {
  id: string;
  /** Name */
  n: string;
  /** Activities with a place in this gemeente's file: the number on its marker. */
  k: number;
  /** Where its marker stands: the middle of its places. */
  lat: number;
  lon: number;
  /** The box around its places: [south, west, north, east]. */
  s: [number, number, number, number];
}

export interface MapOverview {
  v: number;
  /** Gemeenten with at least one place, in the catalog's order. */
  g: MapOverviewGemeente[];
  /** Activities online or at home, each counted once: they are on no map. */
  r: number;
}

/** A gemeente whose points are not loaded, drawn as one marker with a number. */
export interface MapArea {
  id: string;
  /** Name */
  n: string;
  lat: number;
  lon: number;
  /** Activities behind the marker: all with a place, or those a search found. */
  count: number;
  bounds: Bounds;
}

/** The overview entry of one gemeente's map data; undefined when none of its activities has a place. */
export function overviewEntry(id: string, name: string, data: MapData): MapOverviewGemeente | undefined {
  const box = boundsOf(data.p);
  if (!box) return undefined;
  const onMap = new Set(data.p.flatMap((place) => place.a));
  const middle = (pick: (place: MapData['p'][number]) => number) =>
    roundCoordinate(data.p.reduce((sum, place) => sum + pick(place), 0) / data.p.length);
  return {
    id,
    n: name,
    k: onMap.size,
    lat: middle((place) => place.lat),
    lon: middle((place) => place.lon),
    s: [box.south, box.west, box.north, box.east].map(roundCoordinate) as MapOverviewGemeente['s'],
  };
}

export const boundsOfEntry = (entry: MapOverviewGemeente): Bounds => ({
  south: entry.s[0],
  west: entry.s[1],
  north: entry.s[2],
  east: entry.s[3],
});

/**
 * The markers for the gemeenten not loaded yet. Without a search every gemeente with places; with one,
 * only those where it found something, each with the number it found there.
 */
export function areasToDraw(overview: MapOverview, loaded: ReadonlySet<string>, found?: ReadonlyMap<string, number>): MapArea[] {
  const areas: MapArea[] = [];
  for (const entry of overview.g) {
    if (loaded.has(entry.id)) continue;
    const count = found ? (found.get(entry.id) ?? 0) : entry.k;
    if (count > 0) areas.push({ id: entry.id, n: entry.n, lat: entry.lat, lon: entry.lon, count, bounds: boundsOfEntry(entry) });
  }
  return areas;
}

const overlaps = (a: Bounds, b: Bounds) => a.south <= b.north && b.south <= a.north && a.west <= b.east && b.west <= a.east;

/** The gemeenten among `areas` whose box meets the view, nearest to its middle first, at most `max`. */
export function areasInView(areas: readonly MapArea[], view: Bounds, max: number): MapArea[] {
  const lat = (view.south + view.north) / 2;
  const lon = (view.west + view.east) / 2;
  const distance = (area: MapArea) => (area.lat - lat) ** 2 + ((area.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
  return areas
    .filter((area) => overlaps(area.bounds, view))
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, max);
}

/** How many of the chosen activities each gemeente has; `gemeenten[i]` is the gemeente of `ids[i]`. */
export function countPerGemeente(ids: readonly string[], gemeenten: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const gemeente = gemeenten[index];
    if (gemeente === undefined || seen.has(id)) return;
    seen.add(id);
    counts.set(gemeente, (counts.get(gemeente) ?? 0) + 1);
  });
  return counts;
}

/**
 * The map data of several parts as one (the loaded gemeenten on /kaart/). An activity of two gemeenten is
 * in both files: it is kept once, and places at the same address still share one marker.
 */
export function mergeMapData(parts: readonly MapData[]): MapData {
  if (parts.length === 1) return parts[0]!;
  const entries: MapEntry[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const placesOf = part.a.map((): { naam: string; lat: number; lon: number }[] => []);
    for (const place of part.p) for (const index of place.a) placesOf[index]!.push({ naam: place.n, lat: place.lat, lon: place.lon });
    part.a.forEach((activity, index) => {
      if (seen.has(activity.id)) return;
      seen.add(activity.id);
      entries.push({ activity, places: placesOf[index]! });
    });
  }
  return mapDataOf(entries);
}
