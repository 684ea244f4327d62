import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { referralData } from '../../lib/referral/build';

// The referral tool's data, loaded by /verwijzen/ after the form is on screen.
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(referralData(catalog, site!.href)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
