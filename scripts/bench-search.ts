/**
 * Benchmark of the live search on /zoeken/ at national scale.
 *   npm run bench:search                        1,000, 10,000 and 50,000 activities
 *   npm run bench:search -- --sizes=1000,10000  a quicker run
 * Generates synthetic activities from the real ones (scripts/bench/corpus.ts), builds shards with the
 * real buildShard, serves them next to the built site in dist/ and drives the real client in Chromium.
 * Prints shard sizes (gzip), time to first result and per-keystroke latency against the targets.
 * A benchmark, not a test: it exits 0 when a target is missed, and 1 only when it cannot run.
 * The machine may be shared and noisy: the figures are medians and percentiles of one run.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import {
  clickSearchAll,
  openSession,
  typeQuery,
  waitForFirstRender,
  waitForSearchAllButton,
  type Keystroke,
  type Session,
} from './bench/browser';
import { BENCH_ROOT, generate, loadRealContent, type GeneratedSize, type SyntheticGemeente } from './bench/corpus';
import { startServer, type BenchServer } from './bench/serve';
import { chromiumArgs, findChromium } from './chromium';
// Above this total the client asks before it loads every shard.
import { SEARCH_ALL_UP_TO } from '../src/lib/search/manifest-view';

const DIST = 'dist';
const SEARCH_PAGE = `${DIST}/zoeken/index.html`;
const DEFAULT_SIZES = [1000, 10_000, 50_000];

const TARGET = {
  /** One frame at 60 Hz. */
  keystrokeOneGemeenteMs: 16,
  keystrokeAllMs: 50,
  /** Judged at this size; smaller sizes show the same check for information. */
  keystrokeAllAt: 50_000,
  shardGzipBytes: 60 * 1024,
};

/** What residents, mantelzorgers and huisartsen type, typos included (see the brief). */
const QUERIES = [
  'wandelen',
  'eenzaam',
  'koffie drinken',
  'nederlands leren',
  'vergeetachtig',
  'geldzorgen',
  'alzeimer',
  'taalmaatje',
  'mantelzorg',
  'somberheid',
  'samen eten',
  'fietsen',
  'zwemmen voor ouderen',
  'hulp bij formulieren',
  'digid',
  'computer les',
  'schulden',
  'rouwverwerking',
  'praatgroep',
  'dementie',
  'ik voel me alleen',
  'bewegen 65+',
  'yoga',
  'zingen in een koor',
  'handwerken',
  'schilderen',
  'moestuin',
  'klussen in huis',
  'maaltijd aan huis',
  'jongeren',
  'opvoeden',
  'mantelzorgers ontmoeten',
  'stress',
  'piekeren',
  'weinig zelfvertrouwen',
  'vrijwilligerswerk',
  'buurthuis',
  'inloop',
  'welzijn op recept',
  'valpreventie',
  'wandelem',
  'eenzaamheit',
  'vrijwiliger',
  'mantelzrog',
  'kofie',
  'dementy',
  'sociaal isolement',
  'psychosociale klachten',
  'lichte depressie',
  'overbelaste mantelzorger',
  'beweegprogramma',
];

/**
 * A different set for the warm-up pass: it warms the JIT and loads the shards and the fuzzy word
 * index, but leaves the client's per-word cache cold for the measured words, as for a new visitor.
 */
const WARM_UP = [
  'sport',
  'lezen',
  'muziek',
  'kinderen',
  'ontmoeting',
  'spelletjes',
  'biljart',
  'tekenen',
  'dansen',
  'gezond koken',
  'verdriet',
  'post',
];

/** Place words from the synthetic data: gebieden of the largest gemeente and of others. */
function placeQueries(size: GeneratedSize): string[] {
  const { largest } = size;
  const others = size.gemeenten.filter((gemeente) => gemeente !== largest);
  const other = others[Math.floor(others.length / 2)] ?? largest;
  const small = others[others.length - 1] ?? largest;
  const gebied = (gemeente: SyntheticGemeente, index: number) => gemeente.gebieden[Math.min(index, gemeente.gebieden.length - 1)]!.naam;
  return [
    `wandelen in ${gebied(largest, 1)}`,
    `koffie ${gebied(largest, largest.gebieden.length - 1)}`,
    `${largest.naam} taalcafe`,
    `eten in ${gebied(other, 1)}`,
    `${other.naam} dementie`,
    `fietsen ${small.naam.toLowerCase()}`,
  ];
}

function warmUpPlace(size: GeneratedSize): string {
  const gemeente = size.gemeenten[1] ?? size.largest;
  return `sport ${gemeente.gebieden[gemeente.gebieden.length - 1]!.naam}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The built page lists only the real gemeenten in its selects. The client drops a URL gemeente the
 * select has no option for as soon as the visitor types, so the page is served with the options the
 * build would write for the synthetic gemeenten (as SearchPage.astro does), dist/ itself untouched.
 */
function searchPageFor(size: GeneratedSize, html: string): string {
  const gemeenten = size.manifest.gemeenten;
  const gebiedenOf = new Map(size.gemeenten.map((gemeente) => [gemeente.id, gemeente.gebieden]));
  const groups = gemeenten
    .map(
      (gemeente) =>
        `<optgroup label="Gemeente ${escapeHtml(gemeente.naam)}">${(gebiedenOf.get(gemeente.id) ?? [])
          .map((gebied) => `<option value="${gebied.id}">${escapeHtml(gebied.naam)}</option>`)
          .join('')}</optgroup>`,
    )
    .join('');
  const options: Record<string, string> = {
    'zoek-gemeente': gemeenten.map((gemeente) => `<option value="${gemeente.id}">${escapeHtml(gemeente.naam)}</option>`).join(''),
    'zoek-gebied': groups,
    'zoek-bij': groups,
  };
  let page = html;
  for (const [id, inner] of Object.entries(options)) {
    const pattern = new RegExp(`(<select[^>]*id="${id}"[^>]*>\\s*<option value="">[^<]*</option>)[\\s\\S]*?(</select>)`);
    if (!pattern.test(page))
      throw new Error(`${SEARCH_PAGE}: no <select id="${id}"> with an empty first option; the bench cannot list the synthetic places.`);
    page = page.replace(pattern, (_, open: string, close: string) => `${open}${inner}${close}`);
  }
  return page;
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

const sortedOf = (values: readonly number[]) => values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface TypingResult {
  keys: Keystroke[];
  /** Queries with no place word in which the page still read a place. */
  unexpectedPlaces: string[];
}

interface SizeResult {
  size: GeneratedSize;
  generateMs: number;
  pageGzip: number;
  firstOne: number;
  firstAll: number;
  /** The site is small enough that the page searched everywhere without the button. */
  allWithoutButton: boolean;
  one: TypingResult;
  all: TypingResult;
  problems: string[];
}

async function withSession<T>(
  browser: Browser,
  server: BenchServer,
  problems: string[],
  label: string,
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const session = await openSession(browser, server.origin);
  try {
    return await run(session);
  } finally {
    for (const error of new Set(session.errors)) problems.push(`${label}: ${error}`);
    if (session.blocked.length)
      problems.push(`${label}: ${session.blocked.length} request(s) off this machine refused, first ${session.blocked[0]}`);
    await session.context.close();
  }
}

async function typeAll(session: Session, queries: readonly string[], placeQueries: ReadonlySet<string>): Promise<TypingResult> {
  const keys: Keystroke[] = [];
  const unexpectedPlaces: string[] = [];
  for (const query of queries) {
    const typed = await typeQuery(session.page, query);
    keys.push(...typed.keys);
    if (typed.placeFromQuery && !placeQueries.has(query)) unexpectedPlaces.push(query);
  }
  return { keys, unexpectedPlaces };
}

async function benchSize(
  browser: Browser,
  server: BenchServer,
  html: string,
  activities: number,
  real: ReturnType<typeof loadRealContent>,
): Promise<SizeResult> {
  const started = performance.now();
  const size = generate(activities, real);
  const generateMs = performance.now() - started;
  server.useData(size.dir);
  const page = searchPageFor(size, html);
  server.override('/zoeken/', page);
  server.override('/zoeken/index.html', page);
  const pageGzip = gzipSync(page).length;

  const problems: string[] = [];
  const total = size.manifest.gemeenten.reduce((sum, gemeente) => sum + gemeente.aantal, 0);
  const allWithoutButton = total <= SEARCH_ALL_UP_TO;
  const oneUrl = `${server.origin}/zoeken/?gemeente=${size.largest.id}&q=wandelen`;
  const allUrl = `${server.origin}/zoeken/?q=wandelen`;

  const firstInOne = () =>
    withSession(browser, server, problems, 'first result, 1 gemeente', async ({ page: tab }) => {
      await tab.goto(oneUrl, { waitUntil: 'commit' });
      return (await waitForFirstRender(tab)).at;
    });
  const firstInAll = () =>
    withSession(browser, server, problems, 'first result, all gemeenten', async ({ page: tab }) => {
      await tab.goto(allUrl, { waitUntil: 'commit' });
      if (allWithoutButton) return (await waitForFirstRender(tab)).at;
      await waitForSearchAllButton(tab);
      return (await clickSearchAll(tab)).ms;
    });
  // One throwaway run of each first, so the server's and the OS's file caches are warm for the measured one.
  await firstInOne();
  await firstInAll();
  const firstOne = await firstInOne();
  const firstAll = await firstInAll();

  const places = placeQueries(size);
  const measured = [...QUERIES, ...places];
  const warmUp = [...WARM_UP, warmUpPlace(size)];
  const withPlace = new Set(places);

  const one = await withSession(browser, server, problems, 'keystrokes, 1 gemeente', async (session) => {
    await session.page.goto(`${server.origin}/zoeken/?gemeente=${size.largest.id}`, { waitUntil: 'commit' });
    await waitForFirstRender(session.page);
    await typeAll(session, warmUp, new Set());
    return typeAll(session, measured, withPlace);
  });
  const all = await withSession(browser, server, problems, 'keystrokes, all gemeenten', async (session) => {
    await session.page.goto(`${server.origin}/zoeken/`, { waitUntil: 'commit' });
    if (allWithoutButton) await waitForFirstRender(session.page);
    else {
      await waitForSearchAllButton(session.page);
      await clickSearchAll(session.page);
    }
    await typeAll(session, warmUp, new Set());
    return typeAll(session, measured, withPlace);
  });
  for (const [label, typing] of [
    ['1 gemeente', one],
    ['all gemeenten', all],
  ] as const) {
    const lost = typing.keys.filter((key) => !Number.isFinite(key.ms));
    if (lost.length)
      problems.push(`keystrokes, ${label}: ${lost.length} keystroke(s) rendered nothing within 30 s, first "${lost[0]!.prefix}"`);
    if (typing.unexpectedPlaces.length)
      problems.push(
        `keystrokes, ${label}: a place was read in queries without one: ${typing.unexpectedPlaces.map((query) => `"${query}"`).join(', ')}`,
      );
  }
  return { size, generateMs, pageGzip, firstOne, firstAll, allWithoutButton, one, all, problems };
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

function keystrokeFigures(keys: readonly Keystroke[]) {
  const times = sortedOf(keys.map((key) => key.ms));
  const frames = sortedOf(keys.map((key) => key.frameMs));
  return {
    count: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    frameP50: percentile(frames, 0.5),
    frameP95: percentile(frames, 0.95),
  };
}

function printReport(results: readonly SizeResult[]): void {
  const header = [
    'activities',
    'gemeenten',
    'shard gzip median/max',
    'manifest gzip',
    'first result (1 gemeente / all)',
    'keystroke p50/p95 (1 gemeente)',
    'keystroke p50/p95 (all)',
  ];
  const rows = results.map(({ size, firstOne, firstAll, allWithoutButton, one, all }) => {
    const shards = [...size.shardGzip].sort((a, b) => a - b);
    const a = keystrokeFigures(one.keys);
    const b = keystrokeFigures(all.keys);
    return [
      size.activities.toLocaleString('en-US'),
      String(size.gemeenten.length),
      `${kb(percentile(shards, 0.5))} / ${kb(shards[shards.length - 1]!)}`,
      kb(size.manifestGzip),
      `${ms(firstOne)} / ${ms(firstAll)}${allWithoutButton ? '*' : ''}`,
      `${ms(a.p50)} / ${ms(a.p95)}`,
      `${ms(b.p50)} / ${ms(b.p95)}`,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (results.some((result) => result.allWithoutButton)) {
    console.log(
      `* at most ${SEARCH_ALL_UP_TO} activities the page searches every gemeente unasked: time from navigation start, no button.`,
    );
  }
  console.log(
    'first result (1 gemeente): navigation start to first render of ?gemeente=<largest>&q=wandelen; (all): click on "Zoek in alle gemeenten" to render.',
  );
  console.log('keystroke: detail.ms of pk-search:rendered (input handling to end of rendering, before style and layout).');

  console.log('');
  console.log(
    `Targets: keystroke p95 <= ${TARGET.keystrokeOneGemeenteMs} ms in 1 gemeente; <= ${TARGET.keystrokeAllMs} ms over all at ${TARGET.keystrokeAllAt.toLocaleString('en-US')}; shard <= ${kb(TARGET.shardGzipBytes)} gzip.`,
  );
  const misses: string[] = [];
  for (const result of results) {
    const { size } = result;
    const a = keystrokeFigures(result.one.keys);
    const b = keystrokeFigures(result.all.keys);
    const maxShard = Math.max(...size.shardGzip);
    const over = size.shardGzip.filter((bytes) => bytes > TARGET.shardGzipBytes).length;
    const judged = size.activities === TARGET.keystrokeAllAt;
    const checks: [string, boolean, string][] = [
      [
        `keystroke p95, 1 gemeente (${size.largest.aantal} activities)`,
        a.p95 <= TARGET.keystrokeOneGemeenteMs,
        `${ms(a.p95)} vs ${TARGET.keystrokeOneGemeenteMs} ms`,
      ],
      [
        `keystroke p95, all gemeenten${judged ? '' : ' (target is for 50,000; shown for information)'}`,
        b.p95 <= TARGET.keystrokeAllMs,
        `${ms(b.p95)} vs ${TARGET.keystrokeAllMs} ms`,
      ],
      [
        `largest shard gzip${over ? ` (${over} of ${size.shardGzip.length} shards over)` : ''}`,
        maxShard <= TARGET.shardGzipBytes,
        `${kb(maxShard)} vs ${kb(TARGET.shardGzipBytes)}`,
      ],
    ];
    console.log(`${size.activities.toLocaleString('en-US')} activities:`);
    for (const [label, pass, figures] of checks) {
      console.log(`  ${verdict(pass)}  ${label}: ${figures}`);
      if (!pass && (judged || !label.includes('information')))
        misses.push(`${size.activities.toLocaleString('en-US')}: ${label}: ${figures}`);
    }
  }

  console.log('');
  console.log('Details:');
  for (const result of results) {
    const { size } = result;
    const a = keystrokeFigures(result.one.keys);
    const b = keystrokeFigures(result.all.keys);
    const slowest = (keys: readonly Keystroke[]) =>
      [...keys]
        .filter((key) => Number.isFinite(key.ms))
        .sort((x, y) => y.ms - x.ms)
        .slice(0, 3)
        .map((key) => `"${key.prefix}" ${ms(key.ms)}`)
        .join(', ');
    console.log(`${size.activities.toLocaleString('en-US')} activities, generated in ${ms(result.generateMs)} into ${size.dir}`);
    console.log(
      `  largest gemeente ${size.largest.naam} (${size.largest.id}): ${size.largest.aantal} activities, ${size.largest.gebieden.length} gebieden, ${size.words.largest} index words; all shards: ${size.words.all} distinct words, ${size.manifest.gebieden.length} gebieden`,
    );
    console.log(`  /zoeken/ page with the synthetic selects: ${kb(result.pageGzip)} gzip`);
    console.log(
      `  1 gemeente: ${a.count} keystrokes; to next frame p50/p95 ${ms(a.frameP50)} / ${ms(a.frameP95)}; slowest ${slowest(result.one.keys)}`,
    );
    console.log(
      `  all:        ${b.count} keystrokes; to next frame p50/p95 ${ms(b.frameP50)} / ${ms(b.frameP95)}; slowest ${slowest(result.all.keys)}`,
    );
    for (const problem of result.problems) console.log(`  problem: ${problem}`);
  }
  console.log('');
  if (misses.length) {
    console.log(`MISSED ${misses.length} target(s):`);
    for (const miss of misses) console.log(`  MISS ${miss}`);
  } else {
    console.log('All targets met.');
  }
}

/** How long to wait for dist/ when a build elsewhere is rewriting it. */
const DIST_WAIT_MS = 180_000;

/** The search page and every script it loads are there: a build in progress is not. */
function siteComplete(root: string): boolean {
  const page = join(root, 'zoeken', 'index.html');
  if (!existsSync(page)) return false;
  const scripts = [...readFileSync(page, 'utf8').matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
  return scripts.length > 0 && scripts.every((path) => existsSync(join(root, path)));
}

/**
 * dist/ is shared: another build may replace it while the bench runs, and new hashed script names
 * would then break the page halfway. The bench serves a copy taken once, when the site is complete.
 */
async function snapshotSite(): Promise<string | undefined> {
  const copy = join(BENCH_ROOT, 'site');
  for (const deadline = Date.now() + DIST_WAIT_MS; Date.now() < deadline; await sleep(2000)) {
    if (!siteComplete(DIST)) continue;
    rmSync(copy, { recursive: true, force: true });
    cpSync(DIST, copy, { recursive: true });
    if (siteComplete(copy)) return copy;
  }
  return undefined;
}

function parseSizes(argv: readonly string[]): number[] {
  const option = argv.find((arg) => arg.startsWith('--sizes='));
  if (!option) return DEFAULT_SIZES;
  const sizes = option
    .slice('--sizes='.length)
    .split(',')
    .map((value) => Number(value.replace(/_/g, '')));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes: expected whole numbers separated by commas, such as --sizes=1000,10000; got "${option}".`);
  }
  return sizes;
}

async function main(): Promise<number> {
  const sizes = parseSizes(process.argv.slice(2));
  const site = await snapshotSite();
  if (!site) {
    console.error(
      `${SEARCH_PAGE} or a script it loads is missing, also after ${DIST_WAIT_MS / 1000} s: the bench needs the built site. Build it first (npm run build), then run the bench again.`,
    );
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found. Install it (apt-get update && apt-get install -y chromium) or set PREVENTIEKAART_CHROMIUM.');
    return 1;
  }
  const html = readFileSync(join(site, 'zoeken', 'index.html'), 'utf8');
  const real = loadRealContent();
  const started = performance.now();
  const server = await startServer(site);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const results: SizeResult[] = [];
  try {
    for (const activities of sizes) {
      console.log(`${new Date().toISOString().slice(11, 19)} ${activities.toLocaleString('en-US')} activities ...`);
      results.push(await benchSize(browser, server, html, activities, real));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printReport(results);
  console.log(`Run time ${((performance.now() - started) / 1000).toFixed(0)} s; synthetic data and the copy of ${DIST}/ in ${BENCH_ROOT}.`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
