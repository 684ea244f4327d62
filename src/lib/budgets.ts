/**
 * Size budgets of the built site (issue 14), checked by `npm run check:budgets` in `npm test` and by
 * `npm run bench:build` at every size. Pure: the caller hands in the file list, the text of a file and
 * its gzip size, so the tests use small in-memory sites.
 *
 * Sizes are gzip bytes (what travels: the host compresses HTML, JSON and scripts, see
 * scripts/host/nginx.conf), and a KB is 1,000 bytes, as `SHARD_BUDGET_BYTES` in search/shard.ts.
 */
import { initSync, parse } from 'es-module-lexer';
import { openDataFiles, type OpenDataCatalog } from './open-data/files';

/** Every HTML page: what a visitor on a slow phone waits for before anything shows. */
export const HTML_BUDGET_BYTES = 60_000;
/** Every JSON file a page loads before the visitor asks for more, and every other JSON file the site's own scripts load. */
export const JSON_BUDGET_BYTES = 100_000;
/** The map's JavaScript on /kaart/: its element, Leaflet and the marker code, with every file they import. */
export const MAP_SCRIPT_BUDGET_BYTES = 70_000;

export type BudgetKind = 'html' | 'json' | 'kaart-js';

export const BUDGETS: Record<BudgetKind, number> = {
  html: HTML_BUDGET_BYTES,
  json: JSON_BUDGET_BYTES,
  'kaart-js': MAP_SCRIPT_BUDGET_BYTES,
};

/** The page whose map scripts are measured, and the component that carries the map (Astro names a component's script bundle after its file). */
export const MAP_PAGE = 'kaart/index.html';
export const MAP_COMPONENT = 'ActivityMap';

/** The folder of the web editor: a third-party app for editors, not one of the site's pages (as in check:html). */
const CMS_FOLDER = 'admin/';

/** What the checks read of a built site. Paths are relative to dist/, with forward slashes: "kaart/index.html". */
export interface BuiltSite {
  files: readonly string[];
  read(path: string): string;
  gzipSize(path: string): number;
}

export interface Measured {
  kind: BudgetKind;
  /** For html and json one file; for kaart-js the entry script, with the files it brings in listed in `parts`. */
  file: string;
  bytes: number;
  budget: number;
  parts?: string[];
  /** Why this JSON is capped: the page that loads it, or "data/". */
  loadedBy?: string;
}

export interface BudgetReport {
  measured: Measured[];
  /** The largest of each kind, also when within budget; undefined when the site has none of that kind. */
  largest: Partial<Record<BudgetKind, Measured>>;
  over: Measured[];
  /** Problems that stop the check from measuring, such as a missing map script: never a silent pass. */
  problems: string[];
}

const isPage = (file: string) => file.endsWith('.html') && !file.startsWith(CMS_FOLDER);

/** The dist file "data/x.json" of a site path "/data/x.json". */
const distFile = (path: string) => path.replace(/^\//, '');

/**
 * Local JSON addresses in `data-*` attributes: how the site's custom elements get the file they load
 * first (`data-manifest` of search, `data-src` of referral, `data-index` of Mijn lijstje). Any data
 * attribute counts, so a new component is covered without a list to keep up to date.
 */
export function jsonUrlsInHtml(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/\sdata-[\w-]+\s*=\s*(["'])(\/[^"'?#\s]*\.json)(?:[?#][^"']*)?\1/g)) urls.add(match[2]!);
  return [...urls];
}

/** The `src` of each `<script type="module">` of a page, as site paths. */
export function moduleScriptsInHtml(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1]!;
    if (!/\btype\s*=\s*["']?module\b/i.test(attributes)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src?.startsWith('/')) sources.push(src.replace(/[?#].*$/, ''));
  }
  return sources;
}

let lexerReady = false;

/** Local files a script imports, statically and by `import()`, as dist paths next to the importer. */
export function importsOf(file: string, source: string): string[] {
  if (!lexerReady) {
    initSync();
    lexerReady = true;
  }
  const [imports] = parse(source, file);
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const found: string[] = [];
  for (const { n: specifier } of imports) {
    if (specifier === undefined) continue;
    if (specifier.startsWith('/')) found.push(distFile(specifier));
    else if (specifier.startsWith('./') || specifier.startsWith('../')) found.push(resolveRelative(folder, specifier));
  }
  return found;
}

function resolveRelative(folder: string, specifier: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Every file a script brings in, itself first: static imports and `import()` alike, because the map
 * element imports Leaflet as soon as the map is in view, which on /kaart/ is at once.
 */
export function scriptClosure(site: Pick<BuiltSite, 'files' | 'read'>, entry: string): { files: string[]; missing: string[] } {
  const present = new Set(site.files);
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    if (!present.has(file)) {
      missing.push(file);
      continue;
    }
    seen.add(file);
    queue.push(...importsOf(file, site.read(file)));
  }
  return { files: [...seen], missing };
}

/** The JSON files under /data/ that are open data for other sites (downloads, not loaded by our pages), from the one list on /open-data/. */
export function openDataDownloads(catalog: OpenDataCatalog): Set<string> {
  return new Set(
    openDataFiles.filter((file) => file.voorHergebruik).flatMap((file) => file.links(catalog).map((link) => distFile(link.href))),
  );
}

/**
 * Measures the three kinds and compares each with its budget.
 * - html: every page except the web editor under admin/.
 * - json: every JSON file named in a page's data attributes (loaded before the visitor asks), and
 *   every other JSON under data/ except the open-data downloads: the site's own scripts load those
 *   on demand (search shards, Mijn lijstje), and each request should stay as small.
 * - kaart-js: the map component's scripts on /kaart/ with everything they import.
 */
export function checkBudgets(site: BuiltSite, downloads: ReadonlySet<string>): BudgetReport {
  const measured: Measured[] = [];
  const problems: string[] = [];
  const present = new Set(site.files);
  const pages = site.files.filter(isPage);

  for (const page of pages) measured.push({ kind: 'html', file: page, bytes: site.gzipSize(page), budget: HTML_BUDGET_BYTES });

  const jsonLoadedBy = new Map<string, string>();
  for (const page of pages) {
    for (const url of jsonUrlsInHtml(site.read(page))) {
      const file = distFile(url);
      if (!present.has(file)) problems.push(`${page} laadt ${url}, maar dat bestand is er niet.`);
      else if (!jsonLoadedBy.has(file)) jsonLoadedBy.set(file, page);
    }
  }
  for (const file of site.files)
    if (file.startsWith('data/') && file.endsWith('.json') && !downloads.has(file) && !jsonLoadedBy.has(file))
      jsonLoadedBy.set(file, 'data/');
  for (const [file, loadedBy] of jsonLoadedBy)
    measured.push({ kind: 'json', file, bytes: site.gzipSize(file), budget: JSON_BUDGET_BYTES, loadedBy });

  if (!present.has(MAP_PAGE)) problems.push(`${MAP_PAGE} ontbreekt: de kaart kon niet gemeten worden.`);
  else {
    const entries = moduleScriptsInHtml(site.read(MAP_PAGE))
      .map(distFile)
      .filter((file) => file.slice(file.lastIndexOf('/') + 1).startsWith(`${MAP_COMPONENT}.`));
    if (entries.length === 0) problems.push(`${MAP_PAGE} heeft geen script van ${MAP_COMPONENT}: de kaart kon niet gemeten worden.`);
    const parts = new Set<string>();
    for (const entry of entries) {
      const closure = scriptClosure(site, entry);
      for (const file of closure.files) parts.add(file);
      for (const file of closure.missing) problems.push(`${entry} laadt ${file}, maar dat bestand is er niet.`);
    }
    if (entries.length > 0) {
      const bytes = [...parts].reduce((sum, file) => sum + site.gzipSize(file), 0);
      measured.push({ kind: 'kaart-js', file: entries.join(', '), bytes, budget: MAP_SCRIPT_BUDGET_BYTES, parts: [...parts] });
    }
  }

  const largest: BudgetReport['largest'] = {};
  for (const item of measured) if (!largest[item.kind] || item.bytes > largest[item.kind]!.bytes) largest[item.kind] = item;
  return { measured, largest, over: measured.filter((item) => item.bytes > item.budget), problems };
}

const ADVICE: Record<BudgetKind, string> = {
  html: "Maak de pagina kleiner: toon minder activiteiten en verwijs naar de pagina per gemeente of dorp, of verdeel de lijst over meer pagina's.",
  json: 'Verdeel het bestand, bijvoorbeeld per gemeente, en laad alleen het deel dat de pagina nodig heeft.',
  'kaart-js': 'Laad minder code voor de kaart, of laad een deel pas als de bezoeker erom vraagt.',
};

const LABELS: Record<BudgetKind, string> = {
  html: 'HTML-pagina',
  json: 'JSON dat een pagina laadt',
  'kaart-js': 'JavaScript van de kaart',
};

/** "61,2 KB": one decimal, Dutch decimal comma, KB of 1,000 bytes. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1).replace('.', ',')} KB`;
}

/** One line per file over budget: the file, its size, the budget and what to do. */
export function overBudgetMessages(report: BudgetReport): string[] {
  return report.over.map((item) => {
    const where = item.kind === 'json' && item.loadedBy !== 'data/' ? ` (geladen door ${item.loadedBy})` : '';
    const parts = item.parts ? ` (${item.parts.join(', ')})` : '';
    return `dist/${item.file}${where}${parts}: ${formatKilobytes(item.bytes)} gzip, de grens is ${formatKilobytes(item.budget)}. ${ADVICE[item.kind]}`;
  });
}

/** A Markdown table of the largest file of each kind and its budget. */
export function budgetTable(report: BudgetReport): string[] {
  const rows = ['| soort | grootste bestand | gzip | grens | binnen de grens |', '| --- | --- | ---: | ---: | --- |'];
  for (const kind of Object.keys(BUDGETS) as BudgetKind[]) {
    const item = report.largest[kind];
    rows.push(
      item
        ? `| ${LABELS[kind]} | ${item.file} | ${formatKilobytes(item.bytes)} | ${formatKilobytes(item.budget)} | ${item.bytes <= item.budget ? 'ja' : 'nee'} |`
        : `| ${LABELS[kind]} | (geen) | | ${formatKilobytes(BUDGETS[kind])} | |`,
    );
  }
  return rows;
}
