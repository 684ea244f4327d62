/**
 * Offline on a phone: which requests the service worker keeps, and how.
 *
 * Update policy, in short: pages and data are fetched from the network first and only taken from the
 * phone when there is no network, so an online visitor always sees today's data. Scripts and styles under
 * /_astro/ have a content hash in their name and never change, so they come from the phone first.
 * Every build writes a new /sw.js (its version is the build date); the browser checks it on each visit
 * (updateViaCache: 'none') and the new worker takes over at once, because the caches stay compatible.
 * Requests to other hosts (the map tiles) are never touched: no tile and no position is kept.
 *
 * Pure and browser-safe: the service worker, the page scripts and the tests share it.
 */

export const SERVICE_WORKER_PATH = '/sw.js';
export const OFFLINE_PAGE = '/offline/';

export const CACHES = {
  /** Pages and data the visitor opened; the newest MAX_PAGES are kept. */
  pages: 'pk-pagina',
  /** Pages of the gebieden the visitor chose to keep; kept until removed. */
  kept: 'pk-bewaard',
  /** Scripts, styles and icons with a hash in their name. */
  assets: 'pk-bestanden',
} as const;

export const MAX_PAGES = 80;
export const MAX_ASSETS = 200;

export type RequestKind = 'page' | 'data' | 'asset' | 'ignore';

/** How the service worker treats a GET request; anything not of this site is left alone. */
export function requestKind(url: URL, origin: string): RequestKind {
  if (url.origin !== origin) return 'ignore';
  if (url.pathname === SERVICE_WORKER_PATH) return 'ignore';
  if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/icons/') || url.pathname === '/favicon.svg') return 'asset';
  if (url.pathname.startsWith('/data/')) return 'data';
  if (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) return 'page';
  return 'ignore';
}

/** The cache key of a page: without query or fragment, so "?vanuit=ens" finds the same page offline. */
export function pageKey(url: URL): string {
  return url.pathname;
}

/** The pages to keep for a gebied: the gebied page and every activity page it links to, once each. */
export function pagesOfGebied(gebiedPath: string, links: readonly string[], origin: string): string[] {
  const pages = new Set<string>([gebiedPath]);
  for (const link of links) {
    const url = new URL(link, origin);
    if (url.origin === origin && url.pathname.startsWith('/activiteiten/')) pages.add(url.pathname);
  }
  return [...pages];
}

/** Which entries to drop so that at most `max` remain: the oldest first (cache keys keep insertion order). */
export function overflow<T>(entries: readonly T[], max: number): T[] {
  return entries.length > max ? entries.slice(0, entries.length - max) : [];
}

/** The scripts and styles a page links to (Astro writes them under /_astro/), so a kept page also looks right. */
export function assetLinks(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/_astro\/[^"?#]+)"/g)].map((match) => match[1]!))];
}

/** The modules a bundled script imports ("./format.abc.js"), as site paths next to the script. */
export function moduleImports(code: string, scriptPath: string): string[] {
  const folder = scriptPath.slice(0, scriptPath.lastIndexOf('/') + 1);
  const found = [...code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)].map((match) => folder + match[1]!.slice(2));
  return [...new Set(found)];
}
