/**
 * The verdict cache of `npm run check:taal` (scripts/taal/verdict-cache.ts, run.ts): it may save
 * time, never change a report. Runs the same code as the CLI, in this process, on the example content.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContentNames, loadLanguageData } from '../../../src/lib/taal/load';
import type { LanguageData } from '../../../src/lib/taal/types';
import { checkAll, doWork, workerCount, type WorkContext } from '../../../scripts/taal/run';
import { CONTENT_COLLECTIONS, filesIn, type Task } from '../../../scripts/taal/tasks';
import { cacheFolder, checkerVersion, entryKey, NameCache, VerdictCache } from '../../../scripts/taal/verdict-cache';

const root = process.cwd();
const { data } = loadLanguageData(root);

function contentTasks(): Task[] {
  return CONTENT_COLLECTIONS.flatMap((collection) =>
    filesIn(join(root, 'content', collection), collection === 'activiteiten' ? ['.md'] : ['.yaml']).map((path): Task => ({
      kind: 'inhoud',
      path,
      collection,
      ruleSet: 'huisstijl',
    })),
  );
}

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function tempFolder(): string {
  folder = mkdtempSync(join(tmpdir(), 'pk-taal-cache-'));
  return folder;
}

const noWorkers = () => 0;

async function run(
  tasks: readonly Task[],
  languageData: LanguageData,
  cachePath: string | undefined,
  version = 'versie-1',
  warnings: string[] = [],
) {
  const context: WorkContext = { root, data: languageData, pageExceptions: [], version };
  const warn = (message: string) => warnings.push(message);
  const cache = cachePath ? VerdictCache.load(cachePath, version, warn) : undefined;
  const result = await checkAll(tasks, context, { ...(cache ? { caches: { inhoud: cache } } : {}), workers: noWorkers, warn });
  cache?.save(warn);
  return result;
}

describe('verdict cache', { timeout: 120_000 }, () => {
  const tasks = contentTasks();

  it('gives the same reports from the cache as without it, and checks nothing again for an unchanged site', async () => {
    const cachePath = join(tempFolder(), 'inhoud.json');
    const uncached = await run(tasks, data, undefined);
    const cold = await run(tasks, data, cachePath);
    const warm = await run(tasks, data, cachePath);
    expect(tasks.length).toBeGreaterThan(300);
    expect(cold.checked).toBe(tasks.length);
    expect(warm.checked).toBe(0);
    expect(JSON.stringify(cold.reports)).toBe(JSON.stringify(uncached.reports));
    expect(JSON.stringify(warm.reports)).toBe(JSON.stringify(uncached.reports));
    // Written whole, then renamed: no temporary file stays behind.
    expect(readdirSync(folder!)).toEqual(['inhoud.json']);
  });

  it('checks everything again when the checker changes', async () => {
    const cachePath = join(tempFolder(), 'inhoud.json');
    await run(tasks, data, cachePath, 'versie-1');
    const changed = await run(tasks, data, cachePath, 'versie-2');
    expect(changed.checked).toBe(tasks.length);
    // The real version follows the checker's files: the same code and data give the same key.
    expect(checkerVersion(root)).toBe(checkerVersion(root));
    expect(checkerVersion(root)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('checks a text again when a new name matches in it, and only then', async () => {
    const cachePath = join(tempFolder(), 'inhoud.json');
    const activity = tasks.find((task) => task.path.endsWith('koffie-inloop-ens.md'))!;
    const others = tasks.filter((task) => task !== activity).slice(0, 20);
    const subset = [activity, ...others];
    const before = await run(subset, data, cachePath);
    expect(before.checked).toBe(subset.length);

    // A name that is nowhere in these texts: the list of names changed, no verdict did.
    const unrelated = await run(subset, { ...data, names: [...data.names, 'Zzyzx Onbekend'] }, cachePath);
    expect(unrelated.checked).toBe(0);

    // "Koffie-inloop" as a name: it now protects words in the activity's text, so that one is checked again.
    const withName = { ...data, names: [...data.names, 'Koffie-inloop'] };
    const related = await run(subset, withName, cachePath);
    expect(related.checked).toBe(1);
    expect(JSON.stringify(related.reports)).toBe(JSON.stringify((await run(subset, withName, undefined)).reports));
    const stats = (reports: typeof before.reports) => reports[0]!.result!.stats;
    expect(stats(related.reports).ordinaryWords).toBeLessThan(stats(before.reports).ordinaryWords);
  });

  it('keeps the verdict of a text that fails, and gives it again unchanged', async () => {
    const dir = tempFolder();
    const path = join(dir, 'moeilijk.md');
    const cachePath = join(dir, 'cache.json');
    writeFileSync(
      path,
      '---\ntitel: Integrale participatie\n---\nDe gemeente faciliteert de integrale participatie van inwoners in het sociaal domein, teneinde de zelfredzaamheid te bevorderen en de eigen regie te versterken door middel van preventieve interventies.\n',
    );
    const task: Task = { kind: 'inhoud', path, collection: 'activiteiten', ruleSet: 'huisstijl' };
    const cold = await run([task], data, cachePath);
    const warm = await run([task], data, cachePath);
    expect(cold.reports[0]!.result!.verdict).not.toBe('B1');
    expect(warm.checked).toBe(0);
    expect(warm.reports).toEqual(cold.reports);
    // An edit is a new text.
    writeFileSync(path, readFileSync(path, 'utf8').replace('Integrale participatie', 'Samen meedoen'));
    expect((await run([task], data, cachePath)).checked).toBe(1);
  });

  it('does not keep a verdict under the key of a file that changed while it was checked', () => {
    const dir = tempFolder();
    const path = join(dir, 'koffie.md');
    writeFileSync(path, '---\ntitel: Koffie in het dorp\n---\nElke dinsdag staat de koffie klaar.\n');
    const task: Task = { kind: 'inhoud', path, collection: 'activiteiten', ruleSet: 'huisstijl' };
    const context: WorkContext = { root, data, pageExceptions: [], version: 'versie-1' };
    const key = entryKey('versie-1', task, 'koffie.md', readFileSync(path, 'utf8'));
    const first = doWork({ index: 0, task, file: 'koffie.md', key }, context);
    expect(first).toMatchObject({ reused: false, cacheable: true });
    // Edited after the main thread read it: the report is of the new text, so it belongs to no key.
    writeFileSync(path, '---\ntitel: Thee in het dorp\n---\nElke woensdag staat de thee klaar.\n');
    const changed = doWork({ index: 0, task, file: 'koffie.md', key }, context);
    expect(changed).toMatchObject({ reused: false, cacheable: false });
    const report = (outcome: ReturnType<typeof doWork>) => (outcome.reused ? undefined : outcome.report);
    expect(report(changed)).toEqual(report(doWork({ index: 0, task, file: 'koffie.md' }, context)));
    expect(report(changed)).not.toEqual(report(first));
  });

  it('ignores a damaged cache file with a warning, and repairs it', async () => {
    const cachePath = join(tempFolder(), 'inhoud.json');
    const subset = tasks.slice(0, 10);
    for (const damage of ['{"formaat": 1, "versie": "versie-1", "uitkomsten": {"a": [1]}}', '{ niet af', '']) {
      writeFileSync(cachePath, damage);
      const warnings: string[] = [];
      const result = await run(subset, data, cachePath, 'versie-1', warnings);
      expect(result.checked).toBe(subset.length);
      expect(warnings).toEqual([expect.stringContaining('is beschadigd')]);
      expect((await run(subset, data, cachePath)).checked).toBe(0);
    }
  });

  it('reads the same names with the name cache as without it, and parses no unchanged file again', () => {
    const cachePath = join(tempFolder(), 'namen.json');
    const plain = loadContentNames(root);
    const warnings: string[] = [];
    const cold = NameCache.load(cachePath, 'versie-1', (message) => warnings.push(message));
    expect(loadContentNames(root, cold)).toEqual(plain);
    cold.save((message) => warnings.push(message));
    const warm = NameCache.load(cachePath, 'versie-1', (message) => warnings.push(message));
    let parsed = 0;
    const counting = {
      get: (source: string) => warm.get(source),
      set: (source: string, names: readonly string[]) => (parsed++, warm.set(source, names)),
    };
    expect(loadContentNames(root, counting)).toEqual(plain);
    expect(parsed).toBe(0);
    expect(warnings).toEqual([]);
    // Another checker version: every file is read again.
    const other = NameCache.load(cachePath, 'versie-2', () => {});
    let again = 0;
    loadContentNames(root, { get: (source) => other.get(source), set: () => void again++ });
    expect(again).toBeGreaterThan(300);
  });

  it('lives in node_modules/.cache unless told otherwise, and can be switched off', () => {
    expect(cacheFolder('/project', {})).toBe('/project/node_modules/.cache/preventiekaart-taal');
    expect(cacheFolder('/project', { PREVENTIEKAART_TAAL_CACHE: 'elders' })).toBe('/project/elders');
    expect(cacheFolder('/project', { PREVENTIEKAART_TAAL_CACHE: 'uit' })).toBeUndefined();
    expect(existsSync(join(root, '.gitignore')) && readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
  });

  it('uses threads only when there is much to check, or when told', () => {
    expect(workerCount(158, {})).toBe(0);
    expect(workerCount(10_000, {})).toBeGreaterThanOrEqual(1);
    expect(workerCount(10_000, { PREVENTIEKAART_TAAL_WORKERS: '0' })).toBe(0);
    expect(workerCount(10, { PREVENTIEKAART_TAAL_WORKERS: '2' })).toBe(2);
  });
});
