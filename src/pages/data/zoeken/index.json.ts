import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { siteSearchData } from '../../../lib/search/build';

// Which gemeenten and gebieden the search knows, and where each gemeente's shards are.
export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(siteSearchData(catalog).manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
