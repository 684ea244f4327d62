/**
 * The B1 gate as the build runs it: scripts/check-taal.ts --content on a copy of the content.
 * Output and exit code must be the same with and without the verdict cache, with a damaged cache,
 * and with worker threads. Runs the real script under tsx, as `npm run check:taal` does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const script = join(projectRoot, 'scripts/check-taal.ts');
/** A child process on a busy machine: starting tsx and threads can take many seconds. */
const childTimeout = 120_000;

let workDir: string;
let cache: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'pk-taal-cli-'));
  cpSync(join(projectRoot, 'content'), join(workDir, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'src/lib/taal/data'), join(workDir, 'src/lib/taal/data'), { recursive: true });
  cache = join(workDir, 'cache');
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function checkTaal(args: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(tsx, [script, ...args], {
    cwd: workDir,
    encoding: 'utf8',
    timeout: childTimeout,
    env: { ...process.env, PREVENTIEKAART_TAAL_CACHE: cache, PREVENTIEKAART_TAAL_WORKERS: '0', ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:taal -- --content', { timeout: 4 * childTimeout }, () => {
  it('gives the same output and exit code without cache, from a cold cache, a warm cache, a damaged cache and with threads', () => {
    const uncached = checkTaal(['--content'], { PREVENTIEKAART_TAAL_CACHE: 'uit' });
    expect(uncached.status).toBe(0);
    expect(uncached.stdout).toMatch(/^Taalcheck: alle \d+ teksten zijn B1 en passen bij de huisstijl\.$/m);
    expect(existsSync(cache)).toBe(false);

    const cold = checkTaal(['--content']);
    expect(existsSync(join(cache, 'inhoud.json'))).toBe(true);
    const warm = checkTaal(['--content']);
    writeFileSync(join(cache, 'inhoud.json'), '{"formaat":1,');
    const damaged = checkTaal(['--content']);
    const threads = checkTaal(['--content'], { PREVENTIEKAART_TAAL_CACHE: 'uit', PREVENTIEKAART_TAAL_WORKERS: '2' });
    // Threads asked for, but nothing left to check: the cache answers everything.
    const warmThreads = checkTaal(['--content'], { PREVENTIEKAART_TAAL_WORKERS: '2' });
    for (const run of [cold, warm, damaged, threads, warmThreads]) {
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(uncached.stdout);
    }
    expect(warm.stderr).toBe('');
    expect(damaged.stderr).toContain('is beschadigd');
    expect(threads.stderr).toBe('');
  });

  it('fails a text that is not B1 in the same words, from the cache and from threads', () => {
    const file = join(workDir, 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md');
    const source = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      `${source}\nDe gemeente faciliteert de integrale participatie van inwoners in het sociaal domein, teneinde de zelfredzaamheid te bevorderen door middel van preventieve interventies.\n`,
    );
    const uncached = checkTaal(['--content', '--json'], { PREVENTIEKAART_TAAL_CACHE: 'uit' });
    expect(uncached.status).toBe(1);
    const cold = checkTaal(['--content', '--json']);
    const warm = checkTaal(['--content', '--json']);
    const threads = checkTaal(['--content', '--json'], { PREVENTIEKAART_TAAL_CACHE: 'uit', PREVENTIEKAART_TAAL_WORKERS: '2' });
    const failing = (JSON.parse(uncached.stdout) as { file: string; verdict: string }[]).filter((report) => report.verdict !== 'B1');
    expect(failing.map((report) => report.file)).toEqual(['content/activiteiten/noordoostpolder/koffie-inloop-ens.md']);
    for (const run of [cold, warm, threads]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(uncached.stdout);
    }
    const text = checkTaal(['--content']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('✗ content/activiteiten/noordoostpolder/koffie-inloop-ens.md: ');
    writeFileSync(file, source);
  });
});
