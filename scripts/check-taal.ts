/**
 * The B1 taalcheck for editors and CI.
 *
 *   npm run check:taal                      all content, and the built pages if dist/ exists
 *   npm run check:taal -- --content         only content
 *   npm run check:taal -- --pages           only the built pages in dist/
 *   npm run check:taal -- a.txt b.md        only these files (.txt, .md, .html, content .yaml/.md)
 *   npm run check:taal -- --json …          per file { file, verdict, ruleSet, score, findings[] } as JSON
 *   npm run check:taal -- --b1 …            judge by the b1 rule set: only "B1" or "niet B1"
 *   npm run check:taal -- --huisstijl …     judge by the house style (the default for content/ and dist/)
 *
 * Without --b1 or --huisstijl, content files and built pages are held to the house style, other
 * files (a .txt or .md somewhere else) to the b1 rule set.
 * Exits 0 when every text passes its rule set, 1 when one does not or a file could not be read.
 * See src/lib/taal/README.md for the rules and thresholds.
 *
 * Whole-folder runs keep each verdict in node_modules/.cache/preventiekaart-taal/ and check only
 * what changed (scripts/taal/verdict-cache.ts; PREVENTIEKAART_TAAL_CACHE=uit runs without it), and
 * spread more than 500 files over worker threads (scripts/taal/run.ts; PREVENTIEKAART_TAAL_WORKERS=0
 * for none). Neither changes the output or the exit code.
 */
import { existsSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import yaml from 'js-yaml';
import { checkTextWith, positionIn } from '../src/lib/taal/check';
import { composeText, parseContentSource, textFields } from '../src/lib/taal/content';
import { checkPage } from '../src/lib/taal/html';
import { validateJargonList } from '../src/lib/taal/jargon-schema';
import { loadLanguageData } from '../src/lib/taal/load';
import type { Finding, LanguageData, LanguageException, RuleSetName } from '../src/lib/taal/types';
import { ruleLabel } from '../src/lib/taal/verdict';
import { plural } from '../src/lib/format';
import { checkAll, workerCount } from './taal/run';
import {
  checkTask,
  CONTENT_COLLECTIONS,
  display as displayIn,
  filesIn,
  readSource,
  type Collection,
  type FileReport,
  type Task,
} from './taal/tasks';
import { cacheFolder, checkerVersion, NameCache, VerdictCache } from './taal/verdict-cache';

const root = process.cwd();
const MAX_FINDINGS_SHOWN = 40;

interface Options {
  content: boolean;
  pages: boolean;
  json: boolean;
  files: string[];
  help: boolean;
  unknownFlags: string[];
  /** Chosen with --b1 or --huisstijl; otherwise per file (see the header). */
  ruleSet?: RuleSetName;
  conflictingRuleSets: boolean;
}

function parseArguments(args: readonly string[]): Options {
  const options: Options = {
    content: false,
    pages: false,
    json: false,
    files: [],
    help: false,
    unknownFlags: [],
    conflictingRuleSets: false,
  };
  const choose = (ruleSet: RuleSetName) => {
    if (options.ruleSet !== undefined && options.ruleSet !== ruleSet) options.conflictingRuleSets = true;
    options.ruleSet = ruleSet;
  };
  for (const arg of args) {
    if (arg === '--b1') choose('b1');
    else if (arg === '--huisstijl') choose('huisstijl');
    else if (arg === '--content') options.content = true;
    else if (arg === '--pages') options.pages = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) options.unknownFlags.push(arg);
    else options.files.push(arg);
  }
  return options;
}

const display = (path: string) => displayIn(root, path);

/** The collection a path belongs to, when it is a content file: content/<collection>/… */
function collectionOf(path: string): Collection | undefined {
  const parts = display(path).split('/');
  if (parts[0] !== 'content') return undefined;
  return CONTENT_COLLECTIONS.find((collection) => collection === parts[1]);
}

/** Content and built pages: the house style, unless --b1 or --huisstijl was given. */
function isSitePath(path: string): boolean {
  const parts = display(path).split('/');
  return parts[0] === 'content' || parts[0] === 'dist';
}

function ruleSetFor(path: string, chosen: RuleSetName | undefined): RuleSetName {
  return chosen ?? (isSitePath(path) ? 'huisstijl' : 'b1');
}

function checkContentFile(path: string, collection: Collection, data: LanguageData, ruleSet: RuleSetName): FileReport {
  const file = display(path);
  const { source, error } = readSource(path);
  if (source === undefined) return { file, error: error! };
  return checkTask({ kind: 'inhoud', path, collection, ruleSet }, file, source, data, []);
}

function checkAnyFile(path: string, data: LanguageData, pageExceptions: readonly LanguageException[], ruleSet: RuleSetName): FileReport {
  const file = display(path);
  const collection = collectionOf(path);
  const extension = extname(path).toLowerCase();
  if (collection && (extension === '.md' || extension === '.yaml' || extension === '.yml'))
    return checkContentFile(path, collection, data, ruleSet);
  const { source, error } = readSource(path);
  if (source === undefined) return { file, error: error! };
  if (file === 'content/taal/moeilijke-woorden.yaml') {
    try {
      const { problems } = validateJargonList(yaml.load(source), file);
      if (problems.length) return { file, error: problems.join('\n') };
      return {
        file,
        result: {
          ...checkTextWith('', data, { file, ruleSet }),
          note: `De lijst met moeilijke woorden is in orde (${data.jargon.length} woorden).`,
        },
      };
    } catch (yamlError) {
      return { file, error: `De YAML-opmaak klopt niet (${(yamlError as Error).message.split('\n')[0]}).` };
    }
  }
  if (extension === '.html' || extension === '.htm')
    return { file, result: checkPage(source, data, { file, exceptions: pageExceptions, ruleSet }) };
  if (extension === '.yaml' || extension === '.yml') {
    // A YAML file outside the content folders: check its text fields, like content.
    const parsed = parseContentSource(source, false);
    if (parsed.problem) return { file, error: parsed.problem };
    const composed = composeText(textFields(parsed.data), source);
    return { file, result: checkTextWith(composed.text, data, { file, locate: composed.locate, ruleSet }) };
  }
  if (extension === '.md') {
    // Frontmatter is data, not text to read: only the body counts, with lines as in the file.
    const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
    const offset = frontmatter ? frontmatter[0].length : 0;
    const inSource = positionIn(source);
    return { file, result: checkTextWith(source.slice(offset), data, { file, locate: (at) => inSource(at + offset), ruleSet }) };
  }
  return {
    file,
    result: checkTextWith(source, data, { file, markdown: extension !== '.txt' || /^(#{1,6} |[-*] |\|)/m.test(source), ruleSet }),
  };
}

function activityExceptions(): LanguageException[] {
  const exceptions: LanguageException[] = [];
  for (const path of filesIn(join(root, 'content', 'activiteiten'), ['.md'])) {
    const { source } = readSource(path);
    if (source === undefined) continue;
    const { data } = parseContentSource(source, true);
    const list = data && typeof data === 'object' && 'taaluitzonderingen' in data ? data.taaluitzonderingen : undefined;
    if (!Array.isArray(list)) continue;
    for (const item of list) if (item && typeof item === 'object' && typeof item.tekst === 'string') exceptions.push({ tekst: item.tekst });
  }
  return exceptions;
}

function location(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

function formatReport(report: FileReport): string[] {
  if (report.error) return [`✗ ${report.file}: kan niet gecontroleerd worden.`, ...report.error.split('\n').map((line) => `    ${line}`)];
  const result = report.result!;
  if (result.verdict === 'B1') return result.note ? [`• ${report.file}: ${result.note}`] : [];
  const lines = [`✗ ${report.file}: ${result.verdict}${result.score !== null ? ` (leesbaarheid ${result.score})` : ''}`];
  if (result.note) lines.push(`    ${result.note}`);
  for (const reason of result.reasons) lines.push(`    Waarom: ${reason}`);
  // Errors first: they are what makes the text fail. Advice after, as far as there is room.
  const byPlace = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column;
  const errors = result.findings.filter((finding) => finding.severity === 'fout').sort(byPlace);
  const advice = result.findings.filter((finding) => finding.severity === 'advies').sort(byPlace);
  const shown = [...errors, ...advice].slice(0, Math.max(MAX_FINDINGS_SHOWN, errors.length));
  for (const finding of shown) {
    const words = finding.words.length ? ` "${finding.words.join('", "')}"` : '';
    const severity = finding.severity === 'advies' ? 'advies' : finding.houseStyle ? 'FOUT (huisstijl)' : 'FOUT  ';
    lines.push(`    ${location(finding)}  ${severity}  ${ruleLabel(finding.rule)}:${words}`);
    lines.push(`        ${finding.message} ${finding.suggestion}`);
  }
  const hidden = result.findings.length - shown.length;
  if (hidden > 0)
    lines.push(
      `    … en nog ${hidden} ${hidden === 1 ? 'advies' : 'adviezen'}. Zie alles met: npm run check:taal -- --json ${report.file}`,
    );
  return lines;
}

function toJson(report: FileReport) {
  if (report.error) return { file: report.file, verdict: null, score: null, findings: [], error: report.error };
  const result = report.result!;
  return {
    file: report.file,
    verdict: result.verdict,
    ruleSet: result.ruleSet,
    score: result.score,
    findings: result.findings,
    reasons: result.reasons,
    stats: result.stats,
    ...(result.note ? { note: result.note } : {}),
  };
}

const HELP = `Taalcheck B1: controleert of teksten in eenvoudig Nederlands (taalniveau B1) zijn geschreven.

Gebruik:
  npm run check:taal                      alle inhoud, en de gebouwde pagina's als de map dist/ er is
  npm run check:taal -- --content         alleen de inhoud in content/
  npm run check:taal -- --pages           alleen de gebouwde pagina's in dist/
  npm run check:taal -- tekst.txt pagina.md   alleen deze bestanden
  npm run check:taal -- --json …          uitkomst als JSON
  npm run check:taal -- --b1 …            alleen de vraag: is de tekst B1?
  npm run check:taal -- --huisstijl …     ook de strengere regels van de huisstijl

Twee soorten regels:
  b1          Is de tekst B1? De grenzen komen uit teksten waarvan taalexperts het niveau gaven.
              Het oordeel is "B1" of "niet B1".
  huisstijl   B1, en ook de strengere regels van deze site: korte zinnen, geen vaktaal,
              datum en tijd in woorden. Breekt een tekst alleen een regel van de huisstijl,
              dan is het oordeel "past niet bij de huisstijl". De tekst is dan wel B1.
Zonder --b1 of --huisstijl geldt de huisstijl voor de inhoud (content/) en de gebouwde pagina's (dist/),
en b1 voor andere bestanden.

De check stopt met code 0 als alles in orde is, en met code 1 als een tekst niet B1 is of niet bij de huisstijl past.`;

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  if (options.unknownFlags.length) {
    console.error(`Onbekende optie ${options.unknownFlags.join(', ')}. Kies uit --content, --pages, --json, --b1, --huisstijl en --help.`);
    return 1;
  }
  if (options.conflictingRuleSets) {
    console.error('Kies --b1 of --huisstijl, niet allebei.');
    return 1;
  }

  const warn = (message: string) => console.error(message);
  const folder = cacheFolder(root);
  const version = folder ? checkerVersion(root) : '';
  const nameCache = folder ? NameCache.load(join(folder, 'namen.json'), version, warn) : undefined;
  const { data, problems } = loadLanguageData(root, nameCache ? { nameMemo: nameCache } : {});
  nameCache?.save(warn);
  if (problems.length) {
    console.error('De taalcheck kan niet starten, omdat er iets mis is met zijn gegevens:');
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }

  let reports: FileReport[] = [];
  const notes: string[] = [];
  const both = !options.content && !options.pages;
  const withPages = options.pages || both;
  // Pages may show any activity's text, so they get every activity's exceptions; content files only their own.
  const pageExceptions = options.files.length || withPages ? activityExceptions() : [];
  if (options.files.length) {
    for (const path of options.files) reports.push(checkAnyFile(path, data, pageExceptions, ruleSetFor(path, options.ruleSet)));
  } else {
    const tasks: Task[] = [];
    if (options.content || both) {
      for (const collection of CONTENT_COLLECTIONS) {
        for (const path of filesIn(join(root, 'content', collection), collection === 'activiteiten' ? ['.md'] : ['.yaml', '.yml'])) {
          tasks.push({ kind: 'inhoud', path, collection, ruleSet: options.ruleSet ?? 'huisstijl' });
        }
      }
    }
    if (withPages) {
      const dist = join(root, 'dist');
      if (!existsSync(dist)) {
        if (options.pages) {
          console.error('Er is nog geen map dist/. Bouw eerst de site met: npm run build');
          return 1;
        }
        notes.push("De site is nog niet gebouwd (geen map dist/). De tekst van de pagina's is niet gecontroleerd.");
      } else {
        // dist/admin/ is the web editor for editors (Sveltia CMS, a third-party app), not a page of the site.
        const admin = join(dist, 'admin') + sep;
        for (const path of filesIn(dist, ['.html']).filter((file) => !file.startsWith(admin)))
          tasks.push({ kind: 'pagina', path, ruleSet: options.ruleSet ?? 'huisstijl' });
      }
    }
    const caches = folder
      ? {
          inhoud: VerdictCache.load(join(folder, 'inhoud.json'), version, warn),
          pagina: VerdictCache.load(join(folder, 'paginas.json'), version, warn),
        }
      : undefined;
    reports = (
      await checkAll(
        tasks,
        { root, data, pageExceptions, ...(caches ? { version } : {}) },
        { ...(caches ? { caches } : {}), workers: (pending) => workerCount(pending), warn },
      )
    ).reports;
    if (caches) {
      if (options.content || both) caches.inhoud.save(warn);
      if (withPages && tasks.some((task) => task.kind === 'pagina')) caches.pagina.save(warn);
    }
  }

  const failed = reports.filter((report) => report.error || report.result?.verdict !== 'B1');
  if (options.json) {
    console.log(JSON.stringify(reports.map(toJson), null, 2));
  } else {
    // Over whole folders, files without prose (a location, an organisation) are normal: one line for
    // all of them instead of a line each, which read like errors. Named files keep their own line.
    const isWordless = (report: FileReport) => report.result?.verdict === 'B1' && report.result.stats.words === 0 && !!report.result.note;
    const wordless = options.files.length ? [] : reports.filter(isWordless);
    const lines = reports.filter((report) => !wordless.includes(report)).flatMap(formatReport);
    if (wordless.length)
      lines.push(`• ${plural(wordless.length, 'bestand heeft', 'bestanden hebben')} geen tekst om te controleren. Dat is goed.`);
    if (lines.length) console.log(lines.join('\n'));
    for (const note of notes) console.log(`• ${note}`);
    const checked = reports.length;
    const passed = checked - failed.length;
    const notB1 = reports.filter((report) => report.error || report.result?.verdict === 'niet B1').length;
    const notHouseStyle = failed.length - notB1;
    const anyHouseStyle = reports.some((report) => report.result?.ruleSet === 'huisstijl');
    const fine = anyHouseStyle ? 'B1 en passen bij de huisstijl' : 'B1';
    const problems = [
      notB1 ? `${notB1} niet B1` : '',
      notHouseStyle ? `${notHouseStyle} ${notHouseStyle === 1 ? 'past' : 'passen'} niet bij de huisstijl` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const summary =
      checked === 0
        ? 'Taalcheck: er was niets te controleren.'
        : checked === 1
          ? failed.length === 0
            ? `Taalcheck: de tekst is ${anyHouseStyle ? 'B1 en past bij de huisstijl' : 'B1'}.`
            : `Taalcheck: de tekst ${notB1 ? 'is niet B1' : 'past niet bij de huisstijl'}. Pas de tekst aan.`
          : failed.length === 0
            ? `Taalcheck: alle ${checked} teksten zijn ${fine}.`
            : `Taalcheck: ${passed} van de ${checked} teksten zijn ${fine}. Niet in orde: ${problems}. Pas de teksten met ✗ aan.`;
    console.log(`${lines.length ? '\n' : ''}${summary}`);
  }
  return failed.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Never a stack trace for editors: say what happened and how to go on.
  console.error(
    `De taalcheck liep vast: ${(error as Error).message ?? String(error)}. Meld dit aan de ontwikkelaars, met de opdracht die u gaf.`,
  );
  process.exitCode = 1;
}
