/**
 * Turns what a spreadsheet cell holds into the value a content file holds, and back.
 * These functions only change the *form* of a value (an Excel date serial into 2026-11-02, "10u"
 * into "10:00", "ja" into true). Whether the value is allowed is never decided here: the row goes
 * through the content schemas afterwards, so a spreadsheet has no rules of its own.
 * A value that cannot be read is passed on unchanged, and the schema names what is wrong with it.
 */
import { slugify } from '../text';

/** A cell after reading: what exceljs or csv-parse gives, with formulas and rich text already resolved. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type CellKind =
  'text' | 'body' | 'choice' | 'list' | 'yesNo' | 'date' | 'time' | 'number' | 'amount' | 'weeks' | 'phone' | 'postcode' | 'houseNumber';

/** A value an editor may type for a choice: the id or its Dutch label. */
export interface Choice {
  id: string;
  label?: string;
}

/** Excel counts days from 30 December 1899 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function isEmptyCell(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoFromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function excelSerialToIso(serial: number): string {
  return isoFromUtc(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

/** "2026-11-02" → a Date at midnight UTC, which exceljs stores as the same calendar day. */
export function isoToCellDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function readDate(value: Exclude<CellValue, null | undefined>): unknown {
  if (value instanceof Date) return isoFromUtc(value);
  if (typeof value === 'number') return value >= 1 && value < 2_958_466 ? excelSerialToIso(value) : value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ]/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // Dutch order: day, month, year ("2-11-2026", "02/11/2026", "2.11.2026").
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch) return `${dutch[3]}-${pad(+dutch[2]!)}-${pad(+dutch[1]!)}`;
  if (/^\d{5}$/.test(text)) return excelSerialToIso(Number(text));
  return text;
}

function readTime(value: Exclude<CellValue, null | undefined>): unknown {
  // Excel keeps a time as a fraction of a day; exceljs shows a time cell as a Date on 30 December 1899.
  if (value instanceof Date) return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  if (typeof value === 'number') {
    if (value >= 0 && value < 1) {
      const minutes = Math.round(value * 24 * 60);
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    return Number.isInteger(value) && value >= 0 && value <= 99 ? `${pad(value)}:00` : String(value);
  }
  if (typeof value !== 'string') return String(value);
  const text = value.trim();
  // "10:00", "10.00", "10u", "10 uur", "9.30u", "10h", "1000" stays as typed.
  const time = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:u|uur|h)?$/i.exec(text);
  if (time && (time[2] !== undefined || /\D$/.test(text))) return `${pad(+time[1]!)}:${time[2] ?? '00'}`;
  return text;
}

function readNumber(value: Exclude<CellValue, null | undefined>): unknown {
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  // A decimal comma is Dutch ("52,6381"); a number column never holds thousands.
  return /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

/** "2,50", "€ 2,50", "2.50" → 2.5. */
function readAmount(value: Exclude<CellValue, null | undefined>): unknown {
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(/^€\s*/, '');
  return /^\d+(?:[.,]\d{1,2})?$/.test(text) ? Number(text.replace(',', '.')) : String(value).trim();
}

const YES = new Set(['ja', 'j', 'yes', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

function readYesNo(value: Exclude<CellValue, null | undefined>): unknown {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return String(value).trim();
}

/** Matches an id, or a label, without caring about capitals, accents or spaces. */
function matchKey(text: string): string {
  return slugify(text);
}

export function resolveChoice(text: string, choices: readonly Choice[] | undefined): string {
  const trimmed = text.trim();
  if (!choices) return trimmed;
  const key = matchKey(trimmed);
  const found =
    choices.find((choice) => choice.id === trimmed) ??
    choices.find((choice) => matchKey(choice.id) === key || (choice.label !== undefined && matchKey(choice.label) === key));
  return found ? found.id : trimmed;
}

export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readWeeks(value: Exclude<CellValue, null | undefined>): unknown[] {
  if (typeof value === 'number') return [value];
  return splitList(String(value)).map((item) => {
    const number = /^(\d)e?$/i.exec(item);
    if (number) return Number(number[1]);
    return item.toLowerCase() === 'laatste' ? 'laatste' : item;
  });
}

/** Excel drops the first 0 of a phone number typed without quotes: 527630000 → "0527630000". */
function readPhone(value: Exclude<CellValue, null | undefined>): unknown {
  if (typeof value === 'number') {
    const digits = String(value);
    return digits.length === 9 ? `0${digits}` : digits;
  }
  return String(value).trim();
}

function readPostcode(value: Exclude<CellValue, null | undefined>): unknown {
  const text = String(value).trim();
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(text);
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : text;
}

function readText(value: Exclude<CellValue, null | undefined>): string {
  if (value instanceof Date) return isoFromUtc(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/**
 * The content value for one cell, or undefined for an empty cell.
 * `choices` lets an editor type a label ("Bewegen en sport") or a name where an id is stored.
 */
export function readCell(kind: CellKind, value: CellValue, choices?: readonly Choice[]): unknown {
  if (value === null || value === undefined || isEmptyCell(value)) return undefined;
  switch (kind) {
    case 'text':
      return readText(value).trim();
    case 'body':
      return readText(value).replace(/\r\n?/g, '\n').trim();
    case 'choice':
      return resolveChoice(readText(value), choices);
    case 'list':
      return splitList(readText(value)).map((item) => resolveChoice(item, choices));
    case 'yesNo':
      return readYesNo(value);
    case 'date':
      return readDate(value);
    case 'time':
      return readTime(value);
    case 'number':
      return readNumber(value);
    case 'amount':
      return readAmount(value);
    case 'weeks':
      return readWeeks(value);
    case 'phone':
      return readPhone(value);
    case 'postcode':
      return readPostcode(value);
    case 'houseNumber':
      return typeof value === 'number' ? value : readText(value).trim();
  }
}

/**
 * The cell for a content value. Dates become real dates in a workbook and ISO text in CSV;
 * times stay text ("10:00") so that Excel does not turn them into fractions of a day.
 */
export function writeCell(kind: CellKind, value: unknown, target: 'xlsx' | 'csv'): CellValue {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case 'list':
    case 'weeks':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'yesNo':
      return value === true ? 'ja' : value === false ? 'nee' : String(value);
    case 'date':
      return target === 'xlsx' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoToCellDate(value) : String(value);
    case 'number':
    case 'amount':
      return typeof value === 'number' ? value : String(value);
    case 'houseNumber':
      return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : String(value);
    default:
      return String(value);
  }
}
