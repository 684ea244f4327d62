/**
 * Serves the built site in dist/ as the host does (npm run preview, npm start, the browser tests):
 * Astro's preview server, plus two things it cannot do by configuration.
 * - The host's headers (src/lib/security/headers.ts), so the Content-Security-Policy header is tested too.
 * - A redirect from a page address without its slash (/gebieden/ens → /gebieden/ens/), as nginx,
 *   Netlify and Cloudflare Pages do. With trailingSlash: 'always', `astro preview` answers 404 there
 *   and skips Vite plugins from the config, so the redirect sits in front of its request handler.
 *
 *   tsx scripts/preview.ts [--port 4321] [--host 127.0.0.1]
 * Stop it with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { siteConfig } from '../src/site.config';
import { ADMIN_PATH, adminCsp, securityHeaders } from '../src/lib/security/headers';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } } });
const headers = Object.fromEntries(securityHeaders(siteConfig.kaart.tegels.url));

// strictPort: a busy port is an error, not a silent move to the next one the tests would not find.
const previewServer = await preview({
  server: { host: values.host, port: Number(values.port), headers },
  vite: { preview: { strictPort: true } },
});

// The static preview server returns its Node server, but Astro's public type does not name it.
const http = (previewServer as unknown as { server?: Server }).server;
if (!http)
  throw new Error(
    'Astro preview gave no HTTP server: the redirect for addresses without a slash cannot be added. Check the Astro version.',
  );
const astroHandlers = http.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
http.removeAllListeners('request');
http.on('request', (request: IncomingMessage, response: ServerResponse) => {
  const url = new URL(request.url ?? '/', 'http://preview');
  if (isPageWithoutSlash(url.pathname)) {
    response.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  // The web editor has its own policy (headers.ts); the preview server sets one set of headers for all.
  if (url.pathname.startsWith(ADMIN_PATH)) {
    const setHeader = response.setHeader.bind(response);
    response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'content-security-policy' ? adminCsp() : value);
  }
  for (const handler of astroHandlers) handler.call(http, request, response);
});

/** /gebieden/ens when dist/gebieden/ens/index.html exists; never a file name, never outside dist/. */
function isPageWithoutSlash(pathname: string): boolean {
  if (pathname.endsWith('/') || /\.[^/]+$/.test(pathname)) return false;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !path.includes('..') && existsSync(new URL(`../dist${path}/index.html`, import.meta.url));
}
