/**
 * Reads every content file from disk and validates it, for scripts and tests that work without Astro.
 * Astro's content layer does the same for the build; this is its twin for `check:content` and the tests.
 * Every file in content/ is looked at: a file the loaders would skip is reported, never ignored.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentEntries, ContentProblem, Entry } from '../src/lib/content-integrity';
import { checkContentPaths } from '../src/lib/content-paths';
import { collectionSchemas, decodeContentFile, validateFile, type CollectionName } from '../src/lib/content-validation';
import type { Schooljaar } from '../src/lib/schemas';

export interface LoadedContent {
  entries: ContentEntries & { schoolvakanties: Entry<Schooljaar>[] };
  /** File, encoding and schema problems; references are checked afterwards with checkIntegrity. */
  problems: ContentProblem[];
  /** Ids of every file, also those that failed their schema, so a broken file is not reported as missing too. */
  existingIds: Partial<Record<CollectionName, string[]>>;
}

/** Every file under content/ (hidden ones too), relative to the root, with forward slashes. */
function allContentFiles(root: string): string[] {
  try {
    return readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

export function loadContentFiles(root: string): LoadedContent {
  const { files, misnamedIds, problems } = checkContentPaths(allContentFiles(root));
  const existingIds: LoadedContent['existingIds'] = structuredClone(misnamedIds);
  const entries = Object.fromEntries(
    (Object.keys(collectionSchemas) as CollectionName[]).map((name) => [name, [] as Entry<unknown>[]]),
  ) as unknown as LoadedContent['entries'];

  for (const { path, collection, id, duplicate } of files) {
    (existingIds[collection] ??= []).push(id);
    const decoded = decodeContentFile(path, readFileSync(join(root, path)));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const result = validateFile(collection, path, decoded.text);
    problems.push(...result.problems);
    // A duplicate is already reported by checkContentPaths; like Astro, keep only the first.
    if (result.data && !duplicate) {
      (entries[collection] as Entry<unknown>[]).push({ id, file: path, data: result.data, body: result.body });
    }
  }
  return { entries, problems, existingIds };
}
