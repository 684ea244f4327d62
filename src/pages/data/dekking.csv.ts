import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { activitiesInGebied } from '../../lib/catalog';
import { coverageCsv, coverageRow } from '../../lib/coverage';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  // Each gebied's own activities from the catalog's index: no scan of the whole catalogue per gebied.
  const rows = catalog.gemeenten.flatMap((gemeente) =>
    gemeente.gebieden.map((gebied) => coverageRow(gebied, activitiesInGebied(catalog, gebied.id))),
  );
  return new Response(coverageCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
