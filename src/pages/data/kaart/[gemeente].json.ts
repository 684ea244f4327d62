import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { siteMapData } from '../../../lib/map/points';

export const getStaticPaths: GetStaticPaths = async () => {
  return [...siteMapData(await loadCatalog()).gemeenten.keys()].map((gemeente) => ({ params: { gemeente } }));
};

// The points of one gemeente, which /kaart/ loads when the visitor zooms in on it, chooses it or searches there.
export const GET: APIRoute = async ({ params }) => {
  const data = siteMapData(await loadCatalog()).gemeenten.get(params.gemeente!)!;
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
