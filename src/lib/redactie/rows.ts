/**
 * One spreadsheet row ↔ one content entry, column by column.
 * A column that is missing from a sheet leaves its field as it is in the existing file,
 * so a slimmed-down sheet never wipes data it does not show.
 */
import { readCell, writeCell, type CellValue, type Choice } from './cells';
import type { Column, ContentChoiceList, SheetSpec } from './columns';

export type ChoiceLists = Record<ContentChoiceList, readonly Choice[]>;

export function choicesOf(column: Column, lists: ChoiceLists): readonly Choice[] | undefined {
  if (column.choices === undefined) return undefined;
  return typeof column.choices === 'string' ? lists[column.choices] : column.choices;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

export function getPath(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

function setPath(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = data;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(current[key])) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[path.at(-1)!] = value;
}

function deletePath(data: Record<string, unknown>, path: readonly string[]): void {
  const parent = getPath(data, path.slice(0, -1));
  if (isPlainObject(parent)) delete parent[path.at(-1)!];
}

/** Removes groups left without fields, such as `leeftijd` when both age cells are empty. */
function pruneEmptyGroups(data: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(data)) {
    if (isPlainObject(value)) {
      pruneEmptyGroups(value);
      if (Object.keys(value).length === 0) delete data[key];
    }
  }
  return data;
}

export interface RowFields {
  id?: string;
  data: Record<string, unknown>;
  body?: string;
}

/**
 * The fields of one row. `present` are the columns this sheet has; `existing` is the file's own
 * data (as written, before defaults) when the row changes an existing entry.
 */
export function rowToFields(
  present: readonly { column: Column; index: number }[],
  cells: readonly CellValue[],
  lists: ChoiceLists,
  existing?: { data: Record<string, unknown>; body?: string },
): RowFields {
  const data: Record<string, unknown> = existing ? structuredClone(existing.data) : {};
  let body = existing?.body;
  let id: string | undefined;
  for (const { column } of present) if (typeof column.path !== 'string') deletePath(data, column.path);
  for (const { column, index } of present) {
    const value = readCell(column.kind, cells[index], choicesOf(column, lists));
    if (column.path === 'id') id = typeof value === 'string' ? value : undefined;
    else if (column.path === 'body') body = typeof value === 'string' ? value : undefined;
    else if (value !== undefined) setPath(data, column.path, value);
  }
  pruneEmptyGroups(data);
  const fields: RowFields = { data };
  if (id !== undefined) fields.id = id;
  if (body !== undefined) fields.body = body;
  return fields;
}

/** The cells of one entry for the export, in the order of the sheet's columns. */
export function entryToCells(
  spec: SheetSpec,
  entry: { id: string; data: unknown; body?: string | undefined },
  target: 'xlsx' | 'csv',
): CellValue[] {
  return spec.columns.map((column) => {
    if (column.path === 'id') return entry.id;
    if (column.path === 'body') return entry.body?.trim() ?? null;
    return writeCell(column.kind, getPath(entry.data, column.path), target);
  });
}

/** A value as one line of text, for the field-by-field difference. */
export function displayValue(column: Column, data: unknown, body?: string): string {
  if (column.path === 'id') return '';
  const value = column.path === 'body' ? body?.trim() : writeCell(column.kind, getPath(data, column.path), 'csv');
  if (value === null || value === undefined || value === '') return '(leeg)';
  const text = String(value).replace(/\s*\n\s*/g, ' / ');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
