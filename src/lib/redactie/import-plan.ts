/**
 * What an import would do, row by row, before anything is written.
 * Every row goes through the same checks as a content file: the zod schema of its collection
 * (`content-validation.ts`), the references between files (`content-integrity.ts`) and the B1
 * check (`taal/`). This module adds no rules of its own; it only says which row and column a
 * problem comes from. Pure: the caller reads the workbook and the content, and writes the files.
 */
import type { z } from 'astro/zod';
import { checkIntegrity, type ContentEntries, type ContentProblem, type Entry } from '../content-integrity';
import { collectionSchemas, markdownCollections, validateFile } from '../content-validation';
import { checkEntry } from '../taal/content';
import type { LanguageData } from '../taal/types';
import { closestMatch, slugify } from '../text';
import { isEmptyCell, type CellValue } from './cells';
import {
  columnForHeader,
  columnLetter,
  GUIDE_SHEET,
  headerKey,
  LISTS_SHEET,
  SHEETS,
  type Column,
  type SheetCollection,
  type SheetSpec,
} from './columns';
import { formatContentFile, leadingComments, parseRawContent } from './content-file';
import { displayValue, getPath, rowToFields } from './rows';
import { contentChoiceLists } from './selection';

export type Severity = 'fout' | 'let op';

/** One message in the report: where (sheet, row, column), what is wrong, and what to do. */
export interface ImportMessage {
  severity: Severity;
  sheet?: string;
  row?: number;
  /** Column header and letter, such as "Dagen" and "Q". */
  column?: string;
  letter?: string;
  message: string;
}

export interface SheetInput {
  name: string;
  headers: readonly string[];
  rows: readonly { number: number; cells: readonly CellValue[] }[];
}

/** A workbook or CSV file as read, with what the reader noticed about single cells (formulas, merged cells). */
export interface WorkbookInput {
  sheets: readonly SheetInput[];
  messages: readonly ImportMessage[];
}

export type RowStatus = 'nieuw' | 'gewijzigd' | 'gelijk' | 'fout';

export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface RowResult {
  sheet: string;
  row: number;
  collection: SheetCollection;
  id: string;
  /** Where the file is or will be, relative to the project root. */
  file: string;
  status: RowStatus;
  /** Only for an existing entry that changes: each column that differs. */
  changes: FieldChange[];
  messages: ImportMessage[];
  /** The new text of the file, for rows that are new or changed and valid. */
  text?: string;
}

export interface ImportPlan {
  rows: RowResult[];
  /** Messages about the file as a whole, and notes about cells that did not stop a row. */
  messages: ImportMessage[];
  /** True when every row is valid and the file as a whole has no errors. */
  valid: boolean;
}

export interface ExistingContent {
  entries: ContentEntries;
  existingIds?: Partial<Record<keyof ContentEntries, readonly string[]>>;
  /** The text of a content file, by its path relative to the project root. */
  readSource(file: string): string;
}

export interface PlanOptions {
  /** The B1 checker's data; without it the B1 check is skipped (only for tests of other parts). */
  language?: LanguageData;
}

type AnyEntry = Entry<any>;

/** A problem about a group of fields (such as "contact") names at most this many of its columns. */
const MAX_COLUMNS_NAMED = 3;

export function specForSheet(sheet: SheetInput): SheetSpec | undefined {
  return SHEETS.find((spec) => headerKey(spec.sheetName) === headerKey(sheet.name));
}

/** A CSV file, or a sheet with another name: the spec whose headers it matches best. */
function specByHeaders(sheet: SheetInput): SheetSpec | undefined {
  let best: { spec: SheetSpec; score: number } | undefined;
  for (const spec of SHEETS) {
    const score = sheet.headers.filter(
      (header) => header.trim() !== '' && columnForHeader(spec, header) && headerKey(header) !== 'code',
    ).length;
    if (score >= 2 && (!best || score > best.score)) best = { spec, score };
  }
  return best?.spec;
}

interface MappedSheet {
  sheet: SheetInput;
  spec: SheetSpec;
  present: { column: Column; index: number }[];
}

function mapColumns(sheet: SheetInput, spec: SheetSpec, messages: ImportMessage[]): MappedSheet {
  const present: MappedSheet['present'] = [];
  const unknown: { header: string; index: number }[] = [];
  sheet.headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const column = columnForHeader(spec, header);
    if (!column) {
      unknown.push({ header: header.trim(), index });
    } else if (present.some((known) => known.column === column)) {
      messages.push({
        severity: 'fout',
        sheet: sheet.name,
        row: 1,
        column: header.trim(),
        letter: columnLetter(index),
        message: `De kolom "${column.header}" staat er twee keer. Haal één van de twee weg.`,
      });
    } else {
      present.push({ column, index });
    }
  });
  const missing = spec.columns.filter((column) => column.required && !present.some((known) => known.column === column));
  for (const column of missing) {
    const renamed = closestMatch(
      column.header,
      unknown.map((item) => item.header),
    );
    messages.push({
      severity: 'fout',
      sheet: sheet.name,
      row: 1,
      column: column.header,
      message:
        `De kolom "${column.header}" ontbreekt.` +
        (renamed
          ? ` Heet die kolom nu "${renamed}"? Geef hem weer de naam "${column.header}".`
          : ` Zet de kolom terug in rij 1. U vindt hem in een nieuwe export.`),
    });
  }
  for (const item of unknown) {
    if (missing.some((column) => closestMatch(column.header, [item.header]) === item.header)) continue;
    const suggestion = closestMatch(
      item.header,
      spec.columns.map((column) => column.header),
    );
    messages.push({
      severity: 'let op',
      sheet: sheet.name,
      row: 1,
      column: item.header,
      letter: columnLetter(item.index),
      message: `De kolom "${item.header}" kennen we niet. We lezen hem niet.${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`,
    });
  }
  return { sheet, spec, present };
}

/** The column a schema problem belongs to: the one whose field is the problem's field, or contains it. */
function columnsForPath(spec: SheetSpec, path: readonly PropertyKey[]): Column[] {
  const keys = path.filter((key): key is string => typeof key === 'string');
  let best: Column | undefined;
  for (const column of spec.columns) {
    if (typeof column.path === 'string') continue;
    if (
      column.path.length <= keys.length &&
      column.path.every((key, index) => keys[index] === key) &&
      (!best || column.path.length > (best.path as string[]).length)
    )
      best = column;
  }
  if (best) return [best];
  return spec.columns
    .filter((column) => typeof column.path !== 'string' && keys.every((key, index) => column.path[index] === key))
    .slice(0, MAX_COLUMNS_NAMED);
}

function locate(mapped: MappedSheet, row: number, columns: readonly Column[]): Pick<ImportMessage, 'sheet' | 'row' | 'column' | 'letter'> {
  const where: Pick<ImportMessage, 'sheet' | 'row' | 'column' | 'letter'> = { sheet: mapped.sheet.name, row };
  if (columns.length > 0) where.column = columns.map((column) => column.header).join(' / ');
  const index = mapped.present.find((item) => item.column === columns[0])?.index;
  if (index !== undefined && columns.length === 1) where.letter = columnLetter(index);
  return where;
}

function schemaMessages(mapped: MappedSheet, row: number, issues: readonly z.core.$ZodIssue[]): ImportMessage[] {
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
    return { severity: 'fout', ...locate(mapped, row, columnsForPath(mapped.spec, path)), message: issue.message };
  });
}

/** "gebieden (nummer 2)" or "tekst, regel 3" → the column of that field. */
function columnsForProblemField(spec: SheetSpec, field: string): Column[] {
  const name = /^[A-Za-z]+/.exec(field)?.[0];
  if (name === 'tekst') return spec.columns.filter((column) => column.path === 'body');
  return spec.columns.filter((column) => typeof column.path !== 'string' && column.path[0] === name).slice(0, 1);
}

/** The new file's id when the row has no code: "Wandelgroep" in Ens → "wandelgroep-ens". */
function newId(spec: SheetSpec, data: Record<string, unknown>): string | undefined {
  const name = spec.collection === 'activiteiten' ? data.titel : data.naam;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  const base = slugify(name);
  const gebied =
    spec.collection === 'activiteiten'
      ? Array.isArray(data.gebieden)
        ? data.gebieden[0]
        : undefined
      : spec.collection === 'locaties'
        ? data.gebied
        : undefined;
  return typeof gebied === 'string' && gebied !== '' && !base.endsWith(gebied) ? `${base}-${slugify(gebied)}` : base;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
    return (
      keysA.length === keysB.length &&
      keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return false;
}

/** "Likely the same activity": same title, gebieden and schedule. */
function duplicateKey(data: Record<string, unknown>): string {
  const gebieden = Array.isArray(data.gebieden) ? [...(data.gebieden as string[])].sort().join(',') : '';
  return `${slugify(String(data.titel ?? ''))}|${gebieden}|${JSON.stringify(data.rooster)}`;
}

/**
 * Leaves out fields the schema filled in with a default but the row did not set,
 * and `zonderIndicatie: true`, which the content never writes (it is true in the whole sociale basis).
 */
function fieldsToWrite(
  collection: SheetCollection,
  output: unknown,
  written: unknown,
  original: Record<string, unknown> | undefined,
): unknown {
  if (Array.isArray(output) || output === null || typeof output !== 'object') return output;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(output as Record<string, unknown>)) {
    const source = written && typeof written === 'object' ? (written as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    if (
      collection === 'activiteiten' &&
      original !== undefined &&
      key === 'zonderIndicatie' &&
      value === true &&
      !('zonderIndicatie' in original)
    )
      continue;
    if (collection === 'activiteiten' && original === undefined && key === 'zonderIndicatie' && value === true) continue;
    result[key] = fieldsToWrite(collection, value, source, undefined);
  }
  return result;
}

interface WorkRow {
  mapped: MappedSheet;
  result: RowResult;
  entry?: AnyEntry;
  names: string[];
}

function gemeenteFolder(
  collection: SheetCollection,
  data: Record<string, unknown>,
  entries: ContentEntries,
  rows: readonly WorkRow[],
  id: string,
): string | undefined {
  const gebiedOf = (gebiedId: unknown) => entries.gebieden.find((gebied) => gebied.id === gebiedId)?.data;
  if (collection === 'activiteiten' && Array.isArray(data.gebieden)) return gebiedOf(data.gebieden[0])?.gemeente;
  if (collection === 'locaties' && data.gebied !== undefined) return gebiedOf(data.gebied)?.gemeente;
  // An organisation, or a place without a gebied: the gemeente of the first activity that names it.
  for (const row of rows) {
    if (row.result.collection !== 'activiteiten' || !row.entry) continue;
    const activity = row.entry.data as { organisatie: string; locaties: string[]; gebieden: string[] };
    const names = collection === 'organisaties' ? activity.organisatie === id : activity.locaties.includes(id);
    const gebied = names ? gebiedOf(activity.gebieden[0]) : undefined;
    if (gebied) return gebied.gemeente;
  }
  const existingActivity = entries.activiteiten.find((activity) =>
    collection === 'organisaties' ? activity.data.organisatie === id : activity.data.locaties.includes(id),
  );
  return existingActivity ? gebiedOf(existingActivity.data.gebieden[0])?.gemeente : undefined;
}

function languageMessages(row: WorkRow, language: LanguageData): ImportMessage[] {
  const entry = row.entry!;
  const result = checkEntry({ id: entry.id, data: entry.data, body: entry.body, file: row.result.file }, language, {
    isActivity: row.result.collection === 'activiteiten',
    extraExceptions: row.names.map((tekst) => ({ tekst })),
  });
  if (result.verdict === 'B1') return [];
  const textColumns = row.mapped.spec.columns.filter((column) => column.kind === 'text' || column.kind === 'body');
  const columnOf = (words: readonly string[]) =>
    textColumns.filter((column) => {
      const value = column.path === 'body' ? entry.body : getPath(entry.data, column.path as string[]);
      return typeof value === 'string' && words.every((word) => value.includes(word));
    });
  const errors = result.findings.filter((finding) => finding.severity === 'fout');
  const messages: ImportMessage[] = errors.map((finding) => ({
    severity: 'fout',
    ...locate(row.mapped, row.result.row, columnOf(finding.words).slice(0, 1)),
    message: `Taalcheck: ${finding.message} ${finding.suggestion}`.trim(),
  }));
  if (errors.length === 0) {
    messages.push({
      severity: 'fout',
      ...locate(row.mapped, row.result.row, []),
      message:
        `Taalcheck: de tekst ${result.verdict === 'niet B1' ? 'is niet B1' : 'past niet bij de huisstijl'}. ${result.reasons.join(' ')}`.trim(),
    });
  }
  return messages;
}

export function planImport(workbook: WorkbookInput, existing: ExistingContent, options: PlanOptions = {}): ImportPlan {
  const { entries } = existing;
  const messages: ImportMessage[] = [...workbook.messages.filter((message) => message.row === undefined)];
  const cellMessages = workbook.messages.filter((message) => message.row !== undefined);
  const lists = contentChoiceLists(entries);
  // New organisations and places from this file may be named in an activity row, by code or by name.
  const addChoice = (collection: SheetCollection, id: string, data: Record<string, unknown>) => {
    if (collection === 'activiteiten') return;
    const list = lists[collection] as { id: string; label?: string }[];
    if (!list.some((choice) => choice.id === id)) list.push(typeof data.naam === 'string' ? { id, label: data.naam } : { id });
  };

  const mappedSheets: MappedSheet[] = [];
  for (const sheet of workbook.sheets) {
    if ([GUIDE_SHEET, LISTS_SHEET].some((name) => headerKey(name) === headerKey(sheet.name))) continue;
    const spec = specForSheet(sheet) ?? specByHeaders(sheet);
    if (!spec || mappedSheets.some((mapped) => mapped.spec === spec)) {
      if (sheet.rows.some((row) => row.cells.some((cell) => !isEmptyCell(cell)))) {
        messages.push({
          severity: 'let op',
          sheet: sheet.name,
          message: `Het werkblad "${sheet.name}" lezen we niet. Zet activiteiten op het blad "Activiteiten", organisaties op "Organisaties" en plekken op "Plekken".`,
        });
      }
      continue;
    }
    mappedSheets.push(mapColumns(sheet, spec, messages));
  }
  if (mappedSheets.length === 0) {
    messages.push({
      severity: 'fout',
      message: 'We vinden geen werkblad met activiteiten, organisaties of plekken. Begin met een export: npm run spreadsheet:export.',
    });
  }
  // Organisations and places first: a new activity may name a new place from the same file.
  mappedSheets.sort((a, b) => (a.spec.collection === 'activiteiten' ? 1 : 0) - (b.spec.collection === 'activiteiten' ? 1 : 0));

  const work: WorkRow[] = [];
  const seenIds = new Map<string, number>();
  const duplicateKeys = new Map(
    entries.activiteiten.map((entry) => [duplicateKey(entry.data as Record<string, unknown>), entry.id] as const),
  );

  for (const mapped of mappedSheets) {
    const { spec, sheet } = mapped;
    const schema = collectionSchemas[spec.collection];
    const markdown = markdownCollections.has(spec.collection);
    for (const input of sheet.rows) {
      if (input.cells.every(isEmptyCell)) continue;
      const rowMessages: ImportMessage[] = cellMessages.filter((message) => message.sheet === sheet.name && message.row === input.number);
      const codeColumn = mapped.present.find((item) => item.column.path === 'id');
      const code = codeColumn ? String(input.cells[codeColumn.index] ?? '').trim() : '';
      const existingEntry = code === '' ? undefined : (entries[spec.collection] as AnyEntry[]).find((entry) => entry.id === code);
      const source = existingEntry ? existing.readSource(existingEntry.file) : undefined;
      const original = source !== undefined ? parseRawContent(source, markdown) : undefined;
      const fields = rowToFields(mapped.present, input.cells, lists, original);
      const id = code !== '' ? code : newId(spec, fields.data);
      const result: RowResult = {
        sheet: sheet.name,
        row: input.number,
        collection: spec.collection,
        id: id ?? '',
        file: existingEntry?.file ?? '',
        status: 'fout',
        changes: [],
        messages: rowMessages,
      };
      const row: WorkRow = { mapped, result, names: [] };
      work.push(row);

      if (id === undefined) {
        result.messages.push({
          severity: 'fout',
          ...locate(mapped, input.number, spec.columns.slice(1, 2)),
          message: `Deze rij heeft geen ${spec.collection === 'activiteiten' ? 'titel' : 'naam'}. Vul die in, of maak de rij helemaal leeg.`,
        });
        continue;
      }
      if (slugify(id) !== id) {
        result.messages.push({
          severity: 'fout',
          ...locate(mapped, input.number, spec.columns.slice(0, 1)),
          message: `De code "${id}" mag alleen kleine letters, cijfers en streepjes hebben, zoals ${slugify(id) || 'wandelgroep-ens'}.`,
        });
        continue;
      }
      if (code === '' && (entries[spec.collection] as AnyEntry[]).some((entry) => entry.id === id)) {
        result.messages.push({
          severity: 'fout',
          ...locate(mapped, input.number, spec.columns.slice(0, 1)),
          message: `Er is al een ${spec.rowNoun} met de code "${id}". Wilt u die wijzigen? Zet dan "${id}" in de kolom Code. Is het een andere ${spec.rowNoun}? Geef hem dan een andere naam.`,
        });
        continue;
      }

      const firstRow = seenIds.get(`${spec.collection}/${id}`);
      if (firstRow !== undefined) {
        result.messages.push({
          severity: 'fout',
          ...locate(mapped, input.number, spec.columns.slice(0, 1)),
          message: `De code "${id}" staat ook in rij ${firstRow}. Elke ${spec.rowNoun} staat maar één keer in het blad. Haal één van de twee rijen weg.`,
        });
        continue;
      }
      seenIds.set(`${spec.collection}/${id}`, input.number);
      addChoice(spec.collection, id, fields.data);
      const parsed = schema.safeParse(fields.data);
      if (!parsed.success) {
        result.messages.push(...schemaMessages(mapped, input.number, parsed.error.issues));
        continue;
      }
      const data = parsed.data as Record<string, unknown>;
      if (markdown && fields.body === undefined) {
        result.messages.push({
          severity: 'fout',
          ...locate(
            mapped,
            input.number,
            spec.columns.filter((column) => column.path === 'body'),
          ),
          message: 'De tekst is leeg. Schrijf een paar korte zinnen over de activiteit.',
        });
        continue;
      }
      row.entry = { id, file: '', data, ...(markdown ? { body: fields.body ?? '' } : {}) };
      row.names = [data.naam, getPath(data, ['contact', 'naam'])].filter((name): name is string => typeof name === 'string');

      if (existingEntry) {
        const sameBody = !markdown || (existingEntry.body ?? '').trim() === (fields.body ?? '').trim();
        if (deepEqual(existingEntry.data, data) && sameBody) {
          result.status = 'gelijk';
          row.entry = undefined;
          continue;
        }
        result.changes = spec.columns
          .filter((column) => column.path !== 'id')
          .map((column) => ({
            column: column.header,
            before: displayValue(column, existingEntry.data, existingEntry.body),
            after: displayValue(column, data, fields.body),
          }))
          .filter((change) => change.before !== change.after);
        result.status = 'gewijzigd';
      } else {
        result.status = 'nieuw';
        if (spec.collection === 'activiteiten') {
          const twin = duplicateKeys.get(duplicateKey(data));
          if (twin !== undefined) {
            result.messages.push({
              severity: 'fout',
              ...locate(mapped, input.number, spec.columns.slice(1, 2)),
              message: `Deze activiteit lijkt op "${twin}": dezelfde titel, hetzelfde gebied en dezelfde tijden. We zetten hem er niet twee keer in. Is het dezelfde? Zet dan "${twin}" in de kolom Code.`,
            });
          }
          duplicateKeys.set(duplicateKey(data), id);
        }
      }
      const toWrite = fieldsToWrite(spec.collection, data, fields.data, original?.data) as Record<string, unknown>;
      result.text = formatContentFile(
        schema,
        toWrite,
        markdown ? fields.body : undefined,
        source !== undefined && !markdown ? leadingComments(source) : '',
      );
    }
  }

  // Folders for new files, then the checks that need every file: B1 and references.
  for (const row of work) {
    if (row.result.status !== 'nieuw' || !row.entry) continue;
    const gemeente = gemeenteFolder(row.result.collection, row.entry.data, entries, work, row.result.id);
    if (gemeente === undefined) {
      row.result.messages.push({
        severity: 'fout',
        ...locate(row.mapped, row.result.row, []),
        message: `We weten niet bij welke gemeente deze ${row.mapped.spec.rowNoun} hoort. Noem hem bij een activiteit op het blad Activiteiten.`,
      });
      continue;
    }
    row.result.file = `content/${row.result.collection}/${gemeente}/${row.result.id}.${markdownCollections.has(row.result.collection) ? 'md' : 'yaml'}`;
  }
  for (const row of work) {
    if (!row.entry || !row.result.text || row.result.messages.some((message) => message.severity === 'fout')) continue;
    row.entry.file = row.result.file;
    // The file as it will be written must pass check:content on its own, like any hand-made file.
    const reread = validateFile(row.result.collection, row.result.file, row.result.text);
    if (!reread.data) {
      row.result.messages.push(
        ...reread.problems.map((problem) => ({
          severity: 'fout' as const,
          ...locate(row.mapped, row.result.row, []),
          message: problem.message,
        })),
      );
    } else if (options.language) {
      row.result.messages.push(...languageMessages(row, options.language));
    }
  }

  const baseline = new Set(checkIntegrity(entries, existing.existingIds).map(problemKey));
  for (;;) {
    const candidates = work.filter(
      (row) => row.entry && row.result.text && !row.result.messages.some((message) => message.severity === 'fout'),
    );
    const merged = mergeEntries(entries, candidates);
    const byFile = new Map(candidates.map((row) => [row.result.file, row]));
    let added = false;
    const otherFiles: ContentProblem[] = [];
    for (const problem of checkIntegrity(merged, existing.existingIds)) {
      const row = byFile.get(problem.file);
      if (row) {
        row.result.messages.push({
          severity: 'fout',
          ...locate(row.mapped, row.result.row, columnsForProblemField(row.mapped.spec, problem.field)),
          message: problem.message,
        });
        added = true;
      } else if (!baseline.has(problemKey(problem))) {
        otherFiles.push(problem);
      }
    }
    if (added) continue;
    for (const problem of otherFiles) {
      messages.push({
        severity: 'fout',
        message: `Door deze wijzigingen klopt ${problem.file} niet meer (veld "${problem.field}"): ${problem.message}`,
      });
    }
    break;
  }

  for (const row of work) {
    if (row.result.messages.some((message) => message.severity === 'fout')) {
      row.result.status = 'fout';
      delete row.result.text;
    }
  }
  const rows = work.map((row) => row.result).sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  const valid = !messages.some((message) => message.severity === 'fout') && rows.every((row) => row.status !== 'fout');
  return { rows, messages, valid };
}

const problemKey = (problem: ContentProblem) => `${problem.file}|${problem.field}|${problem.message}`;

function mergeEntries(entries: ContentEntries, rows: readonly WorkRow[]): ContentEntries {
  const merged = { ...entries } as Record<keyof ContentEntries, AnyEntry[]>;
  for (const row of rows) {
    const collection = row.result.collection;
    merged[collection] = [...merged[collection].filter((entry) => entry.id !== row.result.id), row.entry!];
  }
  return merged as ContentEntries;
}

/** The rows whose files an import writes: new rows with --write, changed rows with --update. */
export function rowsToWrite(plan: ImportPlan, options: { write: boolean; update: boolean }): RowResult[] {
  if (plan.messages.some((message) => message.severity === 'fout')) return [];
  return plan.rows.filter(
    (row) => row.text !== undefined && ((row.status === 'nieuw' && options.write) || (row.status === 'gewijzigd' && options.update)),
  );
}
