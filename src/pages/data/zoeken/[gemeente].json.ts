import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { gemeenteShard } from '../../../lib/search/build';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  return catalog.gemeenten.map((gemeente) => ({ params: { gemeente: gemeente.id } }));
};

// The prebuilt search index of one gemeente; /zoeken/ loads only the shards a query needs.
export const GET: APIRoute = async ({ params }) => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(gemeenteShard(catalog, params.gemeente!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
