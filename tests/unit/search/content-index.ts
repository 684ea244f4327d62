/** The search index of the real example content, built the way the site builds its shards. */
import { resolve } from 'node:path';
import { loadContentFiles } from '../../../scripts/content-files';
import { buildCatalog, type Catalog } from '../../../src/lib/catalog';
import { siteSearchData } from '../../../src/lib/search/build';
import { resolveScope, SearchIndex } from '../../../src/lib/search/engine';
import { emptyState, type SearchState } from '../../../src/lib/search/filters';
import { buildPlaceIndex } from '../../../src/lib/search/places';
import { parseQuery } from '../../../src/lib/search/query';
import { manifestPlaces, type Manifest, type Shard } from '../../../src/lib/search/shard';

export const TEST_TODAY = '2026-11-23';

export interface ContentSearch {
  catalog: Catalog;
  manifest: Manifest;
  shards: Shard[];
  index: SearchIndex;
  /** Ranked activity ids for a query, as the search page would show them. */
  search(query: string, state?: Partial<SearchState>): ReturnType<SearchIndex['search']>;
}

export function contentSearch(): ContentSearch {
  const { entries, problems } = loadContentFiles(resolve(import.meta.dirname, '../../..'));
  if (problems.length > 0) throw new Error(`content/ has problems: ${JSON.stringify(problems)}`);
  const catalog = buildCatalog({
    today: TEST_TODAY,
    ...entries,
    schoolHolidays: entries.schoolvakanties.flatMap((year) => year.data.vakanties),
  });
  const { manifest, shards: byPath } = siteSearchData(catalog);
  const shards = [...byPath.values()];
  const index = SearchIndex.fromShards(shards);
  const places = buildPlaceIndex(manifestPlaces(manifest));
  const gemeenteOfGebied = new Map(manifest.gebieden.map((gebied) => [gebied.id, gebied.gemeente]));
  return {
    catalog,
    manifest,
    shards,
    index,
    search(query, partial = {}) {
      const state = { ...emptyState, ...partial, q: query };
      const parsed = parseQuery(query, places);
      const scope = resolveScope(parsed, state, gemeenteOfGebied);
      // As the search page does: the centre of the (first) gebied searched in, for the topic nearby.
      const [first] = scope.gebieden ?? [];
      const centre = manifest.gebieden.find((gebied) => gebied.id === first)?.centrum;
      return index.search(parsed, state, scope, {
        today: TEST_TODAY,
        ...(centre ? { placeCentre: { lat: centre[0], lon: centre[1] } } : {}),
      });
    },
  };
}
