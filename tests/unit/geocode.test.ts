/**
 * Geocoding with PDOK, against answers shipped in tests/fixtures/pdok/: no test touches the network.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decide,
  emptyCache,
  geocode,
  parseFreeResponse,
  parsePoint,
  queryText,
  requestUrl,
  type Address,
  type Fetch,
} from '../../src/lib/geocode/pdok';
import { validateFile } from '../../src/lib/content-validation';
import { CACHE_FILE, formatGeocodeReport, runGeocode } from '../../scripts/redactie/geocode-run';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/pdok', `${name}.json`), 'utf8')) as unknown;
const zuidwester: Address = { straat: 'Zuidwesterringweg', huisnummer: 10, postcode: '8307 AA', plaats: 'Ens' };
const ensCentrum = { lat: 52.6369, lon: 5.8296 };

/** A fake PDOK: answers per query text, and counts the requests. */
function fakePdok(answers: Record<string, string | number>) {
  const urls: string[] = [];
  const fetch: Fetch = async (url) => {
    urls.push(url);
    const answer = answers[new URL(url).searchParams.get('q') ?? ''];
    if (answer === undefined) throw new Error(`unexpected request ${url}`);
    if (typeof answer === 'number') return { ok: false, status: answer, json: async () => ({}) };
    return { ok: true, status: 200, json: async () => fixture(answer) };
  };
  return { fetch, urls };
}

describe('the PDOK answer', () => {
  it('asks the free endpoint for addresses only', () => {
    const url = new URL(requestUrl(zuidwester));
    expect(url.origin + url.pathname).toBe('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free');
    expect(url.searchParams.get('q')).toBe('Zuidwesterringweg 10, 8307 AA Ens');
    expect(url.searchParams.get('fq')).toBe('type:adres');
    expect(url.searchParams.get('fl')).toContain('centroide_ll');
  });

  it('reads WKT points with the longitude first', () => {
    expect(parsePoint('POINT(5.82814 52.63619)')).toEqual({ lat: 52.63619, lon: 5.82814 });
    expect(parsePoint('POINT()')).toBeUndefined();
  });

  it('reads the candidates and refuses an answer that is not from PDOK', () => {
    expect(parseFreeResponse(fixture('gevonden'))[0]).toEqual({
      weergavenaam: 'Zuidwesterringweg 10, 8307AA Ens',
      type: 'adres',
      postcode: '8307AA',
      huisnummer: '10',
      woonplaats: 'Ens',
      lat: 52.63619,
      lon: 5.82814,
      score: 14.2,
    });
    expect(() => parseFreeResponse({ error: 'x' })).toThrow();
  });
});

describe('decide', () => {
  const found = parseFreeResponse(fixture('gevonden'));
  it('writes one clear match near its gebied', () => {
    expect(decide(zuidwester, found, ensCentrum)).toMatchObject({ status: 'gevonden', coordinaten: { lat: 52.63619, lon: 5.82814 } });
  });
  it('sends two matches far apart to a person', () => {
    const match = decide(
      { straat: 'Kampweg', huisnummer: '2', postcode: '8307 BN', plaats: 'Ens' },
      parseFreeResponse(fixture('twee-treffers')),
      ensCentrum,
    );
    expect(match).toMatchObject({ status: 'twijfel' });
    expect(match.coordinaten).toBeUndefined();
    expect(match.kandidaten).toHaveLength(2);
  });
  it('knows a match on the postcode only, or the place only', () => {
    expect(decide({ ...zuidwester, huisnummer: '99' }, found).status).toBe('alleen-postcode');
    expect(decide({ ...zuidwester, huisnummer: '99', postcode: '8307 ZZ' }, found).status).toBe('alleen-woonplaats');
  });
  it('does not trust a match far from the gebied', () => {
    const far = decide(zuidwester, found, { lat: 52.66, lon: 4.64 });
    expect(far.status).toBe('ver-weg');
    expect(far.coordinaten).toBeUndefined();
    expect(far.uitleg).toContain('80 km');
  });
  it('says when nothing is found', () => {
    expect(decide(zuidwester, parseFreeResponse(fixture('niet-gevonden'))).status).toBe('niet-gevonden');
  });
});

describe('geocode', () => {
  it('uses the cache first, pauses between requests, and never caches a server error', async () => {
    const other: Address = { straat: 'Handelstraat', huisnummer: 12, postcode: '8307 BD', plaats: 'Ens' };
    const broken: Address = { straat: 'Kampweg', huisnummer: 2, postcode: '8307 BN', plaats: 'Ens' };
    const pdok = fakePdok({ [queryText(other)]: 'niet-gevonden', [queryText(broken)]: 503 });
    const cache = emptyCache();
    cache.adressen[queryText(zuidwester)] = { opgehaald: '2026-11-01', kandidaten: parseFreeResponse(fixture('gevonden')) };
    const sleep = vi.fn(async () => {});
    const results = await geocode(
      [
        { label: 'a', address: zuidwester },
        { label: 'b', address: other },
        { label: 'c', address: broken },
      ],
      { cache, fetch: pdok.fetch, today: '2026-11-23', sleep },
    );
    expect(results.map((result) => [result.match.status, result.opgevraagd])).toEqual([
      ['gevonden', false],
      ['niet-gevonden', true],
      ['fout', true],
    ]);
    expect(pdok.urls).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(1000);
    expect(Object.keys(cache.adressen).sort()).toEqual([queryText(other), queryText(zuidwester)]);
    expect(cache.adressen[queryText(other)]).toEqual({ opgehaald: '2026-11-23', kandidaten: [] });
    expect(results[2]!.match.uitleg).toContain('HTTP 503');
  });

  it('needs no network without fetch, and says which addresses are not looked up yet', async () => {
    const results = await geocode([{ label: 'a', address: zuidwester }], { cache: emptyCache(), today: '2026-11-23' });
    expect(results[0]!.match).toMatchObject({ status: 'fout', uitleg: expect.stringContaining('nog niet opgezocht') });
  });
});

describe('runGeocode on content files', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const place = (name: string) => join(folder, 'content/locaties', name);
  const withoutCoordinates = (name: string, edit: (text: string) => string = (text) => text) => {
    const text = readFileSync(place(name), 'utf8').replace(/coordinaten:\n  lat: .*\n  lon: .*\n/, '');
    writeFileSync(place(name), edit(text));
  };

  it('fills the clear match, lists the rest, keeps hand-set coordinates, and works offline the second time', async () => {
    folder = mkdtempSync(join(tmpdir(), 'pk-geocode-'));
    cpSync(join(projectRoot, 'content/locaties'), join(folder, 'content/locaties'), { recursive: true });
    cpSync(join(projectRoot, 'content/gebieden'), join(folder, 'content/gebieden'), { recursive: true });
    withoutCoordinates('noordoostpolder/dorpshuis-de-zuidwester-ens.yaml');
    withoutCoordinates('noordoostpolder/gezondheidscentrum-ens.yaml', (text) =>
      text.replace('Handelstraat\n  huisnummer: 12\n  postcode: 8307 BD', 'Kampweg\n  huisnummer: 2\n  postcode: 8307 BN'),
    );
    withoutCoordinates('noordoostpolder/beweegtuin-ens.yaml');
    const before = new Map(
      readdirSync(join(folder, 'content/locaties'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => [name, readFileSync(place(name), 'utf8')]),
    );

    const pdok = fakePdok({
      'Zuidwesterringweg 10, 8307 AA Ens': 'gevonden',
      'Kampweg 2, 8307 BN Ens': 'twee-treffers',
      'Prinses Margrietstraat 2, 8307 BG Ens': 503,
    });
    const lines: string[] = [];
    const run = await runGeocode({
      root: folder,
      today: '2026-11-23',
      fetch: pdok.fetch,
      sleep: async () => {},
      log: (line) => lines.push(line),
    });

    expect(run.written).toEqual(['content/locaties/noordoostpolder/dorpshuis-de-zuidwester-ens.yaml']);
    const written = readFileSync(place('noordoostpolder/dorpshuis-de-zuidwester-ens.yaml'), 'utf8');
    expect(written).toContain('gebied: ens\ncoordinaten:\n  lat: 52.63619\n  lon: 5.82814\ntoegankelijkheid:');
    expect(validateFile('locaties', 'x.yaml', written).problems).toEqual([]);
    for (const [name, text] of before) {
      if (name !== 'noordoostpolder/dorpshuis-de-zuidwester-ens.yaml') expect(readFileSync(place(name), 'utf8'), name).toBe(text);
    }
    expect(lines).toEqual([
      'Adres 1 van 3: content/locaties/noordoostpolder/beweegtuin-ens.yaml',
      'Adres 2 van 3: content/locaties/noordoostpolder/dorpshuis-de-zuidwester-ens.yaml',
      'Adres 3 van 3: content/locaties/noordoostpolder/gezondheidscentrum-ens.yaml',
    ]);
    const report = formatGeocodeReport(run);
    expect(report).toContain('Plekken zonder coördinaten: 3. Bij PDOK opgezocht: 3. Uit de cache: 0.');
    expect(report).toContain('gezondheidscentrum-ens.yaml (Kampweg 2, 8307 BN Ens): PDOK vindt 2 plekken met dit adres.');
    expect(report).toContain('beweegtuin-ens.yaml (Prinses Margrietstraat 2, 8307 BG Ens): PDOK gaf geen goed antwoord (HTTP 503).');

    // The cache has the two answers, not the error; a second run without network uses it.
    const cache = JSON.parse(readFileSync(join(folder, CACHE_FILE), 'utf8'));
    expect(Object.keys(cache.adressen)).toEqual(['Kampweg 2, 8307 BN Ens', 'Zuidwesterringweg 10, 8307 AA Ens']);
    const offline = await runGeocode({ root: folder, today: '2026-11-24' });
    expect(offline.results.map((result) => [result.label.split('/').pop(), result.match.status, result.opgevraagd])).toEqual([
      ['beweegtuin-ens.yaml', 'fout', false],
      ['gezondheidscentrum-ens.yaml', 'twijfel', false],
    ]);
    expect(existsSync(join(folder, `${CACHE_FILE}.${process.pid}.tmp`))).toBe(false);
  });
});
