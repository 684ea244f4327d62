/**
 * No layout shift (issue #11): what the scripts add (search results, the map, the referral tool)
 * has its room from the first paint, so nothing jumps while the page loads.
 *
 * The measure is the one Lighthouse reports as CLS: layout-shift entries from a PerformanceObserver,
 * leaving out shifts right after input. Here all shifts are added up, which is never less than
 * Lighthouse's largest 5-second window, so the limit holds for CLS too.
 */
import type { Page } from '@playwright/test';
import { expect, serveBlankTiles, test } from './fixtures';

const LIMIT = 0.02;

const PAGES = [
  '/',
  '/activiteiten/koffie-inloop-ens/',
  '/gebieden/ens/',
  '/zoeken/',
  '/zoeken/?q=koffie',
  '/kaart/',
  '/verwijzen/',
  '/verwijzen/?gebied=ens&klacht=eenzaamheid',
];

const VIEWPORTS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1350, height: 940 },
];

/** Records layout shifts from the start of every document, before any script of the page runs. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node }) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function totalShift(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  // Let the page's scripts finish: data fetched, results and map drawn.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  return { total, detail: shifts.map((shift) => `${shift.value.toFixed(3)} ${shift.sources.join(', ')}`) };
}

for (const viewport of VIEWPORTS) {
  test(`no layout shift while pages load (${viewport.name}, ${viewport.width} px)`, async ({ page }) => {
    test.setTimeout(PAGES.length * 15_000);
    await page.setViewportSize(viewport);
    await recordShifts(page);
    await serveBlankTiles(page);
    const measured: string[] = [];
    const tooMuch: string[] = [];
    for (const path of PAGES) {
      const { total, detail } = await totalShift(page, path);
      measured.push(`${path} ${total.toFixed(3)}`);
      if (total >= LIMIT) tooMuch.push(`${path}: ${total.toFixed(3)} (${detail.join('; ')})`);
    }
    test.info().annotations.push({ type: 'layout shift', description: measured.join(', ') });
    expect(tooMuch).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the parts that need a script are not shown, and the page says what to do instead', async ({ page }) => {
    await page.goto('/zoeken/');
    await expect(page.getByRole('search', { name: 'Zoek een activiteit' })).toBeHidden();
    await expect(page.getByText('Zoeken met uw eigen woorden werkt alleen als JavaScript aan staat')).toBeVisible();
    await page.goto('/verwijzen/');
    await expect(page.getByLabel('Of typ de postcode')).toBeHidden();
  });
});

test('with JavaScript the search form is there and the no-JavaScript note is not', async ({ page }) => {
  await page.goto('/zoeken/');
  await expect(page.getByRole('search', { name: 'Zoek een activiteit' })).toBeVisible();
  await expect(page.getByText('Zoeken met uw eigen woorden werkt alleen als JavaScript aan staat')).toBeHidden();
});
