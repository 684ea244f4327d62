/**
 * Builds the map data from catalog activities at build time: one place per physical address,
 * listing every activity there. Runs on the server only (it needs the schemas).
 */
import type { ActivityView, WithId } from '../catalog';
import { formatDateShort, formatTimeRange } from '../format';
import { isPhysical, type PhysicalLocatie } from '../schemas';
import type { MapActivity, MapCentre, MapData, MapPlace } from './data';

export type { MapActivity, MapCentre, MapData, MapPlace } from './data';
export { activitiesOnMap, visiblePlaces } from './data';

/** Five decimals is about a metre: enough for a building, and it keeps the JSON small. */
export const roundCoordinate = (value: number) => Math.round(value * 1e5) / 1e5;

/** The same text as the activity card shows under "Volgende keer". */
export function whenText(activity: ActivityView): string {
  if (activity.data.status !== 'actief') return activity.data.status === 'gepauzeerd' ? 'Tijdelijk gestopt' : 'Gestopt';
  const next = activity.upcoming.dates[0];
  if (next) return `Volgende keer: ${formatDateShort(next.date)}, ${formatTimeRange(next.van, next.tot)}`;
  return activity.data.rooster.soort === 'op-afspraak' ? 'Op afspraak' : 'Geen datum bekend';
}

export function toMapActivity(activity: ActivityView): MapActivity {
  return {
    id: activity.id,
    t: activity.data.titel,
    u: activity.url,
    w: whenText(activity),
    g: activity.gemeente.id,
    b: activity.gebieden.map((gebied) => gebied.id),
  };
}

/**
 * Two location files can describe the same building (another organisation, another room):
 * they share a marker, so places are keyed by rounded coordinates, not by location id.
 */
const placeKey = (lat: number, lon: number) => `${roundCoordinate(lat)},${roundCoordinate(lon)}`;

export function buildMapData(activities: readonly ActivityView[], centre?: MapCentre): MapData {
  const mapActivities: MapActivity[] = [];
  const places = new Map<string, MapPlace & { names: string[] }>();
  let remote = 0;

  for (const activity of activities) {
    const physical = activity.locaties.filter((locatie): locatie is WithId<PhysicalLocatie> => isPhysical(locatie));
    const index = mapActivities.push(toMapActivity(activity)) - 1;
    if (physical.length === 0) {
      remote++;
      continue;
    }
    for (const locatie of physical) {
      const { lat, lon } = locatie.coordinaten;
      const key = placeKey(lat, lon);
      let place = places.get(key);
      if (!place) {
        place = { n: '', lat: roundCoordinate(lat), lon: roundCoordinate(lon), a: [], names: [] };
        places.set(key, place);
      }
      if (!place.names.includes(locatie.naam)) place.names.push(locatie.naam);
      if (!place.a.includes(index)) place.a.push(index);
    }
  }

  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const p = [...places.values()].map(({ names, ...place }): MapPlace => ({
    ...place,
    n: names.join(' en '),
    a: place.a.sort((x, y) => collator.compare(mapActivities[x]!.t, mapActivities[y]!.t)),
  }));
  return { a: mapActivities, p, r: remote, ...(centre ? { c: { n: centre.n, lat: roundCoordinate(centre.lat), lon: roundCoordinate(centre.lon) } } : {}) };
}

/** The gebied's centre as a map point. */
export function gebiedCentre(gebied: { naam: string; centrum: { lat: number; lon: number } }): MapCentre {
  return { n: gebied.naam, lat: gebied.centrum.lat, lon: gebied.centrum.lon };
}

/** JSON for a `<script type="application/json">`: "<" escaped so content can never close the element. */
export function serialiseMapData(data: MapData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
