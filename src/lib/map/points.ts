/**
 * Builds the map data from catalog activities at build time: one place per physical address,
 * listing every activity there. Runs on the server only (it needs the schemas).
 */
import type { ActivityView, WithId } from '../catalog';
import { activityWhenText } from '../format';
import { isPhysical, type PhysicalLocatie } from '../schemas';
import { mapDataOf, type MapActivity, type MapCentre, type MapData } from './data';
import { packDates } from './packed-dates';

export type { MapActivity, MapCentre, MapData, MapPlace } from './data';
export { activitiesOnMap, roundCoordinate, visiblePlaces } from './data';

export function toMapActivity(activity: ActivityView): MapActivity {
  const dates = activity.data.status === 'actief' ? activity.upcoming.dates : [];
  const packed = packDates(dates.map((occurrence) => occurrence.date));
  return {
    id: activity.id,
    t: activity.data.titel,
    u: activity.url,
    // The stored dates, or the fixed words: the map only exists with JavaScript, so the browser writes "Volgende keer".
    ...(packed ? { n: { ...packed, van: dates[0]!.van, tot: dates[0]!.tot } } : { w: activityWhenText(activity) }),
    g: activity.gemeente.id,
    b: activity.gebieden.map((gebied) => gebied.id),
  };
}

export function buildMapData(activities: readonly ActivityView[], centre?: MapCentre): MapData {
  return mapDataOf(
    activities.map((activity) => ({
      activity: toMapActivity(activity),
      places: activity.locaties
        .filter((locatie): locatie is WithId<PhysicalLocatie> => isPhysical(locatie))
        .map((locatie) => ({ naam: locatie.naam, lat: locatie.coordinaten.lat, lon: locatie.coordinaten.lon })),
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
