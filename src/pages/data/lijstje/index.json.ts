import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { shortlistData } from '../../../lib/shortlist-data';

// How many buckets "Mijn lijstje" has, so the page can find an activity's file from its id.
export const GET: APIRoute = async () => {
  const { index } = shortlistData(await loadCatalog());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
