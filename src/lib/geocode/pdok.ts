/**
 * Coordinates for an address from PDOK Locatieserver, the free geocoder of the Dutch government.
 * One `free` request per address, with `fq=type:adres`. Every answer is kept in a cache file in
 * the repository, so a second run, a test or a build never needs the network.
 * The decision whether a match is good enough is made here, on the cached candidates:
 * only one clear address match close to its gebied is written; everything else goes to a person.
 */
import { haversineMetres, type Coordinates } from '../geo';

export const PDOK_FREE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';
/** The fields we ask for; the v3.1 API refuses parameters it does not know, so only q, fq, fl and rows. */
const FIELDS = 'id,type,weergavenaam,straatnaam,huis_nlt,postcode,woonplaatsnaam,centroide_ll,score';
const ROWS = 5;
/** A polite pace: one request per second at most. */
export const PDOK_PAUSE_MS = 1000;
/** A match further than this from the middle of its gebied is probably the same street in another place. */
export const FAR_FROM_GEBIED_METRES = 5000;
/** Two address matches closer than this are one building (a house number with two entrances). */
const SAME_PLACE_METRES = 30;

export interface Address {
  straat: string;
  huisnummer: string | number;
  postcode: string;
  plaats: string;
}

/** One result of PDOK, reduced to what the decision and a person checking it need. */
export interface Candidate {
  weergavenaam: string;
  type: string;
  postcode?: string;
  huisnummer?: string;
  woonplaats?: string;
  lat: number;
  lon: number;
  score: number;
}

export interface CacheRecord {
  /** The day of the request, YYYY-MM-DD. */
  opgehaald: string;
  kandidaten: Candidate[];
}

export interface GeocodeCache {
  versie: 1;
  /** By query text, such as "Zuidwesterringweg 10, 8307 AA Ens". */
  adressen: Record<string, CacheRecord>;
}

export type MatchStatus = 'gevonden' | 'twijfel' | 'alleen-postcode' | 'alleen-woonplaats' | 'ver-weg' | 'niet-gevonden' | 'fout';

export interface Match {
  status: MatchStatus;
  /** Only for "gevonden": the coordinates to write, rounded to about a metre. */
  coordinaten?: Coordinates;
  /** The candidates a person should look at. */
  kandidaten: Candidate[];
  /** What is going on, in B1 Dutch. */
  uitleg: string;
}

export function queryText(address: Address): string {
  return `${address.straat} ${address.huisnummer}, ${address.postcode} ${address.plaats}`;
}

export function requestUrl(address: Address): string {
  const params = new URLSearchParams({ q: queryText(address), fq: 'type:adres', fl: FIELDS, rows: String(ROWS) });
  return `${PDOK_FREE_URL}?${params.toString()}`;
}

const compact = (value: string) => value.replace(/[\s-]/g, '').toLowerCase();

/** "POINT(5.8281 52.6362)" → { lat: 52.6362, lon: 5.8281 } (WKT puts longitude first). */
export function parsePoint(wkt: unknown): Coordinates | undefined {
  const match = typeof wkt === 'string' ? /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt) : null;
  return match ? { lon: Number(match[1]), lat: Number(match[2]) } : undefined;
}

/** The candidates in a PDOK `free` answer; throws when the answer is not what PDOK sends. */
export function parseFreeResponse(body: unknown): Candidate[] {
  const docs = (body as { response?: { docs?: unknown } })?.response?.docs;
  if (!Array.isArray(docs)) throw new Error('The answer has no response.docs');
  return docs.flatMap((doc: Record<string, unknown>) => {
    const point = parsePoint(doc.centroide_ll);
    if (!point) return [];
    const candidate: Candidate = {
      weergavenaam: String(doc.weergavenaam ?? ''),
      type: String(doc.type ?? ''),
      lat: point.lat,
      lon: point.lon,
      score: Number(doc.score ?? 0),
    };
    if (typeof doc.postcode === 'string') candidate.postcode = doc.postcode;
    if (doc.huis_nlt !== undefined) candidate.huisnummer = String(doc.huis_nlt);
    if (typeof doc.woonplaatsnaam === 'string') candidate.woonplaats = doc.woonplaatsnaam;
    return [candidate];
  });
}

const round = (value: number) => Math.round(value * 100_000) / 100_000;

/** How good the cached candidates are for this address, and whether to write the coordinates. */
export function decide(address: Address, candidates: readonly Candidate[], gebiedCentrum?: Coordinates): Match {
  const postcode = compact(address.postcode);
  const samePostcode = candidates.filter((candidate) => candidate.postcode !== undefined && compact(candidate.postcode) === postcode);
  const exact = samePostcode.filter(
    (candidate) => candidate.huisnummer !== undefined && compact(candidate.huisnummer) === compact(String(address.huisnummer)),
  );
  if (exact.length > 0) {
    const first = exact[0]!;
    const apart = exact.filter((candidate) => haversineMetres(candidate, first) > SAME_PLACE_METRES);
    if (apart.length > 0) {
      return {
        status: 'twijfel',
        kandidaten: exact,
        uitleg: `PDOK vindt ${exact.length} plekken met dit adres. Kies zelf de goede en vul lat en lon in.`,
      };
    }
    const coordinaten = { lat: round(first.lat), lon: round(first.lon) };
    if (gebiedCentrum && haversineMetres(coordinaten, gebiedCentrum) > FAR_FROM_GEBIED_METRES) {
      const km = Math.round(haversineMetres(coordinaten, gebiedCentrum) / 1000);
      return {
        status: 'ver-weg',
        kandidaten: [first],
        uitleg: `Het adres ligt ${km} km van het midden van het gebied. Kijk of het adres en het gebied kloppen.`,
      };
    }
    return { status: 'gevonden', coordinaten, kandidaten: [first], uitleg: `Gevonden: ${first.weergavenaam}.` };
  }
  if (samePostcode.length > 0) {
    return {
      status: 'alleen-postcode',
      kandidaten: samePostcode.slice(0, 3),
      uitleg: 'PDOK vindt de postcode, maar niet dit huisnummer. Kijk of het huisnummer klopt.',
    };
  }
  const samePlace = candidates.filter(
    (candidate) => candidate.woonplaats !== undefined && compact(candidate.woonplaats) === compact(address.plaats),
  );
  if (samePlace.length > 0) {
    return {
      status: 'alleen-woonplaats',
      kandidaten: samePlace.slice(0, 3),
      uitleg: 'PDOK vindt de plaats, maar niet dit adres. Kijk of de straat en de postcode kloppen.',
    };
  }
  return {
    status: 'niet-gevonden',
    kandidaten: [],
    uitleg: 'PDOK vindt dit adres niet. Kijk of het adres klopt, of zoek de plek op een kaart.',
  };
}

export type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface GeocodeRequest {
  /** A name for the progress line and the report, such as the file of the place. */
  label: string;
  address: Address;
  gebiedCentrum?: Coordinates;
}

export interface GeocodeResult extends GeocodeRequest {
  match: Match;
  /** True when PDOK was asked during this run; false when the answer came from the cache. */
  opgevraagd: boolean;
}

export interface GeocodeOptions {
  cache: GeocodeCache;
  /** Without fetch, only the cache is used: the run needs no network. */
  fetch?: Fetch;
  today: string;
  pauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Called after every answer, so an interrupted run keeps what it already fetched. */
  onCacheChange?: (cache: GeocodeCache) => void;
}

/**
 * Looks up every address, from the cache when it can and otherwise from PDOK, one at a time.
 * A server error is not cached, so the next run asks again.
 */
export async function geocode(requests: readonly GeocodeRequest[], options: GeocodeOptions): Promise<GeocodeResult[]> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const results: GeocodeResult[] = [];
  let asked = 0;
  for (const [index, request] of requests.entries()) {
    options.onProgress?.(index, requests.length, request.label);
    const key = queryText(request.address);
    const cached = options.cache.adressen[key];
    if (cached) {
      results.push({ ...request, match: decide(request.address, cached.kandidaten, request.gebiedCentrum), opgevraagd: false });
      continue;
    }
    if (!options.fetch) {
      results.push({
        ...request,
        match: { status: 'fout', kandidaten: [], uitleg: 'Dit adres is nog niet opgezocht. Run npm run geocode met internet.' },
        opgevraagd: false,
      });
      continue;
    }
    if (asked++ > 0) await sleep(options.pauseMs ?? PDOK_PAUSE_MS);
    let match: Match;
    try {
      const response = await options.fetch(requestUrl(request.address));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const kandidaten = parseFreeResponse(await response.json());
      options.cache.adressen[key] = { opgehaald: options.today, kandidaten };
      options.onCacheChange?.(options.cache);
      match = decide(request.address, kandidaten, request.gebiedCentrum);
    } catch (error) {
      match = {
        status: 'fout',
        kandidaten: [],
        uitleg: `PDOK gaf geen goed antwoord (${(error as Error).message}). Probeer het later opnieuw.`,
      };
    }
    results.push({ ...request, match, opgevraagd: true });
  }
  options.onProgress?.(requests.length, requests.length, '');
  return results;
}

export function emptyCache(): GeocodeCache {
  return { versie: 1, adressen: {} };
}

/** The cache as text with sorted keys, so a diff shows only the addresses that changed. */
export function formatCache(cache: GeocodeCache): string {
  const sorted = Object.fromEntries(
    Object.keys(cache.adressen)
      .sort()
      .map((key) => [key, cache.adressen[key]]),
  );
  return `${JSON.stringify({ versie: 1, adressen: sorted }, null, 2)}\n`;
}
