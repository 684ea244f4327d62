/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide no page in the sitemap scrolls sideways. A failure
 * names the page, its width and the widest element that sticks out, so the fix is easy to find.
 * One browser page visits every URL; the test reads layout only, so it takes about a minute.
 */
import { expect, sitemapPaths, test } from './fixtures';

test.use({ viewport: { width: 320, height: 640 } });

test('no page in the sitemap is wider than a 320 px screen', async ({ page }) => {
  const paths = [...sitemapPaths(), '/bestaat-niet/'];
  test.setTimeout(paths.length * 2_000 + 30_000);
  const tooWide: string[] = [];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return null;
      // The element reaching furthest right, for the message.
      let widest: Element = root;
      let right = 0;
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.right > right && box.width > 0) [widest, right] = [element, box.right];
      }
      const name = `${widest.tagName.toLowerCase()}${widest.className && typeof widest.className === 'string' ? `.${widest.className.trim().split(/\s+/).join('.')}` : ''}`;
      return `${root.scrollWidth} px wide, ${name} reaches ${Math.round(right)} px`;
    });
    if (overflow) tooWide.push(`${path}: ${overflow}`);
  }
  expect(tooWide).toEqual([]);
});
