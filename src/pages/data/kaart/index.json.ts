import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { siteMapData } from '../../../lib/map/points';

// One marker per gemeente: what /kaart/ loads first (see src/lib/map/overview.ts).
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(siteMapData(await loadCatalog()).overview), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
