import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { activityFeed } from '../../lib/export';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(activityFeed(catalog, site!.href), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
