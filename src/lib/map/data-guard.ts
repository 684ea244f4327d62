/**
 * Shape check for the map data a page carries (<script type="application/json" data-map-data>) or loads
 * (a gemeente's points under /data/kaart/; the overview has overview-guard.ts), run by <pk-map> before it draws: data of another shape leaves the list and a message, not a broken map.
 * Browser-safe, no zod (see ../guard.ts).
 */
import { checkData, listOf, number, optional, shape, text, type Check, type Checked } from '../guard';
import type { MapData } from './data';

const texts = listOf(text);

const mapShape = shape({
  a: listOf(
    shape({
      id: text,
      t: text,
      u: text,
      w: optional(text),
      n: optional(shape({ f: text, s: listOf(number), van: text, tot: text })),
      g: text,
      b: texts,
    }),
  ),
  p: listOf(shape({ n: text, lat: number, lon: number, a: listOf(number) })),
  r: number,
  c: optional(shape({ n: text, l: optional(text), lat: number, lon: number })),
});

/** Besides the shape: every place points at activities that exist. */
const mapCheck: Check = (value, path) => {
  const problem = mapShape(value, path);
  if (problem) return problem;
  const data = value as MapData;
  const index = data.p.findIndex((place) =>
    place.a.some((activity) => !Number.isInteger(activity) || activity < 0 || activity >= data.a.length),
  );
  return index === -1 ? undefined : `${path}.p[${index}].a points past the activities`;
};

/** `name` starts every path of a problem: the page's data, or the file a page loaded. */
export function checkMapData(value: unknown, name = 'kaartgegevens'): Checked<MapData> {
  return checkData<MapData>(value, mapCheck, name);
}
