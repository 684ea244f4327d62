import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { gemeenteCsv } from '../../../lib/open-data/csv';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadCatalog()).gemeenten.map((gemeente) => ({ params: { gemeente: gemeente.id } }));

// The listed activities of one gemeente as CSV for Excel (see src/lib/open-data/csv.ts).
export const GET: APIRoute = async ({ params, site }) =>
  new Response(gemeenteCsv(await loadCatalog(), params.gemeente!, site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
