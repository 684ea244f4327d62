/**
 * `npm run geocode` without the command line: finds places with an address and no coordinates,
 * looks them up (cache first, then PDOK), writes the clear matches into the files and lists the
 * rest for a person. Coordinates already in a file are never changed: someone may have set them by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  emptyCache,
  formatCache,
  geocode,
  type Address,
  type Fetch,
  type GeocodeCache,
  type GeocodeRequest,
  type GeocodeResult,
} from '../../src/lib/geocode/pdok';
import type { Coordinates } from '../../src/lib/geo';
import { formatContentFile, leadingComments, parseRawContent } from '../../src/lib/redactie/content-file';
import { locatieSchema } from '../../src/lib/schemas';
import { writeFilesAtomically } from './atomic-write';

export const CACHE_FILE = 'scripts/data/geocode-cache.json';
const PHYSICAL = new Set(['gebouw', 'buiten']);

export interface GeocodeRunOptions {
  root: string;
  today: string;
  fetch?: Fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export interface GeocodeRun {
  results: GeocodeResult[];
  written: string[];
}

const isAddress = (value: unknown): value is Address =>
  typeof value === 'object' && value !== null && ['straat', 'huisnummer', 'postcode', 'plaats'].every((key) => key in value);

export function readCache(root: string): GeocodeCache {
  const path = join(root, CACHE_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GeocodeCache) : emptyCache();
}

export function gebiedCentres(root: string): Map<string, Coordinates> {
  const folder = join(root, 'content/gebieden');
  const centres = new Map<string, Coordinates>();
  for (const name of existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.yaml')) : []) {
    const raw = parseRawContent(readFileSync(join(folder, name), 'utf8'), false);
    const centrum = raw?.data.centrum as Partial<Coordinates> | undefined;
    if (typeof centrum?.lat === 'number' && typeof centrum.lon === 'number')
      centres.set(name.replace(/\.yaml$/, ''), { lat: centrum.lat, lon: centrum.lon });
  }
  return centres;
}

export function saveCache(root: string, cache: GeocodeCache): void {
  writeFilesAtomically(root, [{ file: CACHE_FILE, text: formatCache(cache) }]);
}

export async function runGeocode(options: GeocodeRunOptions): Promise<GeocodeRun> {
  const { root } = options;
  const folder = join(root, 'content/locaties');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(folder, name));
  const centres = gebiedCentres(root);
  const sources = new Map<string, string>();
  const requests: GeocodeRequest[] = [];
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const raw = parseRawContent(source, false);
    if (!raw || !PHYSICAL.has(String(raw.data.soort)) || raw.data.coordinaten !== undefined || !isAddress(raw.data.adres)) continue;
    const label = relative(root, path);
    sources.set(label, source);
    const request: GeocodeRequest = { label, address: raw.data.adres };
    const centrum = centres.get(String(raw.data.gebied));
    if (centrum) request.gebiedCentrum = centrum;
    requests.push(request);
  }

  const cache = readCache(root);
  const geocodeOptions: Parameters<typeof geocode>[1] = {
    cache,
    today: options.today,
    onCacheChange: (current) => saveCache(root, current),
    onProgress: (done, total, label) => {
      if (label) options.log?.(`Adres ${done + 1} van ${total}: ${label}`);
    },
  };
  if (options.fetch) geocodeOptions.fetch = options.fetch;
  if (options.sleep) geocodeOptions.sleep = options.sleep;
  const results = await geocode(requests, geocodeOptions);

  const updates = results.flatMap((result) => {
    if (result.match.status !== 'gevonden' || !result.match.coordinaten) return [];
    const source = sources.get(result.label)!;
    const raw = parseRawContent(source, false)!;
    return [
      {
        file: result.label,
        text: formatContentFile(locatieSchema, { ...raw.data, coordinaten: result.match.coordinaten }, undefined, leadingComments(source)),
      },
    ];
  });
  writeFilesAtomically(root, updates);
  return { results, written: updates.map((update) => update.file) };
}

/** The report for a person: what was filled in, and what to check by hand. */
export function formatGeocodeReport(run: GeocodeRun): string {
  const lines: string[] = [];
  if (run.results.length === 0) return 'Alle plekken met een adres hebben coördinaten. Er is niets te doen.';
  const asked = run.results.filter((result) => result.opgevraagd).length;
  lines.push(
    `Plekken zonder coördinaten: ${run.results.length}. Bij PDOK opgezocht: ${asked}. Uit de cache: ${run.results.length - asked}.`,
  );
  if (run.written.length > 0) {
    lines.push('', 'Ingevuld:');
    for (const result of run.results.filter((item) => run.written.includes(item.label)))
      lines.push(`- ${result.label}: ${result.match.uitleg}`);
  }
  const toCheck = run.results.filter((result) => result.match.status !== 'gevonden');
  if (toCheck.length > 0) {
    lines.push('', 'Controleer zelf (niets ingevuld):');
    for (const result of toCheck) {
      lines.push(
        `- ${result.label} (${result.address.straat} ${result.address.huisnummer}, ${result.address.postcode} ${result.address.plaats}): ${result.match.uitleg}`,
      );
      for (const candidate of result.match.kandidaten)
        lines.push(`    ${candidate.weergavenaam}: lat ${candidate.lat}, lon ${candidate.lon}`);
    }
  }
  return lines.join('\n');
}
