import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog';
import { hsdsGemeenteFile } from '../../../../lib/open-data/hsds/files';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadCatalog()).gemeenten.map((gemeente) => ({ params: { gemeente: gemeente.id } }));

// The listed activities of one gemeente as HSDS 3.0 services (see src/lib/open-data/hsds/files.ts).
export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(hsdsGemeenteFile(await loadCatalog(), params.gemeente!, site!.href)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
