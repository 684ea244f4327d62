/**
 * Small hand-made search records for ranking tests, so each test shows the few fields it is about.
 * Everything else gets a neutral default: recent, not paused, no themes, no dates, no location.
 */
import { resolveScope, SearchIndex, type SearchOptions } from '../../../src/lib/search/engine';
import { emptyState, type SearchState } from '../../../src/lib/search/filters';
import { buildPlaceIndex, type PlaceInput } from '../../../src/lib/search/places';
import { parseQuery } from '../../../src/lib/search/query';
import type { RecordText, SearchRecord } from '../../../src/lib/search/record';
import { buildShard, type Shard } from '../../../src/lib/search/shard';

export const TODAY = '2026-11-23';

/** Two gemeenten with two gebieden each: enough to tell a gebied, a gemeente and everywhere apart. */
export const places: PlaceInput = {
  gemeenten: [
    { id: 'noordoostpolder', naam: 'Noordoostpolder' },
    { id: 'bergen', naam: 'Bergen' },
  ],
  gebieden: [
    { id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder' },
    { id: 'marknesse', naam: 'Marknesse', gemeente: 'noordoostpolder' },
    { id: 'schoorl', naam: 'Schoorl', gemeente: 'bergen' },
    { id: 'egmond-aan-zee', naam: 'Egmond aan Zee', gemeente: 'bergen' },
  ],
};
export const placeIndex = buildPlaceIndex(places);
export const gemeenteOfGebied: ReadonlyMap<string, string> = new Map(places.gebieden.map((gebied) => [gebied.id, gebied.gemeente]));

export interface Entry {
  record: SearchRecord;
  text: RecordText;
}

/** A record in Ens unless told otherwise; the text defaults to the title and summary. */
export function entry(fields: Partial<SearchRecord> & { id: string }, text: Partial<RecordText> = {}): Entry {
  const record: SearchRecord = {
    titel: fields.id,
    samenvatting: '',
    url: `/activiteiten/${fields.id}/`,
    gemeente: 'noordoostpolder',
    gebieden: ['ens'],
    themas: [],
    doelgroepen: [],
    klachten: [],
    talen: ['nl'],
    welzijnOpRecept: false,
    gratis: false,
    kosten: '€ 2',
    rolstoel: false,
    zonderAanmelden: false,
    dagen: [],
    dagdelen: [],
    opAfspraak: false,
    data: [],
    punten: [],
    plekken: [],
    opAfstand: false,
    actualiteit: 'recent',
    gepauzeerd: false,
    ...fields,
  };
  return { record, text: { titel: record.titel, trefwoorden: '', tekst: record.samenvatting, ...text } };
}

/** One shard per gemeente, in the order the gemeenten first appear. */
export function shardsOf(entries: readonly Entry[]): Shard[] {
  const gemeenten = [...new Set(entries.map((item) => item.record.gemeente))];
  return gemeenten.map((gemeente) =>
    buildShard(
      gemeente,
      entries.filter((item) => item.record.gemeente === gemeente),
    ),
  );
}

export interface SyntheticSearch {
  index: SearchIndex;
  search(query: string, state?: Partial<SearchState>, options?: Partial<SearchOptions>): ReturnType<SearchIndex['search']>;
  /** Ranked ids only. */
  ids(query: string, state?: Partial<SearchState>, options?: Partial<SearchOptions>): string[];
}

/** Search the entries the way the search page does: parse, resolve the scope, rank. */
export function syntheticSearch(entries: readonly Entry[], shards: readonly Shard[] = [buildShard('test', entries)]): SyntheticSearch {
  const index = SearchIndex.fromShards(shards);
  const search: SyntheticSearch['search'] = (query, partial = {}, options = {}) => {
    const state = { ...emptyState, ...partial, q: query };
    const parsed = parseQuery(query, placeIndex);
    return index.search(parsed, state, resolveScope(parsed, state, gemeenteOfGebied), { today: TODAY, ...options });
  };
  return { index, search, ids: (...args) => search(...args).hits.map((hit) => hit.record.id) };
}
