/**
 * A small static server for the search benchmark: /data/zoeken/* from the synthetic data of the
 * current size, everything else from the built site in dist/ (read only). Files go out uncompressed:
 * on localhost gzip would only add CPU time to what we measure; sizes are reported gzipped apart.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve } from 'node:path';
import { SEARCH_DATA_PATH } from '../../src/lib/search/shard';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  origin: string;
  /** Points /data/zoeken/ at another size's folder. */
  useData(dir: string): void;
  /** Replaces a page of dist/ as served, without touching the file. */
  override(path: string, html: string | undefined): void;
  close(): Promise<void>;
}

/** Resolves a URL path inside root, or undefined when it would leave it. */
function inside(root: string, urlPath: string): string | undefined {
  const file = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  return file === root || file.startsWith(`${root}/`) ? file : undefined;
}

export async function startServer(distDir: string): Promise<BenchServer> {
  const dist = resolve(distDir);
  let data = '';
  const overrides = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      let body: Buffer | string | undefined = overrides.get(path);
      let file: string | undefined;
      if (body === undefined) {
        file = path.startsWith(`${SEARCH_DATA_PATH}/`)
          ? inside(data, path.slice(SEARCH_DATA_PATH.length))
          : inside(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (!file) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
        body = await readFile(file);
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file ?? 'x.html')] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch (error) {
      response.writeHead(
        (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR' ? 404 : 500,
      );
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    useData(dir) {
      data = resolve(dir);
    },
    override(path, html) {
      if (html === undefined) overrides.delete(path);
      else overrides.set(path, html);
    },
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
