import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { activitiesInGebied } from '../../../lib/catalog';
import { coverageCsv, coverageRow } from '../../../lib/coverage';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadCatalog()).gemeenten.map((gemeente) => ({ params: { gemeente: gemeente.id } }));

// The coverage table of one gemeente, as on /voor-professionals/<gemeente>/ (see src/lib/coverage.ts).
export const GET: APIRoute = async ({ params }) => {
  const catalog = await loadCatalog();
  const gemeente = catalog.gemeenten.find((item) => item.id === params.gemeente)!;
  const rows = gemeente.gebieden.map((gebied) => coverageRow(gebied, activitiesInGebied(catalog, gebied.id)));
  return new Response(coverageCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
