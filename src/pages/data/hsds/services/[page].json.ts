import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog';
import { hsdsServicesPage, hsdsServicesPageCount } from '../../../../lib/open-data/hsds/files';

export const getStaticPaths: GetStaticPaths = async () =>
  Array.from({ length: hsdsServicesPageCount(await loadCatalog()) }, (_, index) => ({ params: { page: String(index + 1) } }));

// All listed activities of the site as HSDS 3.0 services, a page at a time (see src/lib/open-data/hsds/files.ts).
export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(hsdsServicesPage(await loadCatalog(), Number(params.page), site!.href)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
