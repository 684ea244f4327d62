import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { loadCatalog } from '../data/catalog';

// The service worker must live at the root to serve every page, so it is bundled here, not by Vite.
// Its version is the build date: each daily build gives browsers a new worker (see src/lib/offline.ts).
export const GET: APIRoute = async () => {
  const { today } = await loadCatalog();
  const result = await build({
    // Built from the project root (npm scripts run there); import.meta.url would point into the build output.
    entryPoints: [resolve(process.cwd(), 'src/offline/service-worker.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    define: { VERSION: JSON.stringify(today) },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
