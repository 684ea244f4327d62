/**
 * Checks every content file before the build: schema, references and Markdown body.
 * Prints all problems at once, each with the file, the field and what to do, and exits 1.
 * Usage: npm run check:content
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkIntegrity, formatProblems, type ContentEntries, type ContentProblem, type Entry } from '../src/lib/content-integrity';
import { collectionSchemas, markdownCollections, validateFile, type CollectionName } from '../src/lib/content-validation';

const root = process.cwd();

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

const existingIds: Partial<Record<CollectionName, string[]>> = {};

function loadCollection(collection: CollectionName, problems: ContentProblem[]): Entry<any>[] {
  const extension = markdownCollections.has(collection) ? '.md' : '.yaml';
  const folder = join(root, 'content', collection);
  const ymlFiles = filesIn(folder, '.yml');
  for (const path of ymlFiles) {
    problems.push({ file: relative(root, path), field: 'bestandsnaam', message: 'Gebruik de extensie .yaml in plaats van .yml.' });
  }
  return filesIn(folder, extension).flatMap((path) => {
    const file = relative(root, path);
    const result = validateFile(collection, file, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    const id = path.replace(/^.*\//, '').replace(/\.(md|yaml)$/, '');
    (existingIds[collection] ??= []).push(id);
    return result.data ? [{ id, file, data: result.data, body: result.body }] : [];
  });
}

function main(): void {
  const problems: ContentProblem[] = [];
  const loaded = Object.fromEntries(
    (Object.keys(collectionSchemas) as CollectionName[]).map((name) => [name, loadCollection(name, problems)]),
  ) as unknown as ContentEntries & { schoolvakanties: Entry<unknown>[] };
  problems.push(...checkIntegrity(loaded, existingIds));
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  const counts = (Object.keys(loaded) as (keyof typeof loaded)[]).map((name) => `${loaded[name].length} ${name}`);
  console.log(`Inhoud in orde: ${counts.join(', ')}.`);
}

main();
