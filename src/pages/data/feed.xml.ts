import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { siteConfig } from '../../site.config';
import { feedXml } from '../../lib/open-data/feed';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const xml = await feedXml(catalog.activities, {
    title: `${siteConfig.naam}: nieuw en gecontroleerd`,
    description: 'Activiteiten die nieuw zijn of opnieuw zijn gecontroleerd. De nieuwste staan bovenaan.',
    site: site!.href,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
