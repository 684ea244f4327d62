/**
 * The JSON a script loads is checked before use. A file of the wrong shape ({"records":"x"},
 * activities: null, an index of a future version) gets a message in B1 that says what does not work and
 * what still does; the content for visitors without JavaScript stays, and no uncaught error is left.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** Uncaught errors on the page; a refused file must not leave any. */
function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Serves the real file with some fields replaced. */
const changed = (patch: Record<string, unknown>) => async (route: Route) => {
  const response = await route.fetch();
  await route.fulfill({ response, json: { ...(await response.json()), ...patch } });
};

test('a search index of a future version: search says it does not work now, browsing by dorp and theme still does', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.route('**/data/zoeken/index.json', changed({ v: 99 }));
  await page.goto('/zoeken/?q=koffie');
  // An old link's words leave the query at once, even when search cannot start.
  await expect(page).toHaveURL(/\/zoeken\/#q=koffie$/);
  const notes = page.locator('[data-search-notes]');
  await expect(notes).toHaveText(
    'Zoeken werkt nu even niet. Kies hieronder een dorp of een thema. Dat werkt wel. Of probeer het later nog een keer.',
  );
  await expect(page.getByRole('heading', { name: 'Kies uw dorp of wijk' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ens', exact: true })).toBeVisible();
  await expect(page.locator('[data-search-form]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a search index without its list of gemeenten is refused the same way, also on the map page', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.route('**/data/zoeken/index.json', changed({ gemeenten: null }));
  await page.goto('/kaart/#q=koffie');
  await expect(page.locator('[data-search-notes]')).toHaveText(
    'Zoeken werkt nu even niet. De kaart en de lijst hieronder werken wel. Of probeer het later nog een keer.',
  );
  await expect(page.locator('li[data-map-gemeente]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a shard with {"records":"x"}: that gemeente is named as missing, the others are still found', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.route('**/data/zoeken/bergen.json', changed({ records: 'x' }));
  await page.goto('/zoeken/#q=koffie');
  await expect(page.locator('[data-search-notes]')).toContainText(
    'De activiteiten van gemeente Bergen (NH) konden niet laden. Die ziet u nu niet.',
  );
  await expect(page.locator('[data-search-heading]')).toContainText('gevonden');
  expect((await page.locator('[data-search-list] .pk-card__meta').allInnerTexts()).some((text) => text.includes('Castricum'))).toBe(true);
  expect(errors).toEqual([]);
});

test('when every shard a search needs is broken, the page offers browsing again', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.route('**/data/zoeken/heiloo*.json', changed({ records: 'x' }));
  await page.goto('/zoeken/#gemeente=heiloo');
  await expect(page.locator('[data-search-notes]')).toContainText('De activiteiten van gemeente Heiloo konden niet laden.');
  await expect(page.locator('[data-search-notes]')).toContainText('Kies hieronder een dorp of een thema. Dat werkt wel.');
  await expect(page.getByRole('heading', { name: 'Kies uw dorp of wijk' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('referral data with activities: null: the page says searching does not work, the kaart per gebied (via its gemeente) still does', async ({
  page,
}) => {
  const errors = uncaughtErrors(page);
  await page.route('**/data/verwijzen/noordoostpolder.json', changed({ activities: null }));
  await page.goto('/verwijzen/?gebied=ens&klacht=eenzaamheid');
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens&klacht=eenzaamheid$/);
  await expect(page.locator('[data-referral-status]')).toHaveText(
    'Er is iets mis met de gegevens van de activiteiten. Daarom werkt zoeken hier nu niet. Onderaan deze pagina vindt u per gemeente de kaarten met alle activiteiten en de welzijnscoach. Die werken wel.',
  );
  await expect(page.locator('[data-referral-list] > li')).toHaveCount(0);
  await page.getByRole('link', { name: 'Gemeente Noordoostpolder', exact: true }).click();
  await page.getByRole('link', { name: 'Ens', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welzijn op Recept in Ens');
  expect(errors).toEqual([]);
});

// One file per test: once the service worker controls the page (after a reload), page.route no longer sees its requests.
for (const file of ['index', 'noordoostpolder']) {
  test(`a referral ${file === 'index' ? 'index' : 'gemeente file'} of another format version is refused too`, async ({ page }) => {
    const errors = uncaughtErrors(page);
    await page.route(`**/data/verwijzen/${file}.json`, changed({ v: 99 }));
    await page.goto('/verwijzen/#gebied=ens');
    await expect(page.locator('[data-referral-status]')).toContainText('Daarom werkt zoeken hier nu niet.');
    expect(errors).toEqual([]);
  });
}

test('map data of the wrong shape: the map says so, the list stays', async ({ page }) => {
  const errors = uncaughtErrors(page);
  await page.route('**/gebieden/ens/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<script type="application\/json" data-map-data[^>]*>)[^<]*/, '$1{"a":"x"}');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/gebieden/ens/');
  await expect(page.locator('[data-map-fallback]')).toHaveText('De kaart kan nu niet laden. Alle activiteiten staan in de lijst.');
  await expect(page.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
