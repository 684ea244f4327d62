import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import type { ActivityView, GemeenteView } from '../../../lib/catalog';
import { activitiesPerGemeente, gemeenteActivityFeed } from '../../../lib/export';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  const perGemeente = activitiesPerGemeente(catalog.activities);
  return catalog.gemeenten.map((gemeente) => ({
    params: { gemeente: gemeente.id },
    props: { gemeente, activities: perGemeente.get(gemeente.id) ?? [] },
  }));
};

// The open data feed of one gemeente, next to the national /data/activiteiten.json (see src/lib/export.ts).
export const GET: APIRoute = async ({ props, site }) => {
  const { gemeente, activities } = props as { gemeente: GemeenteView; activities: ActivityView[] };
  return new Response(JSON.stringify(gemeenteActivityFeed(await loadCatalog(), gemeente, activities, site!.href), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
