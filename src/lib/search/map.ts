/**
 * The map of a search result list: the same activities, from the search records the browser already
 * has, so the search page needs no second download for its map.
 */
import { mapDataOf, type MapCentre, type MapData } from '../map/data';
import type { Hit } from './engine';
import { hitWhenText } from './present';

/** `origin` is the point "dichtbij" measures from, shown on the map as a point of its own. */
export function resultsMapData(hits: readonly Hit[], origin?: MapCentre): MapData {
  return mapDataOf(
    hits.map((hit) => {
      const { record } = hit;
      return {
        activity: { id: record.id, t: record.titel, u: record.url, w: hitWhenText(hit), g: record.gemeente, b: record.gebieden },
        places: record.punten.map(([lat, lon], index) => ({ naam: record.plekken[index] ?? record.titel, lat, lon })),
      };
    }),
    origin,
  );
}
