/**
 * /voor-professionals/ and the theme pages summarise per gemeente and link, so they do not grow with the
 * country (issue #14, item 4); the tables of one gemeente are on its own page (issue #11, #12).
 */
import { expect, test } from './fixtures';

test('the national page for professionals has one line per gemeente with counts, and no activity', async ({ page }) => {
  await page.goto('/voor-professionals/');
  const table = page.getByRole('table', { name: 'Telling per gemeente' });
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  const links = await rows.locator('th a').evaluateAll((items) => items.map((item) => item.getAttribute('href')));
  expect(links.every((href) => /^\/voor-professionals\/[a-z0-9-]+\/$/.test(href ?? ''))).toBe(true);
  expect(links).toHaveLength(await rows.count());
  // The lists of activities (to check, per dorp) are on the pages of the gemeenten.
  await expect(page.locator('main a[href^="/activiteiten/"]')).toHaveCount(0);
});

test('a gemeente\'s page: its matrix says "geen aanbod" where the eye sees a dash, its speerpunten and its list to check', async ({
  page,
}) => {
  await page.goto('/voor-professionals/');
  await page.getByRole('link', { name: 'Noordoostpolder', exact: true }).click();
  await expect(page).toHaveURL(/\/voor-professionals\/noordoostpolder\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod in Noordoostpolder');
  const table = page.getByRole('table').first();
  await expect(table.getByRole('cell', { name: 'geen aanbod', exact: true }).first()).toBeAttached();
  expect(await table.getByRole('cell', { name: '–', exact: true }).count()).toBe(0);
  expect(await table.getByRole('cell', { name: /^\d+$/ }).count()).toBeGreaterThan(0);
  // Only the dorpen and wijken of this gemeente: Ens is in Noordoostpolder, Bergen is not.
  await expect(table.getByRole('rowheader', { name: 'Ens', exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Bergen', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Speerpunten en aanbod in Noordoostpolder' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog controleren in Noordoostpolder' })).toBeVisible();
  const csv = await page.request.get('/data/dekking/noordoostpolder.csv');
  expect(csv.ok()).toBe(true);
  const text = await csv.text();
  expect(text).toContain(';Ens;');
  expect(text).not.toContain(';Bergen;');
});

test('a theme page counts per gemeente and links to the theme in that gemeente, which lists the activities per dorp', async ({ page }) => {
  await page.goto('/themas/bewegen/');
  await expect(page.locator('main a[href^="/activiteiten/"]')).toHaveCount(0);
  const link = page.locator('main a[href="/themas/bewegen/noordoostpolder/"]');
  await expect(link).toHaveText(/^Noordoostpolder \(\d+\)$/);
  const count = Number((await link.textContent())!.match(/\((\d+)\)/)![1]);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewegen en sport in Noordoostpolder');
  await expect(page).toHaveTitle(/^Bewegen en sport in Noordoostpolder \| /);
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Bewegen en sport' })).toHaveAttribute(
    'href',
    '/themas/bewegen/',
  );
  const activities = new Set(
    await page.locator('main [data-activity-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-activity-id'))),
  );
  expect(activities.size).toBe(count);
  await expect(page.getByRole('heading', { level: 2, name: 'Ens', exact: true })).toBeVisible();
});

test('a gemeente page links its themes to the theme in that gemeente', async ({ page }) => {
  await page.goto('/gemeenten/noordoostpolder/');
  await expect(page.locator('main a[href="/themas/bewegen/noordoostpolder/"]')).toBeVisible();
  await expect(page.locator('main a[href^="/themas/"][href*="#"]')).toHaveCount(0);
});
