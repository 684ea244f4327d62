import type { APIRoute } from 'astro';
import { hsdsTaxonomiesFile } from '../../../lib/open-data/hsds/files';

// Our themes, target groups and klachten as HSDS 3.0 taxonomies (see src/lib/open-data/hsds/taxonomies.ts).
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(hsdsTaxonomiesFile(site!.href)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
