import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { siteSearchData } from '../../../lib/search/build';
import { SEARCH_DATA_PATH } from '../../../lib/search/shard';

const nameOf = (path: string) => path.slice(SEARCH_DATA_PATH.length + 1, -'.json'.length);

export const getStaticPaths: GetStaticPaths = async () => {
  const { shards } = siteSearchData(await loadCatalog());
  return [...shards.keys()].map((path) => ({ params: { shard: nameOf(path) } }));
};

// The prebuilt search index of one gemeente (or one part of a large one); /zoeken/ loads only what a query needs.
export const GET: APIRoute = async ({ params }) => {
  const { shards } = siteSearchData(await loadCatalog());
  const shard = shards.get(`${SEARCH_DATA_PATH}/${params.shard}.json`)!;
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
