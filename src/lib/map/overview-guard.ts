/**
 * Shape check for /data/kaart/index.json, the overview the national map loads first (see overview.ts).
 * Apart from data-guard.ts so that only the national map's chunk carries it. Browser-safe, no zod.
 */
import { checkData, exactly, listOf, number, shape, text, tuple, type Checked } from '../guard';
import { MAP_OVERVIEW_VERSION, type MapOverview } from './overview';

const overviewCheck = shape({
  v: exactly(MAP_OVERVIEW_VERSION),
  g: listOf(shape({ id: text, n: text, k: number, lat: number, lon: number, s: tuple(number, number, number, number) })),
  r: number,
});

/** One marker per gemeente, of this very format version; `name` starts every path of a problem. */
export function checkMapOverview(value: unknown, name = 'index.json'): Checked<MapOverview> {
  return checkData<MapOverview>(value, overviewCheck, name);
}
