/**
 * Benchmark of the map with 500, 5,000 and 50,000 synthetic places, in Chromium. Two tables:
 * - all places on one map, as a gemeente or gebied page and the search results map carry them;
 * - the national map of /kaart/ for that many activities: the overview it loads first (one marker per
 *   gemeente of about ACTIVITIES_PER_GEMEENTE activities) and then one gemeente's points, as when the
 *   visitor chooses it. Sizes of both files, raw and gzip, and the time to draw each.
 *   npm run bench:map                 5 runs per size
 *   npm run bench:map -- 9 --cpu=4    9 runs, CPU slowed down 4 times (a cheap phone)
 *   npm run bench:map -- --verbose    also every long task and step of every run
 *   npm run bench:map -- --size=500   one size only
 *
 * It bundles the site's own map code (src/components/activity-map-leaflet.ts: Leaflet, supercluster,
 * the markers) with esbuild into a temporary folder, with generated data, and serves that folder on
 * 127.0.0.1. Every other request is blocked, so the tiles fail as they do in the tests.
 * A benchmark, not a test: it prints medians and never fails on a target.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mapDataOf, type MapActivity, type MapData, type MapEntry, type MapPlace } from '../src/lib/map/data';
import { MAP_OVERVIEW_VERSION, overviewEntry, type MapOverview } from '../src/lib/map/overview';
import { siteConfig } from '../src/site.config';
import { chromiumArgs, findChromium } from './chromium';

const only = process.argv.find((arg) => arg.startsWith('--size='))?.slice(7);
const SIZES = only ? [Number(only)] : [500, 5_000, 50_000];
const runs = Math.max(1, Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5));
const verbose = process.argv.includes('--verbose');
const cpu = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--cpu='))?.slice(6) ?? 1));

/** A seeded random generator, so every run measures the same points. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

/** Places around "villages" across the Netherlands, one to three activities each, as in the real data. */
function syntheticData(count: number): MapData {
  const next = random(count);
  const villages = Array.from({ length: Math.max(5, Math.round(count / 40)) }, () => ({ lat: 51.3 + next() * 2, lon: 4.2 + next() * 2.6 }));
  const a: MapActivity[] = [];
  const p: MapPlace[] = [];
  for (let index = 0; index < count; index++) {
    const village = villages[Math.floor(next() * villages.length)]!;
    const place: MapPlace = {
      n: `Plek ${index + 1}`,
      lat: village.lat + (next() - 0.5) * 0.04,
      lon: village.lon + (next() - 0.5) * 0.06,
      a: [],
    };
    const activities = 1 + Math.floor(next() * next() * 3);
    for (let k = 0; k < activities; k++) {
      place.a.push(a.length);
      a.push({
        id: `a${a.length}`,
        t: `Activiteit ${a.length + 1}`,
        u: `/activiteiten/a${a.length}/`,
        w: 'Volgende keer: dinsdag 1 december, 10.00 tot 11.30 uur',
        g: 'g',
        b: ['b'],
      });
    }
    p.push(place);
  }
  return { a, p, r: 0 };
}

/** About 50,000 activities in about 350 gemeenten, as a national preventiekaart would have. */
const ACTIVITIES_PER_GEMEENTE = 143;

/** The files of /data/kaart/ for `count` activities: the overview and the first gemeente's points. */
function syntheticNational(count: number): { overview: MapOverview; gemeente: MapData } {
  const next = random(count + 1);
  const gemeenten = Math.max(1, Math.round(count / ACTIVITIES_PER_GEMEENTE));
  const overview: MapOverview = { v: MAP_OVERVIEW_VERSION, g: [], r: 0 };
  let first: MapData | undefined;
  for (let g = 0; g < gemeenten; g++) {
    const centre = { lat: 51.3 + next() * 2, lon: 4.2 + next() * 2.6 };
    const size = Math.floor(count / gemeenten) + (g < count % gemeenten ? 1 : 0);
    const entries: MapEntry[] = [];
    for (let index = 0; index < size; index++) {
      const id = `g${g}a${index}`;
      const place = {
        naam: `Plek ${Math.floor(index / 2) + 1}`,
        lat: centre.lat + (Math.floor(index / 2) % 9) * 0.01 - 0.04,
        lon: centre.lon + (Math.floor(index / 18) % 9) * 0.015 - 0.06,
      };
      entries.push({
        activity: {
          id,
          t: `Activiteit ${index + 1}`,
          u: `/activiteiten/${id}/`,
          w: 'Volgende keer: dinsdag 1 december, 10.00 tot 11.30 uur',
          g: `g${g}`,
          b: ['b'],
        },
        places: index % 10 === 9 ? [] : [place],
      });
    }
    const data = mapDataOf(entries);
    first ??= data;
    const entry = overviewEntry(`g${g}`, `Gemeente ${g + 1}`, data);
    if (entry) overview.g.push(entry);
    overview.r += data.r;
  }
  return { overview, gemeente: first! };
}

const ENTRY = `
const longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry); }).observe({ type: 'longtask', buffered: true });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
/** Main-thread time of a change: the script, then style and layout, forced so they are counted. */
const timed = (work) => {
  const t = performance.now();
  work();
  document.body.getBoundingClientRect();
  return performance.now() - t;
};
window.bench = async (size, tiles) => {
  const text = await (await fetch('data-' + size + '.json')).text();
  await frame();
  // Imported when needed, as <pk-map> does on the site: this is where Leaflet is parsed and run.
  const importStart = performance.now();
  const { createLeafletMap } = await import(${JSON.stringify(resolve('src/components/activity-map-leaflet.ts'))});
  const importTime = performance.now() - importStart;
  await frame();
  const start = performance.now();
  const data = JSON.parse(text);
  const parse = performance.now() - start;
  const engine = await createLeafletMap(document.getElementById('map'), data, tiles, { onView() {} });
  document.body.getBoundingClientRect();
  await frame();
  const firstRender = performance.now() - start;
  const markers = document.querySelectorAll('.pk-map-marker').length;
  const pans = [];
  for (let i = 0; i < 6; i++) {
    pans.push(timed(() => engine.map.panBy([i % 2 ? -240 : 240, 160], { animate: false })));
    await frame();
  }
  const zooms = [];
  for (let i = 0; i < 6; i++) {
    zooms.push(timed(() => engine.map.setZoom(engine.map.getZoom() + (i < 3 ? 1 : -1), { animate: false })));
    await frame();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const longest = (tasks) => Math.max(0, ...tasks.map((task) => task.duration));
  return {
    importTime, parse, firstRender, markers,
    ...Object.fromEntries(performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('pk-map:')).map((entry) => [entry.name.slice(7), entry.duration])),
    pan: median(pans), panMax: Math.max(...pans), zoom: median(zooms), zoomMax: Math.max(...zooms),
    longestTask: longest(longTasks.filter((task) => task.startTime >= start - 1)),
    tasks: longTasks.map((task) => Math.round(task.startTime - start) + '+' + Math.round(task.duration)).join(' '),
    steps: performance.getEntriesByType('measure').map((entry) => entry.name.slice(7) + '@' + Math.round(entry.startTime - start) + '+' + Math.round(entry.duration)).join(' '),
    importTask: longest(longTasks.filter((task) => task.startTime >= importStart - 1 && task.startTime < start - 1)),
    loadTask: longest(longTasks.filter((task) => task.startTime < importStart - 1)),
  };
};
window.benchNational = async (size, tiles) => {
  const overviewText = await (await fetch('overview-' + size + '.json')).text();
  const gemeenteText = await (await fetch('gemeente-' + size + '.json')).text();
  const { createLeafletMap } = await import(${JSON.stringify(resolve('src/components/activity-map-leaflet.ts'))});
  const { areasToDraw } = await import(${JSON.stringify(resolve('src/lib/map/overview.ts'))});
  await frame();
  const start = performance.now();
  const overview = JSON.parse(overviewText);
  const empty = { a: [], p: [], r: 0 };
  const engine = await createLeafletMap(document.getElementById('map'), empty, tiles, { onView() {} });
  engine.setOverview(empty, areasToDraw(overview, new Set()), null, true);
  document.body.getBoundingClientRect();
  await frame();
  const overviewRender = performance.now() - start;
  const overviewMarkers = document.querySelectorAll('.pk-map-marker').length;
  const loadStart = performance.now();
  const gemeente = JSON.parse(gemeenteText);
  const id = gemeente.a[0].g;
  engine.setOverview(gemeente, areasToDraw(overview, new Set([id])), null, false);
  const entry = overview.g.find((item) => item.id === id);
  engine.zoomTo({ south: entry.s[0], west: entry.s[1], north: entry.s[2], east: entry.s[3] });
  document.body.getBoundingClientRect();
  await frame();
  const gemeenteRender = performance.now() - loadStart;
  return { overviewRender, overviewMarkers, gemeenteRender, gemeenteMarkers: document.querySelectorAll('.pk-map-marker').length };
};
`;

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="tokens.css"><link rel="stylesheet" href="leaflet.css"><link rel="stylesheet" href="map.css">
<style>#map { inline-size: 100%; block-size: 600px; }</style></head>
<body><div class="pk-map pk-map--enhanced"><div id="map" class="pk-map__box"></div></div><script type="module" src="bench.js"></script></body></html>`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Run "npm run test:e2e" once, or set PREVENTIEKAART_CHROMIUM.');
  const dir = mkdtempSync(join(tmpdir(), 'pk-bench-map-'));
  try {
    writeFileSync(join(dir, 'entry.js'), ENTRY);
    await build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      outdir: dir,
      entryNames: 'bench',
      logLevel: 'warning',
    });
    writeFileSync(join(dir, 'index.html'), PAGE);
    copyFileSync('node_modules/leaflet/dist/leaflet.css', join(dir, 'leaflet.css'));
    copyFileSync('src/styles/map.css', join(dir, 'map.css'));
    copyFileSync('src/styles/tokens.css', join(dir, 'tokens.css'));
    const fileSizes = new Map<number, { overview: Buffer; gemeente: Buffer }>();
    for (const size of SIZES) {
      writeFileSync(join(dir, `data-${size}.json`), JSON.stringify(syntheticData(size)));
      const national = syntheticNational(size);
      const files = { overview: Buffer.from(JSON.stringify(national.overview)), gemeente: Buffer.from(JSON.stringify(national.gemeente)) };
      fileSizes.set(size, files);
      writeFileSync(join(dir, `overview-${size}.json`), files.overview);
      writeFileSync(join(dir, `gemeente-${size}.json`), files.gemeente);
    }

    const server = createServer((request, response) => {
      const path = join(dir, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
      try {
        const body = readFileSync(path);
        response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    // One fresh page per run, local requests only, with the chosen CPU slowdown; `entry` is the function the bench page exposes.
    const runInPage = async <T>(entry: 'bench' | 'benchNational', size: number): Promise<T> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await page.goto(`${origin}/`);
      await page.waitForFunction((name) => name in window, entry);
      const result = await page.evaluate(
        ({ name, size, tiles }) => (window as unknown as Record<string, (s: number, t: unknown) => Promise<T>>)[name]!(size, tiles),
        { name: entry, size, tiles: siteConfig.kaart.tegels },
      );
      await context.close();
      return result;
    };
    const rows: string[][] = [];
    const nationalRows: string[][] = [];
    for (const size of SIZES) {
      const results: (Record<string, number> & { tasks: string; steps: string })[] = [];
      for (let run = 0; run < runs; run++) {
        results.push(await runInPage<Record<string, number> & { tasks: string; steps: string }>('bench', size));
        if (verbose)
          console.log(size, 'long tasks (start ms after data, + duration):', results.at(-1)!.tasks, '| steps:', results.at(-1)!.steps);
      }
      const median = (key: string) => [...results.map((result) => result[key]!)].sort((x, y) => x - y)[Math.floor(results.length / 2)]!;
      const ms = (key: string) => `${median(key).toFixed(0)} ms`;
      const task = (key: string) => (median(key) === 0 ? 'none' : ms(key));
      const national: Record<string, number>[] = [];
      for (let run = 0; run < runs; run++) {
        national.push(await runInPage<Record<string, number>>('benchNational', size));
      }
      const nationalMedian = (key: string) =>
        [...national.map((result) => result[key]!)].sort((x, y) => x - y)[Math.floor(national.length / 2)]!;
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const files = fileSizes.get(size)!;
      nationalRows.push([
        size.toLocaleString('en'),
        `${kb(files.overview.length)} / ${kb(gzipSync(files.overview).length)}`,
        `${kb(files.gemeente.length)} / ${kb(gzipSync(files.gemeente).length)}`,
        `${nationalMedian('overviewRender').toFixed(0)} ms (${nationalMedian('overviewMarkers')} markers)`,
        `${nationalMedian('gemeenteRender').toFixed(0)} ms (${nationalMedian('gemeenteMarkers')} markers)`,
      ]);
      rows.push([
        size.toLocaleString('en'),
        String(median('markers')),
        ms('firstRender'),
        ms('parse'),
        `${ms('leaflet')} / ${ms('tiles')} / ${ms('clusters')} / ${ms('draw')}`,
        `${ms('pan')} (max ${ms('panMax')})`,
        `${ms('zoom')} (max ${ms('zoomMax')})`,
        task('longestTask'),
        `${ms('importTime')}, ${task('importTask')}`,
      ]);
    }
    await browser.close();
    server.close();

    const header = [
      'points',
      'markers drawn',
      'first render',
      'of which JSON.parse',
      'steps: map / tiles / clusters / markers',
      'pan',
      'zoom',
      'longest task (map)',
      'import Leaflet chunk: time, longest task',
    ];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
    console.log(
      `\nMap benchmark: median of ${runs} runs per size, Chromium ${browser.version()}, CPU slowdown ${cpu}x, viewport 1280x800.`,
    );
    // Other work on the machine slows every number down: say how busy it was.
    console.log(
      `Machine: ${cpus().length} CPUs, load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')} (1, 5, 15 min) at the end.`,
    );
    console.log('first render: from the data (JSON text) to the markers painted: parse, clustering, Leaflet map, markers, next frame.');
    console.log('pan (240x160 px), zoom (one step): main-thread time (script + style + layout, forced), median and max of 6.');
    console.log(
      'longest task: PerformanceObserver "longtask" (only tasks over 50 ms exist) from the first render on; "none" means no task over 50 ms.',
    );
    console.log(
      'import: the dynamic import() of the map code (Leaflet, supercluster), measured apart as on the site it happens before the data is used.\n',
    );
    console.log(line(header));
    console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
    for (const row of rows) console.log(line(row));
    console.log('\nTargets: first render <= 1 s at 50,000 points; no long task over 50 ms at 500 points.');

    const nationalHeader = ['activities', 'overview raw / gzip', 'one gemeente raw / gzip', 'overview drawn', 'gemeente loaded and drawn'];
    const nationalWidths = nationalHeader.map((title, column) => Math.max(title.length, ...nationalRows.map((row) => row[column]!.length)));
    const nationalLine = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(nationalWidths[column]!)).join(' | ')} |`;
    console.log(
      `\n/kaart/: the overview (one marker per gemeente of about ${ACTIVITIES_PER_GEMEENTE} activities), then one gemeente's points. Median of ${runs} runs.`,
    );
    console.log(
      'overview drawn: from the overview JSON text to its markers painted; gemeente: parse, redraw and zoom to it, to the next frame.\n',
    );
    console.log(nationalLine(nationalHeader));
    console.log(`|${nationalWidths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
    for (const row of nationalRows) console.log(nationalLine(row));
    console.log('\nBudget: every JSON the page loads before the visitor asks for more <= 100 KB gzip (the overview).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
