/// <reference lib="webworker" />
/**
 * The service worker, bundled into /sw.js at build time (src/pages/sw.js.ts). See src/lib/offline.ts
 * for what is kept and the update policy. It only answers requests of this site.
 */
import { assetLinks, CACHES, MAX_ASSETS, MAX_PAGES, moduleImports, OFFLINE_PAGE, overflow, pageKey, requestKind } from '../lib/offline';

declare const self: ServiceWorkerGlobalScope;
/** The build date, set by the bundler: a new build gives a new worker. */
declare const VERSION: string;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(CACHES.pages)).add(new Request(OFFLINE_PAGE, { cache: 'reload' }));
      await (await caches.open(CACHES.assets)).add(new Request('/favicon.svg', { cache: 'reload' }));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ours = new Set<string>(Object.values(CACHES));
      for (const name of await caches.keys()) if (name.startsWith('pk-') && !ours.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function trim(name: string, max: number) {
  const cache = await caches.open(name);
  for (const request of overflow(await cache.keys(), max)) await cache.delete(request);
}

async function fromPhone(key: string): Promise<Response | undefined> {
  return (await (await caches.open(CACHES.kept)).match(key)) ?? (await (await caches.open(CACHES.pages)).match(key));
}

/** Network first; a good answer is kept for later. Without network: what the phone has. */
async function networkFirst(request: Request, key: string, isPage: boolean): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      void (async () => {
        const cache = await caches.open(CACHES.pages);
        await cache.delete(key);
        await cache.put(key, copy);
        await trim(CACHES.pages, MAX_PAGES);
      })();
    }
    return response;
  } catch {
    const kept = await fromPhone(key);
    if (kept) return kept;
    if (isPage) return (await (await caches.open(CACHES.pages)).match(OFFLINE_PAGE)) ?? Response.error();
    return Response.error();
  }
}

/** Files with a hash in their name never change: the phone first. */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHES.assets);
  // ignoreVary: a module script asks with an Origin header, the kept copy was fetched without one.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
    void trim(CACHES.assets, MAX_ASSETS);
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const kind = requestKind(url, self.location.origin);
  if (kind === 'ignore') return;
  if (kind === 'asset') event.respondWith(cacheFirst(request));
  else
    event.respondWith(
      networkFirst(request, kind === 'page' ? pageKey(url) : url.pathname + url.search, kind === 'page' || request.mode === 'navigate'),
    );
});

/** Puts a script or style and the modules it imports in the asset cache, once each. */
async function keepAssets(paths: readonly string[], seen: Set<string>) {
  const cache = await caches.open(CACHES.assets);
  for (const path of paths) {
    if (seen.has(path)) continue;
    seen.add(path);
    let response = await cache.match(path, { ignoreVary: true });
    if (!response) {
      response = await fetch(path);
      if (!response.ok) continue;
      await cache.put(path, response.clone());
    }
    if (path.endsWith('.js')) await keepAssets(moduleImports(await response.text(), path), seen);
  }
}

/** "Keep this gebied": fetch its pages and their scripts and styles now, and keep them until removed. */
async function keep(urls: readonly string[]): Promise<number> {
  const cache = await caches.open(CACHES.kept);
  const seen = new Set<string>();
  let kept = 0;
  for (const url of urls) {
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) continue;
      await cache.put(url, response.clone());
      await keepAssets(assetLinks(await response.text()), seen);
      kept += 1;
    } catch {
      // Offline halfway: keep what we have, the page says how many.
    }
  }
  return kept;
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | undefined;
  const reply = (message: unknown) => (event.source as Client | null)?.postMessage(message);
  if (data?.type === 'bewaar' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((url): url is string => typeof url === 'string' && url.startsWith('/')).slice(0, 500);
    event.waitUntil(keep(urls).then((count) => reply({ type: 'bewaard', count, total: urls.length })));
  }
  if (data?.type === 'versie') reply({ type: 'versie', version: VERSION });
});
