/**
 * Builds the map data from catalog activities at build time: one place per physical address,
 * listing every activity there, picked from the activity facts. Runs on the server only.
 */
import { activitiesInGemeente, type ActivityView, type Catalog, type GemeenteView } from '../catalog';
import { activityFacts } from '../facts/activity-facts';
import { mapDataOf, type MapActivity, type MapCentre, type MapData } from './data';
import { MAP_OVERVIEW_VERSION, overviewEntry, type MapOverview } from './overview';
import { packDates } from './packed-dates';

export type { MapActivity, MapCentre, MapData, MapPlace } from './data';
export { activitiesOnMap, roundCoordinate, visiblePlaces } from './data';

export function toMapActivity(activity: ActivityView): MapActivity {
  const facts = activityFacts(activity);
  const dates = facts.komendeData;
  const packed = packDates(dates.map((occurrence) => occurrence.date));
  return {
    id: facts.id,
    t: facts.titel,
    u: facts.url,
    // The stored dates, or the fixed words: the map only exists with JavaScript, so the browser writes "Volgende keer".
    ...(packed ? { n: { ...packed, van: dates[0]!.van, tot: dates[0]!.tot } } : { w: facts.wanneerKort }),
    g: facts.gemeente.id,
    b: facts.gebieden.map((gebied) => gebied.id),
  };
}

export function buildMapData(activities: readonly ActivityView[], centre?: MapCentre): MapData {
  return mapDataOf(
    activities.map((activity) => ({
      activity: toMapActivity(activity),
      places: activityFacts(activity).adressen.map((place) => ({ naam: place.naam, lat: place.lat, lon: place.lon })),
    })),
    centre,
  );
}

/** The gebied's centre as a map point. */
export function gebiedCentre(gebied: { naam: string; centrum: { lat: number; lon: number } }): MapCentre {
  return { n: gebied.naam, lat: gebied.centrum.lat, lon: gebied.centrum.lon };
}

/** JSON for a `<script type="application/json">`: "<" escaped so content can never close the element. */
export function serialiseMapData(data: MapData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface SiteMapData {
  /** /data/kaart/index.json */
  overview: MapOverview;
  /** /data/kaart/<gemeente>.json, for every gemeente with activities */
  gemeenten: Map<string, MapData>;
  /** The gemeenten with activities and how many, for the list of /kaart/ */
  groups: { gemeente: GemeenteView; count: number }[];
  /** Activities in all, each once */
  total: number;
}

const made = new WeakMap<Catalog, SiteMapData>();

/** The national map's files, made once per catalog: the overview page and every gemeente's file share it. */
export function siteMapData(catalog: Catalog): SiteMapData {
  const cached = made.get(catalog);
  if (cached) return cached;
  const gemeenten = new Map<string, MapData>();
  const groups: SiteMapData['groups'] = [];
  const entries: MapOverview['g'] = [];
  const remote = new Set<string>();
  const all = new Set<string>();
  for (const gemeente of catalog.gemeenten) {
    const activities = activitiesInGemeente(catalog, gemeente.id);
    if (activities.length === 0) continue;
    const data = buildMapData(activities);
    gemeenten.set(gemeente.id, data);
    groups.push({ gemeente, count: activities.length });
    const entry = overviewEntry(gemeente.id, gemeente.naam, data);
    if (entry) entries.push(entry);
    // An activity of two gemeenten is in both files, but is one activity.
    const onMap = new Set(data.p.flatMap((place) => place.a));
    data.a.forEach((activity, index) => {
      all.add(activity.id);
      if (!onMap.has(index)) remote.add(activity.id);
    });
  }
  const site: SiteMapData = { overview: { v: MAP_OVERVIEW_VERSION, g: entries, r: remote.size }, gemeenten, groups, total: all.size };
  made.set(catalog, site);
  return site;
}
