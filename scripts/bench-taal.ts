/**
 * Benchmark of the B1 check on a whole policy document (the longest seed).
 *   npm run bench:taal              20 runs after 3 warm-up runs
 *   npm run bench:taal -- 50 bestand.txt
 * Prints the median and 95th percentile time and the words per second. Loading the data is
 * measured apart: it happens once per process, not per text.
 *
 * And of the whole B1 gate of the build (`check:taal -- --content`) on synthetic content:
 *   npm run bench:taal -- --gate                      1,000, 10,000 and 50,000 activities
 *   npm run bench:taal -- --gate --sizes=1000         a quicker run
 * Per size: a full check in one thread and with worker threads (empty cache), an unchanged site
 * (warm cache) and a site with one activity changed and a new name in it. The content is made by
 * scripts/bench/taal-content.ts in the temporary folder, and removed afterwards. Exits 1 when a run
 * fails or the outputs differ; a missed target is reported, not failed (the machine may be busy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { checkTextWith } from '../src/lib/taal/check';
import { loadLanguageData } from '../src/lib/taal/load';
import { generateContent, TAAL_BENCH_ROOT } from './bench/taal-content';

const DEFAULT_DOCUMENT = '../shared/seeds/buch-integraal-beleidskader-sociaal-domein-2023-2027.txt';
const FALLBACK = 'tests/fixtures/taal/seeds';
const WARM_UP = 3;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

const GATE_SIZES = [1000, 10_000, 50_000];
/** Targets of issue #14, judged on a quiet machine with 2 cores. */
const GATE_TARGET = { fullAt50000Seconds: 120, unchangedSeconds: 10 };

function gate(sizes: readonly number[]): number {
  const tsx = resolve('node_modules/.bin/tsx');
  const script = resolve('scripts/check-taal.ts');
  const threads = availableParallelism();
  const rows: string[][] = [];
  let failed = false;
  for (const size of sizes) {
    let start = performance.now();
    const content = generateContent(size);
    const generateSeconds = (performance.now() - start) / 1000;
    const cache = join(content.root, 'cache');
    const run = (label: string, workers: number, fresh: boolean) => {
      if (fresh) rmSync(cache, { recursive: true, force: true });
      start = performance.now();
      const result = spawnSync(tsx, [script, '--content'], {
        cwd: content.root,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, PREVENTIEKAART_TAAL_CACHE: cache, PREVENTIEKAART_TAAL_WORKERS: String(workers) },
      });
      const seconds = (performance.now() - start) / 1000;
      if (result.status !== 0) {
        failed = true;
        console.error(
          `${size} activiteiten, ${label}: code ${result.status}.\n${(result.stdout ?? '').split('\n').slice(0, 20).join('\n')}\n${result.stderr ?? ''}`,
        );
      }
      return { seconds, output: result.stdout };
    };
    const single = run('volledig, 1 thread', 0, true);
    const parallel = run(`volledig, ${threads} threads`, threads, true);
    const unchanged = run('ongewijzigd', 0, false);
    // One activity edited, with a contact person nobody had: the list of names changes.
    const file = join(content.root, content.someActivity);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^titel: (.*)$/m, 'titel: $1 bij Zwaantje Zuiderhout')
        .replace(/^( {2}naam: ).*$/m, '$1Zwaantje Zuiderhout'),
    );
    const oneChanged = run('1 activiteit gewijzigd', 0, false);
    if (single.output !== parallel.output) {
      failed = true;
      console.error(`${size} activiteiten: de uitvoer met threads verschilt van die zonder.`);
    }
    const perActivity = (seconds: number) => `${((seconds * 1000) / size).toFixed(2)} ms`;
    rows.push([
      size.toLocaleString('en'),
      `${content.gemeenten} / ${content.gebieden}`,
      `${generateSeconds.toFixed(1)} s`,
      `${single.seconds.toFixed(1)} s (${perActivity(single.seconds)})`,
      `${parallel.seconds.toFixed(1)} s (${perActivity(parallel.seconds)})`,
      `${unchanged.seconds.toFixed(1)} s`,
      `${oneChanged.seconds.toFixed(1)} s`,
    ]);
    rmSync(content.root, { recursive: true, force: true });
  }
  rmSync(TAAL_BENCH_ROOT, { recursive: true, force: true });
  const header = [
    'activities',
    'gemeenten / gebieden',
    'make content',
    'full check, 1 thread (per activity)',
    `full check, ${threads} threads (per activity)`,
    'unchanged (warm cache)',
    '1 activity changed, new name',
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  console.log(
    `\nWall time of \`check:taal -- --content\`, tsx start-up included. Targets (quiet machine, 2 cores): full check of 50,000 within ${GATE_TARGET.fullAt50000Seconds} s; an unchanged site within ${GATE_TARGET.unchangedSeconds} s.`,
  );
  return failed ? 1 : 0;
}

function main(): number {
  const gateMode = process.argv.includes('--gate');
  if (gateMode) {
    const sizes = process.argv
      .find((arg) => arg.startsWith('--sizes='))
      ?.slice('--sizes='.length)
      .split(',')
      .map(Number)
      .filter((size) => Number.isInteger(size) && size > 0);
    return gate(sizes?.length ? sizes : GATE_SIZES);
  }
  const runs = Math.max(1, Number(process.argv[2] ?? 20) || 20);
  const path = process.argv[3] ?? DEFAULT_DOCUMENT;
  let text: string;
  let label = path;
  if (existsSync(path)) {
    text = readFileSync(path, 'utf8');
  } else {
    // Without ../shared (a fresh clone), the seed paragraphs in the fixtures, repeated, stand in.
    const fixture = readFileSync(`${FALLBACK}/noordoostpolder-beleidsplan-sociaal-domein-2021-1.txt`, 'utf8');
    text = Array.from({ length: 70 }, () => fixture).join('\n\n');
    label = `${FALLBACK} (herhaald, ${path} niet gevonden)`;
  }

  let start = performance.now();
  const { data, problems } = loadLanguageData();
  const loadMs = performance.now() - start;
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }

  let result = checkTextWith(text, data);
  for (let i = 1; i < WARM_UP; i++) result = checkTextWith(text, data);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    result = checkTextWith(text, data);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const words = result.stats.words;
  console.log(`Document: ${label}`);
  console.log(
    `${words} woorden, ${result.stats.sentences} zinnen, ${result.findings.length} meldingen, oordeel: ${result.verdict} (leesbaarheid ${result.score}).`,
  );
  console.log(`Gegevens laden (eenmalig): ${loadMs.toFixed(0)} ms.`);
  console.log(`${runs} keer gecontroleerd na ${WARM_UP} keer opwarmen: mediaan ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms.`);
  console.log(`Snelheid: ${Math.round(words / (median / 1000)).toLocaleString('nl-NL')} woorden per seconde (mediaan).`);
  if (p95 >= 1000) {
    console.error('Te traag: één document moet ruim binnen een seconde klaar zijn.');
    return 1;
  }
  return 0;
}

process.exitCode = main();
