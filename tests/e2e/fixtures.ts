/**
 * Every browser test runs offline: requests that leave this machine are blocked and recorded,
 * so a test can assert that the page works without them and that nothing tried to leave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: async ({ context }, use) => {
    const external: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
        external.push(url.href);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    await use(external);
  },
  page: async ({ page, externalRequests }, use) => {
    void externalRequests;
    await use(page);
  },
});

export { expect };

/** The date the test build is made for (npm run build:test); next dates on pages follow from it. */
export const BUILD_DATE = '2026-11-23';

/** The WCAG 2.2 A and AA rules, as the Dutch government requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each, naming the rule and the elements. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** The map's base tiles (kaart.tegels in site.config.ts) are the one kind of request allowed to leave the site. */
export const TILE_HOST = new URL(siteConfig.kaart.tegels.url.replace(/[{}]/g, '')).hostname;
/**
 * Answers every tile request with a blank 1×1 PNG instead of blocking it, so the map behaves as it does
 * online (tiles load, no "tiles failed" notice) while nothing leaves the machine.
 */
export async function serveBlankTiles(page: Page) {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await page.route(`https://${TILE_HOST}/**`, (route) => route.fulfill({ contentType: 'image/png', body: png }));
}
export const withoutTiles = (urls: readonly string[]) => urls.filter((url) => new URL(url).hostname !== TILE_HOST);

/**
 * Every page path in the built sitemap, so a new page is tested without touching the tests.
 * The web editor at /admin/ is never in it: it is a third-party app for editors, not an Astro page,
 * with its own policy (tests/e2e/cms.test.ts checks it and that it stays out of the sitemap).
 */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No sitemap in dist/. Run "npm run build:test" before the browser tests.');
  return files.flatMap((file) =>
    [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
  );
}

/** Pages of the PDF that Chromium prints of the page on A4. */
export async function pdfPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** window.print() would open a dialog; count the calls in window.prints instead. */
export async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
}

/** An activity as the open-data feed /data/activiteiten.json has it: the source of truth the map tests count against. */
export interface FeedActivity {
  id: string;
  titel: string;
  status: string;
  gemeente: { id: string; naam: string };
  gebieden: { id: string }[];
  locaties: { lat?: number }[];
}

/** The listed (not stopped) activities of the built site, from its open-data feed. */
export async function listedActivities(request: APIRequestContext): Promise<FeedActivity[]> {
  const response = await request.get('/data/activiteiten.json');
  return ((await response.json()) as { activiteiten: FeedActivity[] }).activiteiten.filter((activity) => activity.status !== 'gestopt');
}

export const hasPlace = (activity: FeedActivity) => activity.locaties.some((locatie) => locatie.lat !== undefined);
