import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { referralIndex } from '../../../lib/referral/build';

// Every gebied with its gemeente and postcodes: /verwijzen/ loads this first, and a gemeente's file once a gebied is chosen.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(referralIndex(await loadCatalog())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
