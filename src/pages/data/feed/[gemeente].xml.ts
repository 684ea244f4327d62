import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { activitiesInGemeente } from '../../../lib/catalog';
import { feedXml } from '../../../lib/open-data/feed';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.gemeenten.map((gemeente) => ({
    params: { gemeente: gemeente.id },
    props: { gemeente, activities: activitiesInGemeente(catalog, gemeente.id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { gemeente, activities } = props as { gemeente: { naam: string }; activities: Parameters<typeof feedXml>[0] };
  const xml = await feedXml(activities, {
    title: `${siteConfig.naam}: nieuw in ${gemeente.naam}`,
    description: `Activiteiten in de gemeente ${gemeente.naam} die nieuw zijn of opnieuw zijn gecontroleerd. De nieuwste staan bovenaan.`,
    site: site!.href,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
