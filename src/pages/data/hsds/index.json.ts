import type { APIRoute } from 'astro';
import { hsdsRoot } from '../../../lib/open-data/hsds/files';

// The HSDS 3.0 API root document (see src/lib/open-data/hsds/files.ts).
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(hsdsRoot(site!.href)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
