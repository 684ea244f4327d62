import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/content';
import { canMeasureMemory, phasesOf, treeRss } from '../../scripts/bench/measure';
import { experimentalEntry } from '../../scripts/bench/project';
import { loadContentFiles } from '../../scripts/content-files';
import { checkIntegrity, checkReviewDates } from '../../src/lib/content-integrity';
import { todayInNetherlands } from '../../src/lib/dates';

const scratch = mkdtempSync(join(tmpdir(), 'pk-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder with its text, to compare two generated trees. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(folder.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

function generated(name: string, activities: number, seed?: number): string {
  const root = join(scratch, name);
  // The collections that are copied, not generated: the gate reads the school holidays.
  cpSync('content/schoolvakanties', join(root, 'content', 'schoolvakanties'), { recursive: true });
  writeSyntheticContent(join(root, 'content'), activities, 'content', seed);
  return root;
}

describe('synthetic content for bench:build', () => {
  const root = generated('a', 90);

  it('has the shape of the real content: about 20 activities per gebied, each file once', () => {
    const files = Object.keys(tree(join(root, 'content')));
    const count = (collection: string) => files.filter((file) => file.startsWith(`/${collection}/`)).length;
    expect(count('activiteiten')).toBe(90);
    expect(count('gebieden')).toBe(5);
    expect(count('gemeenten')).toBe(1);
    expect(count('organisaties')).toBeGreaterThan(5);
    expect(count('locaties')).toBeGreaterThan(5);
  });

  it('passes the content gate: schemas, references, places near their gebied', () => {
    const { entries, problems, existingIds } = loadContentFiles(root);
    problems.push(
      ...checkIntegrity(entries, existingIds),
      ...checkReviewDates(entries.activiteiten, todayInNetherlands({ PREVENTIEKAART_DATUM: '2026-11-23' })),
    );
    expect(problems).toEqual([]);
    // Every kind of schedule of the examples comes through.
    expect(new Set(entries.activiteiten.map((entry) => entry.data.rooster.soort)).size).toBeGreaterThanOrEqual(3);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(tree(join(generated('b', 90), 'content'))).toEqual(tree(join(root, 'content')));
    expect(tree(join(generated('c', 90, 7), 'content'))).not.toEqual(tree(join(root, 'content')));
  });
});

describe('bench:build phases', () => {
  it('splits npm run build into its commands, with the arguments after --', () => {
    const scripts = {
      build: 'npm run check:content && npm run check:taal -- --content && astro build && npm run write:cms-config',
      'check:content': 'tsx scripts/check-content.ts',
      'check:taal': 'tsx scripts/check-taal.ts',
      'write:cms-config': 'tsx scripts/write-cms-config.ts',
    };
    expect(phasesOf(scripts, 'build')).toEqual([
      { name: 'check:content', command: 'tsx scripts/check-content.ts' },
      { name: 'check:taal --content', command: 'tsx scripts/check-taal.ts --content' },
      { name: 'astro build', command: 'astro build' },
      { name: 'write:cms-config', command: 'tsx scripts/write-cms-config.ts' },
    ]);
    expect(() => phasesOf(scripts, 'bouw')).toThrow('no script "bouw"');
  });

  it('writes Astro experimental flags with or without a value', () => {
    expect(experimentalEntry('incrementalBuild')).toBe('incrementalBuild: true');
    expect(experimentalEntry('collectionStorage=chunked')).toBe('collectionStorage: "chunked"');
    expect(experimentalEntry('collectionStorage={"type":"chunked","chunkSize":5000000}')).toBe(
      'collectionStorage: {"type":"chunked","chunkSize":5000000}',
    );
    expect(() => experimentalEntry('x; process.exit()')).toThrow('--astro-flag');
  });

  it.runIf(canMeasureMemory)('reads the memory of a process tree from /proc', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10_000_000);
  });
});
