/**
 * Coming dates in the map data, packed as the first date and the days between, which keeps the page small.
 * Its own module: only the marker code (activity-map-leaflet.ts) unpacks them, the light map script never.
 */
/** { f: '2026-11-24', s: [7, 7] } is 24 November, 1 and 8 December. */
export interface PackedDates {
  f: string;
  s: number[];
}

const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** Sorted plain dates ("YYYY-MM-DD") packed; undefined for none. */
export function packDates(dates: readonly string[]): PackedDates | undefined {
  const [first] = dates;
  if (first === undefined) return undefined;
  return { f: first, s: dates.slice(1).map((date, index) => utcDay(date) - utcDay(dates[index]!)) };
}

export function unpackDates(packed: PackedDates): string[] {
  const dates = [packed.f];
  let day = utcDay(packed.f);
  for (const step of packed.s) dates.push(new Date((day += step) * DAY_MS).toISOString().slice(0, 10));
  return dates;
}
