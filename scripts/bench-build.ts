/**
 * Benchmark of the whole build at national scale (issue 14).
 *   npm run bench:build                              1,000, 10,000 and 50,000 activities
 *   npm run bench:build -- --sizes 1000,10000        chosen sizes
 *   npm run bench:build -- --astro-flag <name>       with an Astro `experimental` flag on (repeatable);
 *                                                    a value as <name>=<value>: --astro-flag collectionStorage=chunked
 *   npm run bench:build -- --defer-render            the glob loaders with deferRender (Astro 7.1)
 *   npm run bench:build -- --keep                    keep the built dist/ folders (they are large)
 *
 * Per size it writes synthetic content (scripts/bench/content.ts, seeded) into a copy of the site in
 * the system's temporary folder (scripts/bench/project.ts), runs every phase of `npm run build` on its
 * own with PREVENTIEKAART_DATUM fixed, then builds a bare Astro site with the same Markdown pages.
 * It prints the wall time of each phase, the peak memory of its process tree, pages, output size and
 * milliseconds per page, the ratios site/bare, and a Markdown table for the README.
 * After each site build it checks the size budgets (src/lib/budgets.ts, as check:budgets does) and
 * exits 1, after printing everything, when a size breaks a budget or a build fails.
 * A benchmark: run it on a quiet machine. At 50,000 the site builds in about 7 minutes (over an hour in the
 * measurements of issue 14) and needs a few GB of disk in the temporary folder.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { budgetTable, overBudgetMessages, type BudgetReport } from '../src/lib/budgets';
import { writeSyntheticContent } from './bench/content';
import { canMeasureMemory, phasesOf, runPhase, type PhaseResult } from './bench/measure';
import { prepareBareProject, prepareSiteProject } from './bench/project';
import { budgetReportAt } from './built-site';

const TEST_DATE = '2026-11-23';
const DEFAULT_SIZES = [1_000, 10_000, 50_000];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'astro-flag': { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
    'defer-render': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map((size) => Number(size.replace(/[_.]/g, ''))) : DEFAULT_SIZES;
if (sizes.some((size) => !Number.isInteger(size) || size < 20)) {
  console.error(`--sizes takes whole numbers of at least 20, separated by commas, such as --sizes 1000,10000 (got "${values.sizes}").`);
  process.exit(2);
}
const astroFlags = values['astro-flag']!;
const deferRender = values['defer-render']!;
const variant = [...astroFlags.map((flag) => flag.replace(/[^\w]+/g, '-')), ...(deferRender ? ['defer-render'] : [])];
const repo = resolve('.');
const benchRoot = join(tmpdir(), 'preventiekaart-bench');

interface BuildResult {
  phases: PhaseResult[];
  pages: number;
  outputBytes: number;
  failed?: string;
}

interface SizeResult {
  activities: number;
  site: BuildResult;
  bare: BuildResult;
  budgets?: BudgetReport;
}

function distStats(dist: string): { pages: number; outputBytes: number } {
  let pages = 0;
  let outputBytes = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    // The web editor under admin/ is no page of the site, and its bundle (a few MB) does not grow with the content.
    if (!entry.isFile() || path.slice(dist.length + 1).startsWith('admin/')) continue;
    outputBytes += statSync(path).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, outputBytes };
}

async function build(project: string, phases: { name: string; command: string }[], logFile: string): Promise<BuildResult> {
  const env = {
    ...process.env,
    PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`,
    PREVENTIEKAART_DATUM: TEST_DATE,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const results: PhaseResult[] = [];
  for (const phase of phases) {
    const result = await runPhase(phase.name, phase.command, { cwd: project, env, logFile });
    results.push(result);
    console.log(
      `  ${phase.name.padEnd(28)} ${seconds(result.seconds).padStart(9)}  ${memory(result.peakRss).padStart(9)}${result.exitCode ? `  FAILED (exit ${result.exitCode}), see ${logFile}` : ''}`,
    );
    if (result.exitCode !== 0) return { phases: results, pages: 0, outputBytes: 0, failed: `${phase.name} failed, see ${logFile}` };
  }
  return { phases: results, ...distStats(join(project, 'dist')) };
}

const seconds = (value: number) => `${value < 100 ? value.toFixed(1) : Math.round(value)} s`;
const memory = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 30).toFixed(2)} GiB`);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const thousands = (value: number) => value.toLocaleString('en-US');
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`;
const total = (result: BuildResult) => result.phases.reduce((sum, phase) => sum + phase.seconds, 0);
const peak = (result: BuildResult) => (canMeasureMemory ? Math.max(0, ...result.phases.map((phase) => phase.peakRss ?? 0)) : undefined);
const astroPhase = (result: BuildResult) => result.phases.find((phase) => /^astro build\b/.test(phase.command));
const perPage = (secondsTaken: number | undefined, pages: number) =>
  secondsTaken === undefined || pages === 0 ? undefined : (secondsTaken * 1000) / pages;
const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);

async function runSize(activities: number): Promise<SizeResult> {
  const root = join(benchRoot, [String(activities), ...variant].join('-'));
  const site = join(root, 'site');
  const bare = join(root, 'bare');
  console.log(`\n${thousands(activities)} activities (${root})`);
  for (const log of ['site.log', 'bare.log']) rmSync(join(root, log), { force: true });
  prepareSiteProject(repo, site, { experimental: astroFlags, deferRender });
  const written = writeSyntheticContent(join(site, 'content'), activities, join(repo, 'content'));
  console.log(
    `  content: ${thousands(written.activities)} activities, ${written.gebieden} gebieden, ${written.gemeenten} gemeenten, ${written.organisaties} organisaties, ${written.locaties} locaties`,
  );
  const scripts = (JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  console.log('  Preventiekaart (npm run build, phase by phase)');
  const siteResult = await build(site, phasesOf(scripts, 'build'), join(root, 'site.log'));
  const budgets = siteResult.failed ? undefined : budgetReportAt(site);

  const pages = prepareBareProject(repo, bare, join(site, 'content', 'activiteiten'));
  console.log(`  bare Astro site (${thousands(pages)} Markdown pages)`);
  const bareResult = await build(bare, [{ name: 'astro build', command: 'astro build' }], join(root, 'bare.log'));
  if (!values.keep) for (const project of [site, bare]) rmSync(join(project, 'dist'), { recursive: true, force: true });
  return { activities, site: siteResult, bare: bareResult, budgets };
}

function table(results: SizeResult[]): string[] {
  const phaseNames = [...new Set(results.flatMap((result) => result.site.phases.map((phase) => phase.name)))];
  const header = [
    'activities',
    'build',
    'pages',
    ...phaseNames,
    'whole build',
    'peak memory',
    'output',
    'astro build per page',
    'whole build per page',
    'output per page',
  ];
  const rows = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const result of results) {
    for (const [label, build] of [
      ['Preventiekaart', result.site],
      ['bare Astro', result.bare],
    ] as const) {
      const cells = phaseNames.map((name) => {
        const phase =
          build.phases.find((item) => item.name === name) ??
          (label === 'bare Astro' && name.startsWith('astro build') ? astroPhase(build) : undefined);
        return phase ? seconds(phase.seconds) : '–';
      });
      rows.push(
        `| ${thousands(result.activities)} | ${label}${build.failed ? ' (failed)' : ''} | ${thousands(build.pages)} | ${cells.join(' | ')} | ${seconds(total(build))} | ${memory(peak(build))} | ${megabytes(build.outputBytes)} | ${ms(perPage(astroPhase(build)?.seconds, build.pages))} | ${ms(perPage(total(build), build.pages))} | ${build.pages ? `${(build.outputBytes / build.pages / 1000).toFixed(1)} KB` : 'n/a'} |`,
      );
    }
    const { site, bare } = result;
    const ratios = phaseNames.map((name) =>
      name.startsWith('astro build')
        ? ratio(perPage(astroPhase(site)?.seconds, site.pages), perPage(astroPhase(bare)?.seconds, bare.pages))
        : '',
    );
    rows.push(
      `| ${thousands(result.activities)} | site / bare, per page | ${ratio(site.pages, bare.pages)} | ${ratios.join(' | ')} | | ${ratio(peak(site), peak(bare))} | ${ratio(site.outputBytes, bare.outputBytes)} | ${ratio(perPage(astroPhase(site)?.seconds, site.pages), perPage(astroPhase(bare)?.seconds, bare.pages))} | ${ratio(perPage(total(site), site.pages), perPage(total(bare), bare.pages))} | ${ratio(site.outputBytes / site.pages, bare.outputBytes / bare.pages)} |`,
    );
  }
  return rows;
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await runSize(size));

console.log('\n## Bench: build at scale\n');
console.log(table(results).join('\n'));
console.log(
  `\nPeak memory: the largest sum of RSS over the process tree of a phase, sampled every 100 ms${canMeasureMemory ? '' : ' (NOT MEASURED: this system has no /proc)'}; for the site the largest of its phases.`,
);
console.log(
  "Output: bytes of dist/ without admin/ (the web editor's bundle, the same at every size). Ratios per page (the site has more pages than activities); the pages ratio is site pages / bare pages. Wall times depend on the machine; compare the rows of one run.",
);
if (astroFlags.length) console.log(`Astro experimental flags on: ${astroFlags.join(', ')}.`);
if (deferRender) console.log("The site's glob loaders with deferRender: true (the bare site as it is).");

let broken = false;
for (const result of results) {
  console.log(`\n### Budgets at ${thousands(result.activities)} activities\n`);
  if (result.site.failed || !result.budgets) {
    console.log(`The site was not built: ${result.site.failed ?? 'no dist/'}.`);
    broken = true;
    continue;
  }
  console.log(budgetTable(result.budgets).join('\n'));
  const problems = [...result.budgets.problems, ...overBudgetMessages(result.budgets)];
  for (const problem of problems) console.log(`- ${problem}`);
  if (problems.length) broken = true;
}
if (results.some((result) => result.bare.failed)) broken = true;
process.exit(broken ? 1 : 0);
