/**
 * The Content-Security-Policy (issue #11): no page breaks it, and what scripts do (the map with its
 * tiles, search as you type, the welzijnsrecept with QR codes, the print button) works under it.
 * A violation is caught twice: the page's securitypolicyviolation event and Chromium's console error.
 * The pages are served with the host's header policy as well (scripts/preview.ts), so both apply.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config';
import { headerCsp, metaCspDirectives } from '../../src/lib/security/headers';
import { expect, serveBlankTiles, sitemapPaths, test, TILE_HOST } from './fixtures';

/** Collects every CSP violation on the page, across navigations, as "page: directive blocked …". */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  return violations;
}

test('no page in the sitemap breaks the Content-Security-Policy', async ({ page }) => {
  const paths = [...sitemapPaths(), '/bestaat-niet/'];
  test.setTimeout(paths.length * 2_000 + 30_000);
  const violations = await watchCsp(page);
  const withoutPolicy: string[] = [];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    if ((await page.locator('meta[http-equiv="content-security-policy"]').count()) !== 1) withoutPolicy.push(path);
  }
  expect(violations).toEqual([]);
  expect(withoutPolicy, 'pages without exactly one policy in a <meta>').toEqual([]);
});

test('the policy in the meta is strict and allows the tile host, and the host sends it with frame-ancestors', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(headerCsp(siteConfig.kaart.tegels.url));
  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const directives = meta!
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  for (const directive of metaCspDirectives(siteConfig.kaart.tegels.url)) expect(directives).toContain(directive);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  expect(directives.find((directive) => directive.startsWith('img-src'))).toContain(`https://${TILE_HOST}`);
  // The header allows scripts and styles from the site only: that holds while no page has inline code.
  const html = readFileSync('dist/zoeken/index.html', 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>/);
  expect(html).not.toMatch(/<style[\s>]|\sstyle="/);
});

test('the map with its tiles, search as you type and the recept with QR codes work under the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  // The tiles really load (a blank PNG from the tile host), so img-src is tested too.
  await serveBlankTiles(page);
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });

  // The map: Leaflet sets its styles from script, loads its stylesheet and the tiles, and zooms.
  await page.goto('/gebieden/ens/');
  const map = page.locator('pk-map').first();
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeAttached();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page
    .getByRole('button', { name: /^Groep van/ })
    .first()
    .click();
  await expect(page.locator('.leaflet-popup, .pk-map-marker[data-kind="place"]').first()).toBeVisible();

  // The print button on an activity page.
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await page.getByRole('button', { name: 'Print deze pagina' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');

  // Search as you type, with its results map.
  await page.goto('/zoeken/');
  await page.getByRole('searchbox', { name: 'Wat zoekt u?' }).pressSequentially('koffie ens', { delay: 30 });
  await expect(page.locator('[data-activity-id]').first()).toBeVisible();

  // The welzijnsrecept: QR codes are SVG made in the page.
  await page.goto('/verwijzen/?gebied=ens&klacht=eenzaamheid');
  await page.locator('[data-referral-list] input[type="checkbox"]').first().check();
  await page.getByRole('button', { name: 'Print het welzijnsrecept' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pk-recept svg.pk-qr')).toHaveCount(1);

  expect(violations).toEqual([]);
});
