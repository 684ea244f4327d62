/**
 * Turns content entries into texts to check. Every readable text field of an entry becomes one
 * paragraph of a single text, so the score and averages are about what a resident reads on the
 * page; fields that are names, addresses, contact details, ids or codes are left out.
 * An activity is read in page order: title, summary, body, tip, then the short notes.
 * Offsets are mapped back to the line and column in the source file where possible.
 */
import yaml from 'js-yaml';
import { checkTextWith, type CheckOptions } from './check';
import { TextBuilder } from './segments';
import type { LanguageData, LanguageException, Locate, TextResult, RuleSetName } from './types';

/** Keys whose values are names, codes, ids, contact details or machine values: never checked as prose. */
export const SKIPPED_KEYS: ReadonlySet<string> = new Set([
  'naam',
  'organisatie',
  'locaties',
  'gebieden',
  'gebied',
  'gemeente',
  'themas',
  'doelgroepen',
  'bouwsteen',
  'dimensies',
  'soort',
  'status',
  'talen',
  'klachten',
  'adres',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'email',
  'telefoon',
  'website',
  'url',
  'coordinaten',
  'centrum',
  'lat',
  'lon',
  'van',
  'tot',
  'dagen',
  'weken',
  'eersteKeer',
  'periode',
  'laatstGecontroleerd',
  'registratiecodeWelzijnOpRecept',
  'taaluitzonderingen',
  'schoolvakantieRegio',
  'bedrag',
  'per',
  'jaar',
  'leeftijd',
  'nodig',
  'zonderIndicatie',
  'pauzeInSchoolvakanties',
  'pauzeOpFeestdagen',
  'id',
  'slug',
  'bron',
  'regio',
  'schooljaar',
  'vakanties',
]);

/** Fields shown first on an activity page, in this order; the rest follow in file order. */
const ACTIVITY_ORDER = ['titel', 'samenvatting', '(tekst)', 'welzijnOpRecept.tip'];

const MACHINE_VALUE = /^(?:https?:\/\/\S+|[\w.+-]+@[\w.-]+\.\w+|\+?[\d ]{6,}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[a-z0-9]+(?:-[a-z0-9]+)+)$/;

export interface TextField {
  /** Dotted path of the field, such as "welzijnscoach.spreekuur", or "(tekst)" for a Markdown body. */
  path: string;
  value: string;
}

/** The readable text fields of a parsed entry, in file order. */
export function textFields(data: unknown, path = ''): TextField[] {
  if (typeof data === 'string') {
    const value = data.trim();
    return value === '' || MACHINE_VALUE.test(value) ? [] : [{ path, value }];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => textFields(item, `${path}.${index}`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => (SKIPPED_KEYS.has(key) ? [] : textFields(value, path ? `${path}.${key}` : key)));
  }
  return [];
}

export interface ComposedText {
  text: string;
  locate: Locate;
  fields: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds a field's value in the source, so findings point at the right line. */
function findInSource(source: string, field: TextField, from: number): { start: number; exact: boolean } | undefined {
  const exact = source.indexOf(field.value, from);
  if (exact !== -1) return { start: exact, exact: true };
  const firstWords = field.value.split(/\s+/).slice(0, 4).map(escapeRegExp).join('\\s+');
  const loose = new RegExp(firstWords).exec(source.slice(from));
  if (loose) return { start: from + loose.index, exact: false };
  const key = field.path.split('.').at(-1) ?? '';
  const keyLine = new RegExp(`^[ \\t-]*${escapeRegExp(key)}:`, 'm').exec(source.slice(from));
  return keyLine ? { start: from + keyLine.index, exact: false } : undefined;
}

/**
 * Joins fields into one text, each as its own paragraph. With the source file, offsets map to
 * its lines and columns; without it, to the joined text.
 */
export function composeText(fields: readonly TextField[], source?: string, bodyStart?: number): ComposedText {
  const builder = new TextBuilder();
  let cursor = 0;
  for (const field of fields) {
    builder.breakBlock();
    if (source === undefined) {
      builder.add(field.value);
    } else if (field.path === '(tekst)' && bodyStart !== undefined) {
      const start = source.indexOf(field.value, bodyStart);
      builder.add(field.value, start === -1 ? bodyStart : start, start !== -1);
    } else {
      // Top-level fields come in file order, so the search goes on from the previous one.
      const found = findInSource(source, field, field.path.includes('.') ? 0 : cursor);
      if (found && !field.path.includes('.')) cursor = found.start;
      builder.add(field.value, found?.start, found?.exact ?? false);
    }
  }
  return { ...builder.build(source), fields: fields.map((field) => field.path) };
}

export function orderActivityFields(fields: TextField[]): TextField[] {
  const rank = (path: string) => {
    const index = ACTIVITY_ORDER.indexOf(path);
    return index === -1 ? ACTIVITY_ORDER.length : index;
  };
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field.path) - rank(b.field.path) || a.index - b.index)
    .map(({ field }) => field);
}

function exceptionsOf(data: unknown): LanguageException[] {
  if (!data || typeof data !== 'object' || !('taaluitzonderingen' in data) || !Array.isArray(data.taaluitzonderingen)) return [];
  return data.taaluitzonderingen.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object' || !('tekst' in item) || typeof item.tekst !== 'string') return [];
    const reden = 'reden' in item && typeof item.reden === 'string' ? item.reden : undefined;
    return [reden !== undefined ? { tekst: item.tekst, reden } : { tekst: item.tekst }];
  });
}

export interface ContentEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
  /** Path relative to the project root, for the report. */
  file?: string;
  /** The whole file, to point findings at lines; optional. */
  source?: string;
}

/** A text as the checker gets it: the joined text and the options to check it with. */
export interface CheckInput {
  text: string;
  options: CheckOptions;
}

type EntryOptions = { isActivity?: boolean; extraExceptions?: readonly LanguageException[]; ruleSet?: RuleSetName };

/** The text of one entry of any collection, and how to check it; content is held to the house style unless told otherwise. */
export function entryInput(entry: ContentEntry, options: EntryOptions = {}): CheckInput {
  let fields = textFields(entry.data);
  if (entry.body !== undefined && entry.body.trim() !== '') fields.push({ path: '(tekst)', value: entry.body.trim() });
  if (options.isActivity) fields = orderActivityFields(fields);
  const bodyStart = entry.source !== undefined && entry.body !== undefined ? entry.source.length - entry.body.length : undefined;
  const composed = composeText(fields, entry.source, bodyStart);
  return {
    text: composed.text,
    options: {
      file: entry.file ?? entry.id,
      exceptions: [...exceptionsOf(entry.data), ...(options.extraExceptions ?? [])],
      locate: composed.locate,
      ruleSet: options.ruleSet ?? 'huisstijl',
    },
  };
}

/** Checks one entry of any collection as one text; content is held to the house style unless told otherwise. */
export function checkEntry(entry: ContentEntry, data: LanguageData, options: EntryOptions = {}): TextResult {
  const input = entryInput(entry, options);
  return checkTextWith(input.text, data, input.options);
}

/** What the professionals' view needs per activity: plain data, no functions. */
export interface ActivityLanguageResult {
  id: string;
  verdict: TextResult['verdict'];
  score: TextResult['score'];
  stats: TextResult['stats'];
  reasons: string[];
  findings: TextResult['findings'];
}

export function checkActivity(entry: ContentEntry, data: LanguageData): ActivityLanguageResult {
  const result = checkEntry(entry, data, { isActivity: true });
  return {
    id: entry.id,
    verdict: result.verdict,
    score: result.score,
    stats: result.stats,
    reasons: result.reasons,
    findings: result.findings,
  };
}

/** The B1 result per activity id, for pages that show a score per activity. */
export function checkActivities(entries: readonly ContentEntry[], data: LanguageData): Record<string, ActivityLanguageResult> {
  return Object.fromEntries(entries.map((entry) => [entry.id, checkActivity(entry, data)]));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export interface ParsedContentFile {
  data?: unknown;
  body?: string;
  problem?: string;
}

/** Reads a YAML file or a Markdown file with frontmatter, without the schema: texts are checked even while other fields are unfinished. */
export function parseContentSource(source: string, markdown: boolean): ParsedContentFile {
  let frontmatter = source;
  let body: string | undefined;
  if (markdown) {
    const match = FRONTMATTER.exec(source);
    if (!match) return { data: {}, body: source };
    frontmatter = match[1]!;
    body = match[2]!;
  }
  try {
    const data = yaml.load(frontmatter);
    return body !== undefined ? { data: data ?? {}, body } : { data: data ?? {} };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    return { problem: `De YAML-opmaak klopt niet (${reason}). Controleer eerst het bestand met npm run check:content.` };
  }
}
