/**
 * Reads the checker's data from the repository: the word-frequency list, the supplement of
 * everyday words that subtitles miss, the jargon list and the names in the content.
 * The only module of the checker that touches the file system; everything else gets the data
 * injected. Paths are relative to the project root, which is where npm scripts and Astro run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseFrequencyList } from './frequency';
import { validateJargonList } from './jargon-schema';
import type { LanguageData } from './types';

export const DATA_PATHS = {
  frequencies: 'src/lib/taal/data/woordfrequentie.txt',
  supplement: 'src/lib/taal/data/aanvulling.txt',
  jargon: 'content/taal/moeilijke-woorden.yaml',
} as const;

/** Collections whose files hold names of places, areas, organisations and buildings. */
const NAME_COLLECTIONS = ['gemeenten', 'gebieden', 'organisaties', 'locaties', 'activiteiten'] as const;
const NAME_KEYS: ReadonlySet<string> = new Set(['naam', 'plaats', 'straat', 'organisatie']);

export interface LoadResult {
  data: LanguageData;
  /** Problems in the data files, in Dutch, each naming the file and the entry. */
  problems: string[];
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Parses `word zipf # reason` lines; the supplement raises a word to at least that value. */
export function applySupplement(frequencies: Map<string, number>, text: string): void {
  for (const line of text.split('\n')) {
    const content = line.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const [word, value] = content.split(/\s+/);
    const zipf = Number(value);
    if (!word || !Number.isFinite(zipf)) continue;
    const key = word.normalize('NFC').toLowerCase();
    frequencies.set(key, Math.max(frequencies.get(key) ?? 0, zipf));
  }
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.md'))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

function collectNames(value: unknown, names: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    // Ids are lower case; a name has a capital somewhere.
    if (NAME_KEYS.has(key) && /\p{Lu}/u.test(value)) names.add(value.trim());
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectNames(item, names, key);
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [childKey, child] of Object.entries(value)) collectNames(child, names, childKey);
  }
}

/**
 * Remembers the names found in a file by its text, so an unchanged file is not parsed again: at
 * national scale, reading the names of every file is most of the time of an unchanged B1 gate.
 */
export interface NameMemo {
  get(source: string): readonly string[] | undefined;
  set(source: string, names: readonly string[]): void;
}

/** Names of gemeenten, gebieden, organisations, places and contacts in the content. */
export function loadContentNames(root: string, memo?: NameMemo): string[] {
  const names = new Set<string>();
  for (const collection of NAME_COLLECTIONS) {
    for (const path of filesIn(join(root, 'content', collection))) {
      try {
        const source = readText(path);
        let found = memo?.get(source);
        if (!found) {
          const inFile = new Set<string>();
          collectNames(yaml.load(path.endsWith('.md') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') : source), inFile);
          found = [...inFile];
          memo?.set(source, found);
        }
        for (const name of found) names.add(name);
      } catch {
        // A broken file is reported by npm run check:content; its names are simply not known here.
      }
    }
  }
  for (const name of [...names]) {
    // "Bergen (NH)" is written as "Bergen" in running text.
    const plain = name.replace(/\s*\([^)]*\)\s*$/, '');
    if (plain !== name && plain !== '') names.add(plain);
    // A contact "Henk Borst" or "Sanne de Vries" is called "Henk" or "Sanne" in the text.
    const person = /^(\p{Lu}\p{Ll}+) (?:(?:de|van|der|den|el|ter|ten|te|la|le|in 't|van de|van der|van den) )*\p{Lu}[\p{L}'-]+$/u.exec(
      plain,
    );
    if (person) names.add(person[1]!);
  }
  return [...names];
}

export function loadJargon(root: string): { entries: LanguageData['jargon']; problems: string[] } {
  const file = DATA_PATHS.jargon;
  let raw: unknown;
  try {
    raw = yaml.load(readText(join(root, file)));
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return {
        entries: [],
        problems: [
          `${file}: de YAML-opmaak klopt niet (${error.reason}, regel ${error.mark.line + 1}). Controleer de streepjes, inspringing en dubbele punten.`,
        ],
      };
    }
    return { entries: [], problems: [`${file}: dit bestand kan niet gelezen worden. Het is nodig voor de taalcheck.`] };
  }
  return validateJargonList(raw, file);
}

/**
 * Reads the data files. `names` skips reading the names from the content, for a worker thread
 * that gets them from the process that read them once; `nameMemo` reuses names of unchanged files.
 */
export function loadLanguageData(
  root: string = process.cwd(),
  options: { names?: readonly string[]; nameMemo?: NameMemo } = {},
): LoadResult {
  const problems: string[] = [];
  let frequencies = new Map<string, number>();
  try {
    frequencies = parseFrequencyList(readText(join(root, DATA_PATHS.frequencies)));
  } catch {
    problems.push(`${DATA_PATHS.frequencies}: de woordenlijst kan niet gelezen worden. Zonder deze lijst kan de taalcheck niet werken.`);
  }
  try {
    applySupplement(frequencies, readText(join(root, DATA_PATHS.supplement)));
  } catch {
    problems.push(`${DATA_PATHS.supplement}: de aanvulling op de woordenlijst kan niet gelezen worden.`);
  }
  const jargon = loadJargon(root);
  problems.push(...jargon.problems);
  return { data: { frequencies, jargon: jargon.entries, names: options.names ?? loadContentNames(root, options.nameMemo) }, problems };
}

let cached: LoadResult | undefined;

/** The data of the project this process runs in, read once. */
export function defaultLanguageData(): LoadResult {
  cached ??= loadLanguageData();
  return cached;
}
