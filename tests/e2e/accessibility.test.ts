/**
 * axe with the WCAG 2.2 AA rules on every URL in the sitemap, as Starlight does for its docs.
 * The URL list is read from the built sitemap, so a new page is tested without touching this file.
 * axe takes seconds per page on a small machine, so the URLs are checked in batches that share one
 * browser page; a failure names every URL and rule concerned.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitemapPaths, test, WCAG_TAGS } from './fixtures';
const BATCHES = 12;

// A missing page answers with the 404 page, which must be accessible too.
const paths = [...sitemapPaths(), '/bestaat-niet/'];

test('the sitemap lists the pages of every kind', () => {
  for (const prefix of [
    '/activiteiten/',
    '/gebieden/',
    '/gemeenten/',
    '/themas/',
    '/toegankelijkheid/',
    '/privacy/',
    '/voor-professionals/',
  ]) {
    expect(
      paths.some((path) => path.startsWith(prefix)),
      prefix,
    ).toBe(true);
  }
});

test.describe.configure({ mode: 'parallel' });

for (let batch = 0; batch < BATCHES; batch++) {
  const batchPaths = paths.filter((_, index) => index % BATCHES === batch);
  test(`axe finds no WCAG 2.2 AA problem on ${batchPaths.length} pages (batch ${batch + 1} of ${BATCHES})`, async ({ page }) => {
    test.setTimeout(batchPaths.length * 15_000);
    const problems: string[] = [];
    for (const path of batchPaths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(WCAG_TAGS)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const violation of results.violations) {
        problems.push(`${path} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });
}
