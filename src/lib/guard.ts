/**
 * Small hand-written shape checks for the JSON files the browser loads (search index and shards, the
 * referral data, the map data). zod would do this too, but it must not be shipped to the browser (see
 * the README of src/lib/search), and these files have a handful of shapes: a few lines of checks per
 * shape are smaller than any validator library.
 * A check returns the first problem it finds as a short English path for the console ("records[3].titel is
 * not text"), or undefined when the value fits. Pages turn a problem into their own Dutch message.
 */

export type Check = (value: unknown, path: string) => string | undefined;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

export const text: Check = (value, path) => (typeof value === 'string' ? undefined : `${path} is ${describe(value)}, not text`);

export const number: Check = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : `${path} is ${describe(value)}, not a number`;

export const yesNo: Check = (value, path) => (typeof value === 'boolean' ? undefined : `${path} is ${describe(value)}, not true or false`);

/** Exactly this value, such as a format version. */
export const exactly =
  (expected: string | number): Check =>
  (value, path) =>
    value === expected ? undefined : `${path} is ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`;

export const listOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} is ${describe(value)}, not a list`;
    for (let index = 0; index < value.length; index++) {
      const problem = item(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A list of fixed length with a check per place, such as [date, from, until]. */
export const tuple =
  (...items: Check[]): Check =>
  (value, path) => {
    if (!Array.isArray(value) || value.length !== items.length) return `${path} is not a list of ${items.length}`;
    for (let index = 0; index < items.length; index++) {
      const problem = items[index]!(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A field that may be left out. */
export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

/** An object with at least these fields; other fields are allowed (a newer build may add some). */
export const shape =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path} is ${describe(value)}, not an object`;
    for (const [name, check] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[name], `${path}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };

/** Runs a check on parsed JSON; `T` is the type the check stands for, `name` starts every path ("index.json.v"). */
export function checkData<T>(value: unknown, check: Check, name: string): Checked<T> {
  const problem = check(value, name);
  return problem === undefined ? { ok: true, value: value as T } : { ok: false, problem };
}
