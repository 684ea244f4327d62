import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  budgetTable,
  checkBudgets,
  HTML_BUDGET_BYTES,
  importsOf,
  JSON_BUDGET_BYTES,
  jsonUrlsInHtml,
  MAP_SCRIPT_BUDGET_BYTES,
  moduleScriptsInHtml,
  openDataDownloads,
  overBudgetMessages,
  type BuiltSite,
} from '../../src/lib/budgets';

/** Random bytes as base64 hardly compress: about `bytes` gzip bytes, whatever the seed. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

function site(files: Record<string, string>): BuiltSite {
  return { files: Object.keys(files), read: (path) => files[path]!, gzipSize: (path) => gzipSync(files[path]!, { level: 6 }).length };
}

const page = (body: string, head = '') => `<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`;
const mapPage = page(
  '<pk-map></pk-map>',
  '<script type="module" src="/_astro/ActivityMap.astro_astro_type_script_index_0_lang.A1.js"></script>',
);
const mapScripts = {
  '_astro/ActivityMap.astro_astro_type_script_index_0_lang.A1.js':
    'import{f}from"./format.B2.js";const m=()=>import(`./activity-map-leaflet.C3.js`);f(m);',
  '_astro/format.B2.js': 'export const f=(x)=>x;',
  '_astro/activity-map-leaflet.C3.js': 'export*from"./leaflet-src.D4.js";',
  '_astro/leaflet-src.D4.js': 'export const L=1;',
};
const noDownloads = new Set<string>();

describe('jsonUrlsInHtml', () => {
  it('finds local JSON addresses in any data attribute, once each, without query or fragment', () => {
    const html =
      '<pk-search data-manifest="/data/zoeken/index.json"></pk-search><pk-referral data-src=\'/data/verwijzen.json?v=2\'></pk-referral><pk-x data-index="/data/zoeken/index.json">';
    expect(jsonUrlsInHtml(html)).toEqual(['/data/zoeken/index.json', '/data/verwijzen.json']);
  });

  it('leaves out links, other hosts and other file types', () => {
    const html =
      '<a href="/data/activiteiten.json">download</a><x-y data-src="https://example.org/a.json" data-tiles="/tiles/x.png" data-list="lijst"></x-y>';
    expect(jsonUrlsInHtml(html)).toEqual([]);
  });
});

describe('moduleScriptsInHtml', () => {
  it('lists the src of module scripts only', () => {
    const html =
      '<script type="module" src="/_astro/a.js"></script><script src="/b.js"></script><script type="application/json" data-map-data>{}</script><script type=module src="/_astro/c.js?x"></script>';
    expect(moduleScriptsInHtml(html)).toEqual(['/_astro/a.js', '/_astro/c.js']);
  });
});

describe('importsOf', () => {
  it('resolves static imports, re-exports and import() next to the importer, and skips packages', () => {
    const source = 'import{a}from"./a.js";import"../b.js";export*from"./c.js";import x from"leaflet";const d=()=>import(`./d.js`);';
    expect(importsOf('_astro/x/entry.js', source)).toEqual(['_astro/x/a.js', '_astro/b.js', '_astro/x/c.js', '_astro/x/d.js']);
  });
});

describe('checkBudgets', () => {
  it('passes a small site and reports the largest file of each kind', () => {
    const report = checkBudgets(site({ 'index.html': page(noise(2_000)), 'kaart/index.html': mapPage, ...mapScripts }), noDownloads);
    expect(report.over).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.largest.html?.file).toBe('index.html');
    expect(report.largest['kaart-js']?.parts).toHaveLength(4);
  });

  it('names a page over 60 KB gzip, but never the web editor under admin/', () => {
    const files = {
      'index.html': page(''),
      'groot/index.html': page(noise(HTML_BUDGET_BYTES + 5_000)),
      'admin/index.html': page(noise(HTML_BUDGET_BYTES + 5_000)),
      'kaart/index.html': mapPage,
      ...mapScripts,
    };
    const report = checkBudgets(site(files), noDownloads);
    expect(report.over.map((item) => item.file)).toEqual(['groot/index.html']);
    expect(report.over[0]!.bytes).toBe(gzipSync(files['groot/index.html']).length);
    expect(overBudgetMessages(report)[0]).toMatch(
      /^dist\/groot\/index\.html: \d+,\d KB gzip, de grens is 60,0 KB\. Maak de pagina kleiner/,
    );
  });

  it('caps JSON that a page loads, also an open-data download, and other JSON under data/, but not the downloads themselves', () => {
    const big = noise(JSON_BUDGET_BYTES + 5_000);
    const files = {
      'zoeken/index.html': page('<pk-search data-manifest="/data/zoeken/index.json"></pk-search>'),
      'verwijzen/index.html': page('<pk-referral data-src="/data/activiteiten-lijst.json"></pk-referral>'),
      'kaart/index.html': mapPage,
      ...mapScripts,
      'data/zoeken/index.json': big,
      'data/zoeken/ens.json': big,
      'data/activiteiten.json': big,
      'data/activiteiten-lijst.json': big,
      'data/klein.json': '{}',
    };
    const downloads = new Set(['data/activiteiten.json', 'data/activiteiten-lijst.json']);
    const report = checkBudgets(site(files), downloads);
    expect(report.over.map((item) => [item.file, item.loadedBy])).toEqual([
      ['data/zoeken/index.json', 'zoeken/index.html'],
      ['data/activiteiten-lijst.json', 'verwijzen/index.html'],
      ['data/zoeken/ens.json', 'data/'],
    ]);
    expect(report.measured.filter((item) => item.kind === 'json')).toHaveLength(4);
  });

  it('adds up the map script and everything it imports, also by import(), against 70 KB gzip', () => {
    const under = checkBudgets(
      site({ 'kaart/index.html': mapPage, ...mapScripts, '_astro/leaflet-src.D4.js': noise(MAP_SCRIPT_BUDGET_BYTES - 10_000) }),
      noDownloads,
    );
    expect(under.over).toEqual([]);
    const over = checkBudgets(
      site({
        'kaart/index.html': mapPage,
        ...mapScripts,
        '_astro/leaflet-src.D4.js': noise(MAP_SCRIPT_BUDGET_BYTES - 10_000),
        '_astro/format.B2.js': `export const f=(x)=>x;//${noise(15_000)}`,
      }),
      noDownloads,
    );
    expect(over.over.map((item) => item.kind)).toEqual(['kaart-js']);
    expect(over.over[0]!.parts).toContain('_astro/leaflet-src.D4.js');
    // Other scripts of the page (search) are not the map's.
    const withSearch = page(
      '',
      '<script type="module" src="/_astro/SearchPage.astro_astro_type_script_index_0_lang.E5.js"></script><script type="module" src="/_astro/ActivityMap.astro_astro_type_script_index_0_lang.A1.js"></script>',
    );
    const searchHeavy = checkBudgets(
      site({
        'kaart/index.html': withSearch,
        ...mapScripts,
        '_astro/SearchPage.astro_astro_type_script_index_0_lang.E5.js': noise(MAP_SCRIPT_BUDGET_BYTES),
      }),
      noDownloads,
    );
    expect(searchHeavy.over.filter((item) => item.kind === 'kaart-js')).toEqual([]);
  });

  it('says so, instead of passing, when the map cannot be measured', () => {
    expect(checkBudgets(site({ 'index.html': page('') }), noDownloads).problems).toEqual([
      'kaart/index.html ontbreekt: de kaart kon niet gemeten worden.',
    ]);
    expect(checkBudgets(site({ 'kaart/index.html': page('') }), noDownloads).problems[0]).toMatch(/geen script van ActivityMap/);
    const { '_astro/leaflet-src.D4.js': _, ...withoutLeaflet } = mapScripts;
    expect(checkBudgets(site({ 'kaart/index.html': mapPage, ...withoutLeaflet }), noDownloads).problems).toEqual([
      '_astro/ActivityMap.astro_astro_type_script_index_0_lang.A1.js laadt _astro/leaflet-src.D4.js, maar dat bestand is er niet.',
    ]);
  });

  it('prints a table row per kind', () => {
    const table = budgetTable(checkBudgets(site({ 'index.html': page('') }), noDownloads));
    expect(table).toHaveLength(5);
    expect(table[4]).toContain('(geen)');
  });
});

describe('openDataDownloads', () => {
  it('holds the open-data files for reuse, not the files only our pages load', () => {
    const downloads = openDataDownloads({
      gemeenten: [{ id: 'noordoostpolder', naam: 'Noordoostpolder' }],
      gebieden: [{ id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder' }],
    });
    expect(downloads.has('data/activiteiten.json')).toBe(true);
    expect(downloads.has('data/zoeken/index.json')).toBe(false);
    expect(downloads.has('data/verwijzen.json')).toBe(false);
  });
});
