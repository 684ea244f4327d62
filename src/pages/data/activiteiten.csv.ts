import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { siteCsv } from '../../lib/open-data/csv';

// Every listed activity as CSV for Excel (see src/lib/open-data/csv.ts).
export const GET: APIRoute = async ({ site }) =>
  new Response(siteCsv(await loadCatalog(), site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
