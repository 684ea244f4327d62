/**
 * The verdicts of earlier runs of `npm run check:taal`, so an unchanged file is not checked again.
 *
 * A verdict is reused only when all of these are the same as when it was made:
 * - the checker: a hash of its code, its word lists, the jargon list and the libraries it reads
 *   with (`checkerVersion`); any change there throws the whole cache away;
 * - the file: its path, kind, rule set and every byte of it (`entryKey`);
 * - the names and exceptions that match somewhere in its text (`taskEvidence`). The list of names
 *   comes from all content, so it changes with almost every new activity; comparing only the names
 *   that can play a part in this text keeps the other verdicts. When the whole list is unchanged,
 *   not even that comparison is needed.
 * The names in each content file are kept the same way (`NameCache`, by the hash of the file), so
 * an unchanged file is not parsed again to read them.
 * The cache lives outside content/, in node_modules/.cache/preventiekaart-taal/ (a clean checkout
 * starts without it): inhoud.json, paginas.json and namen.json. It is written whole to a temporary file and then
 * renamed over the old one; a file that cannot be read is ignored with a warning.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_PATHS, type NameMemo } from '../../src/lib/taal/load';
import { writeFilesAtomically } from '../redactie/atomic-write';
import type { FileReport, Task } from './tasks';

export const DEFAULT_CACHE_FOLDER = 'node_modules/.cache/preventiekaart-taal';
/** Set to a folder to keep the cache elsewhere, or to `uit` to check without it. */
export const CACHE_ENVIRONMENT = 'PREVENTIEKAART_TAAL_CACHE';
/** Raise when the shape of a cache file changes. */
const FORMAT = 1;

/** The project this script is part of. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The cache folder, or undefined when the cache is switched off. */
export function cacheFolder(root: string, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = environment[CACHE_ENVIRONMENT]?.trim();
  if (chosen === 'uit' || chosen === '0' || chosen === 'off') return undefined;
  return resolve(root, chosen || DEFAULT_CACHE_FOLDER);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'onbekend';
  }
}

/**
 * Everything the verdicts depend on besides the file and the names: the checker's code and data,
 * the jargon list, the code that turns a file into a text, the libraries that parse, and the
 * Unicode and ICU versions of the runtime (its regular expressions decide what a letter is).
 */
export function checkerVersion(root: string, code: string = CODE_ROOT): string {
  const hash = createHash('sha256').update(`formaat ${FORMAT}\n`);
  // The code that runs, from where this script lives; the data, from the project it checks (as load.ts reads it).
  const files = [
    ...filesUnder(join(code, 'src/lib/taal')).map((file) => [relative(code, file), file]),
    ['src/lib/taxonomy.ts', join(code, 'src/lib/taxonomy.ts')],
    ['scripts/taal/tasks.ts', join(code, 'scripts/taal/tasks.ts')],
    ...Object.values(DATA_PATHS).map((path) => [`(project) ${path}`, join(root, path)]),
  ];
  for (const [label, file] of files) {
    hash.update(`${label}\n`);
    try {
      hash.update(readFileSync(file!));
    } catch {
      hash.update('(ontbreekt)');
    }
  }
  for (const name of ['js-yaml', 'node-html-parser', 'hyphen']) hash.update(`${name}@${packageVersion(code, name)}\n`);
  hash.update(`unicode ${process.versions.unicode} icu ${process.versions.icu}`);
  return hash.digest('hex');
}

/** The key of one file's verdict: the checker, the file's place, kind and rule set, and its bytes. */
export function entryKey(version: string, task: Task, file: string, source: string): string {
  return sha256(JSON.stringify([version, task.kind, task.kind === 'inhoud' ? task.collection : '', task.ruleSet, file, source]));
}

/** A stored verdict: the list of names it was made with (hash), the evidence that mattered (hash), the report. */
type Stored = [names: string, evidence: string, report: FileReport];

interface CacheFile<T> {
  formaat: number;
  versie: string;
  uitkomsten: Record<string, T>;
}

/**
 * The entries of a cache file made by this checker version. Missing: none. Made by another version:
 * none, and `stale` (not a warning: that is what a change of the checker does). Damaged: none, with a warning.
 */
function readCacheFile<T>(
  path: string,
  version: string,
  valid: (value: unknown) => value is T,
  warn: (message: string) => void,
): { entries: Map<string, T>; stale: boolean } {
  const entries = new Map<string, T>();
  if (!existsSync(path)) return { entries, stale: false };
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as CacheFile<unknown>;
    if (typeof stored !== 'object' || stored === null || typeof stored.uitkomsten !== 'object' || stored.uitkomsten === null)
      throw new Error('geen uitkomsten');
    if (stored.formaat !== FORMAT || stored.versie !== version) return { entries, stale: true };
    for (const [key, value] of Object.entries(stored.uitkomsten)) {
      if (!valid(value)) throw new Error(`uitkomst ${key}`);
      entries.set(key, value);
    }
    return { entries, stale: false };
  } catch {
    warn(
      `Let op: het bestand met eerdere uitkomsten van de taalcheck is beschadigd (${path}). De taalcheck slaat het over en controleert alles opnieuw.`,
    );
    entries.clear();
    return { entries, stale: true };
  }
}

/** Written whole to a temporary file, then renamed over the old one; a cache that cannot be written only costs time next run. */
function writeCacheFile<T>(path: string, version: string, entries: Map<string, T>, warn: (message: string) => void): void {
  const file: CacheFile<T> = { formaat: FORMAT, versie: version, uitkomsten: Object.fromEntries(entries) };
  try {
    writeFilesAtomically('/', [{ file: path, text: JSON.stringify(file) }]);
  } catch (error) {
    warn(
      `Let op: de uitkomsten van de taalcheck konden niet bewaard worden (${(error as Error).message}). De volgende keer duurt de check langer.`,
    );
  }
}

const isStored = (value: unknown): value is Stored =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  typeof (value[2] as FileReport | undefined)?.file === 'string';

export class VerdictCache {
  private old = new Map<string, Stored>();
  private readonly kept = new Map<string, Stored>();
  private changed = false;

  private constructor(
    readonly path: string,
    readonly version: string,
  ) {}

  /** Reads the cache file; a missing one is empty, a damaged one is empty with a warning. */
  static load(path: string, version: string, warn: (message: string) => void): VerdictCache {
    const cache = new VerdictCache(path, version);
    const { entries, stale } = readCacheFile(path, version, isStored, warn);
    cache.old = entries;
    cache.changed = stale;
    return cache;
  }

  get(key: string): { names: string; evidence: string; report: FileReport } | undefined {
    const stored = this.old.get(key);
    return stored && { names: stored[0], evidence: stored[1], report: stored[2] };
  }

  /** Keeps a verdict for the next run; verdicts not kept in this run are dropped when saving. */
  keep(key: string, names: string, evidence: string, report: FileReport): void {
    const before = this.old.get(key);
    if (!before || before[0] !== names || before[1] !== evidence) this.changed = true;
    this.kept.set(key, [names, evidence, report]);
  }

  /** Writes the kept verdicts, if anything changed. */
  save(warn: (message: string) => void): void {
    if (this.changed || this.kept.size !== this.old.size) writeCacheFile(this.path, this.version, this.kept, warn);
  }
}

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

/** The names in each content file, by the hash of its text (see `NameMemo` in src/lib/taal/load.ts). */
export class NameCache implements NameMemo {
  private old = new Map<string, string[]>();
  private readonly kept = new Map<string, string[]>();
  private changed = false;

  private constructor(
    readonly path: string,
    readonly version: string,
  ) {}

  static load(path: string, version: string, warn: (message: string) => void): NameCache {
    const cache = new NameCache(path, version);
    const { entries, stale } = readCacheFile(path, version, isNames, warn);
    cache.old = entries;
    cache.changed = stale;
    return cache;
  }

  get(source: string): readonly string[] | undefined {
    const key = sha256(source);
    const names = this.old.get(key);
    if (names) this.kept.set(key, names);
    return names;
  }

  set(source: string, names: readonly string[]): void {
    this.kept.set(sha256(source), [...names]);
    this.changed = true;
  }

  save(warn: (message: string) => void): void {
    if (this.changed || this.kept.size !== this.old.size) writeCacheFile(this.path, this.version, this.kept, warn);
  }
}
