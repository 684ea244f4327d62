/**
 * Reads every content file from disk and validates it, for scripts and tests that work without Astro.
 * Astro's content layer does the same for the build; this is its twin for `check:content` and the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentEntries, ContentProblem, Entry } from '../src/lib/content-integrity';
import { collectionSchemas, markdownCollections, validateFile, type CollectionName } from '../src/lib/content-validation';
import type { Schooljaar } from '../src/lib/schemas';

export interface LoadedContent {
  entries: ContentEntries & { schoolvakanties: Entry<Schooljaar>[] };
  /** Schema and file problems; references are checked afterwards with checkIntegrity. */
  problems: ContentProblem[];
  /** Ids of every file, also those that failed their schema, so a broken file is not reported as missing too. */
  existingIds: Partial<Record<CollectionName, string[]>>;
}

function filesIn(folder: string, extension: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

export function loadContentFiles(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const existingIds: LoadedContent['existingIds'] = {};
  const load = (collection: CollectionName): Entry<any>[] => {
    const folder = join(root, 'content', collection);
    for (const path of filesIn(folder, '.yml')) {
      problems.push({ file: relative(root, path), field: 'bestandsnaam', message: 'Gebruik de extensie .yaml in plaats van .yml.' });
    }
    const extension = markdownCollections.has(collection) ? '.md' : '.yaml';
    return filesIn(folder, extension).flatMap((path) => {
      const file = relative(root, path);
      const result = validateFile(collection, file, readFileSync(path, 'utf8'));
      problems.push(...result.problems);
      const id = path.replace(/^.*\//, '').replace(/\.(md|yaml)$/, '');
      (existingIds[collection] ??= []).push(id);
      return result.data ? [{ id, file, data: result.data, body: result.body }] : [];
    });
  };
  const entries = Object.fromEntries(
    (Object.keys(collectionSchemas) as CollectionName[]).map((name) => [name, load(name)]),
  ) as unknown as LoadedContent['entries'];
  return { entries, problems, existingIds };
}
