import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { coverageCsv, coverageRow } from '../../lib/coverage';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const rows = catalog.gemeenten.flatMap((gemeente) => gemeente.gebieden.map((gebied) => coverageRow(gebied, catalog.activities)));
  return new Response(coverageCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
