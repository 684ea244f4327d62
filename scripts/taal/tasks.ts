/**
 * One file of a whole-folder run of `npm run check:taal` (--content, --pages): how it is read and
 * checked. Shared by the main thread and the worker threads (worker.ts), so both give the same report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { protectionEvidence, checkTextWith } from '../../src/lib/taal/check';
import { entryInput, parseContentSource, type CheckInput } from '../../src/lib/taal/content';
import { pageInput } from '../../src/lib/taal/html';
import type { LanguageData, LanguageException, RuleSetName, TextResult } from '../../src/lib/taal/types';
import { sha256 } from './verdict-cache';

export const CONTENT_COLLECTIONS = ['gemeenten', 'gebieden', 'organisaties', 'locaties', 'activiteiten'] as const;
export type Collection = (typeof CONTENT_COLLECTIONS)[number];

/** One checked file in the report: a result, or a reason it could not be checked. */
export interface FileReport {
  file: string;
  result?: TextResult;
  error?: string;
}

/** A content file (`inhoud`) or a built page (`pagina`), with the rule set to judge it by. */
export type Task =
  { kind: 'inhoud'; path: string; collection: Collection; ruleSet: RuleSetName } | { kind: 'pagina'; path: string; ruleSet: RuleSetName };

/** A path relative to the project root for files inside it; other paths as the user wrote them. */
export function display(root: string, path: string): string {
  const inside = relative(root, resolve(root, path)).split(sep).join('/');
  return inside === '' || inside.startsWith('../') ? path : inside;
}

export function filesIn(folder: string, extensions: readonly string[]): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => extensions.some((extension) => name.endsWith(extension)))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

export function readSource(path: string): { source?: string; error?: string } {
  try {
    if (!existsSync(path)) return { error: 'Dit bestand bestaat niet. Controleer de naam en de map.' };
    if (statSync(path).isDirectory()) return { error: 'Dit is een map, geen bestand. Noem de bestanden in de map.' };
    const buffer = readFileSync(path);
    if (buffer.includes(0))
      return { error: 'Dit bestand is geen tekst (het lijkt een afbeelding of ander bestand). Geef een .txt-, .md- of .html-bestand.' };
    const source = buffer.toString('utf8');
    if (source.includes('\uFFFD'))
      return { error: 'Dit bestand is niet als UTF-8 opgeslagen. Sla het op als UTF-8 en probeer het opnieuw.' };
    return { source: source.replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' ? 'U hebt geen rechten om dit bestand te lezen.' : 'Dit bestand kan niet gelezen worden.' };
  }
}

/** What the checker gets for a file: a text to check, a result without checking, or an error. */
type Prepared = { input: CheckInput } | { result: TextResult } | { error: string };

function prepareTask(task: Task, file: string, source: string, data: LanguageData, pageExceptions: readonly LanguageException[]): Prepared {
  if (task.kind === 'pagina') {
    const input = pageInput(source, { file, exceptions: pageExceptions, ruleSet: task.ruleSet });
    if (!('otherLanguage' in input)) return { input };
    const result = checkTextWith('', data, input.options);
    return {
      result: { ...result, note: `Deze pagina is niet in het Nederlands (lang="${input.otherLanguage}"). De taalcheck slaat hem over.` },
    };
  }
  const parsed = parseContentSource(source, task.collection === 'activiteiten');
  if (parsed.problem) return { error: parsed.problem };
  const id = file.replace(/^.*\//, '').replace(/\.(md|ya?ml)$/, '');
  return {
    input: entryInput(
      { id, file, data: parsed.data, body: parsed.body, source },
      { isActivity: task.collection === 'activiteiten', ruleSet: task.ruleSet },
    ),
  };
}

function reportOf(prepared: Prepared, file: string, data: LanguageData): FileReport {
  if ('error' in prepared) return { file, error: prepared.error };
  if ('result' in prepared) return { file, result: prepared.result };
  return { file, result: checkTextWith(prepared.input.text, data, prepared.input.options) };
}

/** The report of one file; `file` is the path as the report shows it. */
export function checkTask(
  task: Task,
  file: string,
  source: string,
  data: LanguageData,
  pageExceptions: readonly LanguageException[],
): FileReport {
  return reportOf(prepareTask(task, file, source, data, pageExceptions), file, data);
}

/**
 * The evidence of one file: the names and exceptions that can matter for it (see
 * `protectionEvidence`). The same evidence with the same source and checker means the same report,
 * so when it equals `expected` (the cached verdict's) the file is not checked; otherwise it is.
 */
export function checkTaskAgainst(
  task: Task,
  file: string,
  source: string,
  data: LanguageData,
  pageExceptions: readonly LanguageException[],
  expected?: string,
): { evidence: string; report?: FileReport } {
  const prepared = prepareTask(task, file, source, data, pageExceptions);
  // As a hash: a page that lists many activities can match hundreds of names.
  const evidence = sha256('input' in prepared ? protectionEvidence(prepared.input.text, data, prepared.input.options) : '[]');
  return evidence === expected ? { evidence } : { evidence, report: reportOf(prepared, file, data) };
}
