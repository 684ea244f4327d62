/**
 * The site served as the host serves it (scripts/preview.ts, like scripts/host/nginx.conf and public/_headers):
 * an address without its last slash reaches the page, and every answer carries the security headers.
 */
import { siteConfig } from '../../src/site.config';
import { securityHeaders } from '../../src/lib/security/headers';
import { expect, test } from './fixtures';

test('an address without the last slash reaches the page', async ({ page, request }) => {
  const response = await request.get('/gebieden/ens?x=1', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/gebieden/ens/?x=1');

  await page.goto('/gebieden/ens');
  expect(new URL(page.url()).pathname).toBe('/gebieden/ens/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ens');
});

test('a missing page is still a 404, with or without the slash, and files are not redirected', async ({ request }) => {
  expect((await request.get('/gebieden/bestaat-niet', { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get('/gebieden/bestaat-niet/', { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get('/data/activiteiten.json', { maxRedirects: 0 })).status()).toBe(200);
});

test('pages, redirects and data carry the security headers', async ({ request }) => {
  for (const path of ['/', '/gebieden/ens', '/data/activiteiten.json']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    for (const [name, value] of securityHeaders(siteConfig.kaart.tegels.url))
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});
