import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { searchManifest } from '../../../lib/search/build';

// Which gemeenten and gebieden the search knows, and where each gemeente's shard is.
export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(searchManifest(catalog)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
