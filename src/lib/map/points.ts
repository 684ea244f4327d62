/**
 * Builds the map data from catalog activities at build time: one place per physical address,
 * listing every activity there, picked from the activity facts. Runs on the server only.
 */
import type { ActivityView } from '../catalog';
import { activityFacts } from '../facts/activity-facts';
import { mapDataOf, type MapActivity, type MapCentre, type MapData } from './data';
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
