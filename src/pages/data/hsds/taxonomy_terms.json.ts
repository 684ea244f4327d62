import type { APIRoute } from 'astro';
import { hsdsTaxonomyTermsFile } from '../../../lib/open-data/hsds/files';

// Every term of our themes, target groups and klachten as HSDS 3.0 taxonomy terms (see src/lib/open-data/hsds/taxonomies.ts).
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(hsdsTaxonomyTermsFile(site!.href)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
