import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import type { GemeenteView } from '../../../lib/catalog';
import { referralGemeenteData } from '../../../lib/referral/build';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadCatalog()).gemeenten.map((gemeente) => ({ params: { gemeente: gemeente.id }, props: { gemeente } }));

// The referral data of one gemeente, loaded by /verwijzen/ when a gebied of it is chosen.
export const GET: APIRoute = async ({ props, site }) =>
  new Response(JSON.stringify(referralGemeenteData(await loadCatalog(), (props as { gemeente: GemeenteView }).gemeente, site!.href)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
