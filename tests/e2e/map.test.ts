/**
 * The map (issue #5) in a real browser, offline: the map tiles are blocked like every other
 * request that leaves the machine, so these tests also show that the map works when tiles fail.
 * Expected numbers come from the open data feed of the same build, not from literals.
 */
import type { Locator, Page } from '@playwright/test';
import { axeProblems, BUILD_DATE, expect, hasPlace, listedActivities, test, withoutTiles, type FeedActivity } from './fixtures';

const inGebied = (id: string) => (activity: FeedActivity) => activity.gebieden.some((gebied) => gebied.id === id);

// Popups name the next date from the visitor's today; on the build's date that is the build's next date.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
});

const mapOf = (page: Page) => page.locator('pk-map').first();
const markers = (page: Page) => page.locator('.pk-map-marker');

async function openMap(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const map = mapOf(page);
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(markers(page).first()).toBeVisible();
  return map;
}

/**
 * A popup may still be panning into view on a busy machine, and a click that lands mid-pan is lost:
 * click again until `done` holds.
 */
async function clickInPopup(target: Locator, done: () => Promise<void>) {
  await expect(async () => {
    await target.click();
    await done();
  }).toPass({ timeout: 15_000 });
}

/** The number on every marker and cluster, added up: one per activity with a place. */
const markerTotal = (page: Page) =>
  markers(page).evaluateAll((elements) => elements.reduce((sum, element) => sum + Number((element as HTMLElement).dataset.count), 0));

test('on the Ens page the markers and clusters add up to the activities with a place there', async ({ page, request }) => {
  const expected = (await listedActivities(request)).filter(inGebied('ens')).filter(hasPlace).length;
  expect(expected).toBeGreaterThan(3);
  await openMap(page, '/gebieden/ens/');
  expect(await markerTotal(page)).toBe(expected);
  // Zoomed in, nothing is lost: the same total over what is in view after choosing a cluster.
  await page
    .getByRole('button', { name: /^Groep van/ })
    .first()
    .click();
  await expect(page.locator('.pk-map-marker[data-kind="place"][aria-label^="Dorpshuis De Zuidwester"]')).toBeVisible();
});

test('the page says which activities are not on the map', async ({ page, request }) => {
  const remote = (await listedActivities(request)).filter(inGebied('ens')).filter((activity) => !hasPlace(activity)).length;
  await page.goto('/gebieden/ens/');
  await expect(page.getByText(`${remote} activiteiten zijn online of bij u thuis. Die staan niet op de kaart.`)).toBeVisible();
});

test('the gemeente page and /kaart/ show every activity with a place', async ({ page, request }) => {
  const activities = await listedActivities(request);
  await openMap(page, '/gemeenten/noordoostpolder/');
  expect(await markerTotal(page)).toBe(activities.filter((activity) => activity.gemeente.id === 'noordoostpolder').filter(hasPlace).length);
  await openMap(page, '/kaart/');
  expect(await markerTotal(page)).toBe(activities.filter(hasPlace).length);
});

test('list to map: "Toon op de kaart" zooms to the marker, selects it and opens its popup; the link works', async ({ page }) => {
  await page.goto('/gebieden/ens/');
  await page.getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).first().click();
  const marker = page.locator('.pk-map-marker--selected');
  await expect(marker).toHaveAttribute('aria-label', /^Dorpshuis De Zuidwester: \d+ activiteiten$/);
  await expect(marker).toBeFocused();
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText('Dorpshuis De Zuidwester');
  await expect(popup).toContainText('Volgende keer: dinsdag 24 november, 10.00 tot 11.30 uur');
  await clickInPopup(popup.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }), () =>
    expect(page).toHaveURL(/\/activiteiten\/koffie-inloop-ens\/$/, { timeout: 2000 }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koffie-inloop in De Zuidwester');
});

test('map to list: choosing a marker marks its cards, "Toon in de lijst" goes to them', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  await page.locator('.pk-map-marker[data-kind="place"][aria-label^="Bibliotheek Emmeloord"]').click();
  const card = page.locator('li[data-activity-id="taalmaatje-noordoostpolder"]').first();
  await expect(card).toHaveAttribute('data-map-selected', '');
  await expect(page.locator('li[data-map-selected]')).toHaveCount(
    await page.locator('li[data-activity-id="taalmaatje-noordoostpolder"]').count(),
  );
  await page.locator('.leaflet-popup').getByRole('button', { name: 'Toon in de lijst' }).click();
  await expect(card.getByRole('link', { name: 'Taalmaatje' })).toBeFocused();
  await expect(card).toBeInViewport();
});

test('keyboard only: Tab reaches the markers, Enter opens a cluster and a popup, Escape closes it', async ({ page }) => {
  await page.goto('/gebieden/ens/');
  await page.getByRole('button', { name: 'Zoeken' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Sla de kaart over' })).toBeFocused();
  await expect(mapOf(page)).toHaveAttribute('data-state', 'ready');

  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let name = '';
  for (let step = 0; step < 10 && !name.startsWith('Groep van'); step++) {
    await page.keyboard.press('Tab');
    name = await focusedName();
  }
  expect(name).toMatch(/^Groep van \d+ plekken/);
  await page.keyboard.press('Enter');
  // After zooming in, focus stays on the map: on the marker nearest to where the cluster was.
  await expect.poll(focusedName).not.toBe(name);
  const focused = page.locator('.pk-map-marker:focus');
  await expect(focused).toBeVisible();

  // Tab on to a single place and open it.
  for (let step = 0; step < 10 && (await focused.getAttribute('data-kind')) !== 'place'; step++) await page.keyboard.press('Tab');
  const placeName = (await focusedName()).split(':')[0]!;
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText(placeName);
  await expect(popup.getByRole('link').first()).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Sluiten' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  expect((await focusedName()).startsWith(placeName)).toBe(true);
});

test('the zoom buttons have Dutch names', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uitzoomen' })).toBeVisible();
});

test('when the tiles fail, the map says so and still shows the markers', async ({ page, externalRequests }) => {
  await openMap(page, '/gebieden/ens/');
  await expect(page.getByText('De kaart kan nu niet laden. De plekken staan er wel op.')).toBeVisible();
  expect(await markers(page).count()).toBeGreaterThan(0);
  // The tiles were asked for, and nothing else left the machine.
  expect(externalRequests.length).toBeGreaterThan(0);
  expect(withoutTiles(externalRequests)).toEqual([]);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Kaartgegevens © Kadaster');
});

test('"Alleen wat op de kaart staat" makes the list follow the map', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  const box = page.getByRole('checkbox', { name: 'Alleen wat op de kaart staat' });
  await expect(box).not.toBeChecked();
  const taal = page.locator('li[data-activity-id="taalmaatje-noordoostpolder"]').first();
  const online = page.locator('li[data-activity-id="online-praatgroep-pijn-noordoostpolder"]').first();
  await box.check();
  // Everything with a place is in view at first; online activities are not on the map.
  await expect(taal).toBeVisible();
  await expect(online).toBeHidden();
  await page.getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).first().click();
  await expect(page.locator('.pk-map-marker--selected')).toBeVisible();
  await expect(taal).toBeHidden();
  await expect(page.locator('li[data-activity-id="koffie-inloop-ens"]').first()).toBeVisible();
  await expect(page.getByText(/^U ziet \d+ van de \d+ activiteiten\. De rest ligt buiten de kaart\.$/)).toBeVisible();
  await box.uncheck();
  await expect(taal).toBeVisible();
  await expect(online).toBeVisible();
});

test('/kaart/#gebied=ens shows only Ens, in the list and on the map', async ({ page, request }) => {
  const ens = (await listedActivities(request)).filter(inGebied('ens'));
  await openMap(page, '/kaart/#gebied=ens');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden in Ens' })).toHaveText(`${ens.length} activiteiten gevonden in Ens.`);
  await expect(page.locator('li[data-activity-id]:visible')).toHaveCount(ens.length);
  await expect(page.locator('li[data-map-gemeente="bergen"]')).toBeHidden();
  await expect.poll(() => markerTotal(page)).toBe(ens.filter(hasPlace).length);
  await expect(page.getByLabel('Dorp of wijk', { exact: true })).toHaveValue('ens');
});

test('/kaart/ ignores an unknown gemeente and says so', async ({ page, request }) => {
  const gemeenten = new Set((await listedActivities(request)).map((activity) => activity.gemeente.id));
  await page.goto('/kaart/#gemeente=atlantis');
  await expect(page.getByText('Een keuze uit de link kennen we niet: gemeente "atlantis". We zoeken zonder die keuze.')).toBeVisible();
  // Nothing chosen: every gemeente stays in the list.
  await expect(page.locator('li.pk-map-gemeente:visible')).toHaveCount(gemeenten.size);
});

test('/kaart/ searches with the same words and filters as /zoeken/, in the same URL', async ({ page }) => {
  const query = 'q=koffie&gemeente=noordoostpolder&gratis=1';
  await page.goto(`/zoeken/#${query}`);
  await expect(page.locator('[data-search-heading]')).toContainText('gevonden');
  const found = Number(/^(\d+)/.exec(await page.locator('[data-search-heading]').innerText())![1]);
  expect(found).toBeGreaterThan(1);
  await openMap(page, `/kaart/#${query}`);
  await expect(page.locator('li[data-activity-id]:visible')).toHaveCount(found);
  await expect.poll(() => markerTotal(page)).toBeLessThanOrEqual(found);
  await page.getByLabel('Thema', { exact: true }).selectOption('ontmoeten');
  await expect(page).toHaveURL(/\/kaart\/#q=koffie&gemeente=noordoostpolder&thema=ontmoeten&gratis=1$/);
  await expect.poll(() => page.locator('li[data-activity-id]:visible').count()).toBeLessThanOrEqual(found);
});

test('another script can choose what the map shows (pk-map:items), on /kaart/ with the gemeente of each', async ({ page }) => {
  await openMap(page, '/kaart/');
  await page.evaluate(() =>
    document.querySelector('pk-map')!.dispatchEvent(
      new CustomEvent('pk-map:items', {
        detail: { ids: ['koffie-inloop-ens', 'beweegtuin-ens'], gemeenten: ['noordoostpolder', 'noordoostpolder'] },
      }),
    ),
  );
  await expect(page.locator('li[data-activity-id]:visible')).toHaveCount(2);
  await expect.poll(() => markerTotal(page)).toBe(2);
  await page.evaluate(() => document.querySelector('pk-map')!.dispatchEvent(new CustomEvent('pk-map:items', { detail: { ids: null } })));
  await expect(page.locator('li[data-activity-id]:visible')).not.toHaveCount(2);
});

test('Leaflet loads only when a map comes into view, and never on a page without a map', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 500 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const leaflet: string[] = [];
  page.on('request', (request) => {
    if (/leaflet/i.test(new URL(request.url()).pathname)) leaflet.push(request.url());
  });

  await page.goto('/privacy/');
  await page.waitForLoadState('networkidle');
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await page.waitForLoadState('networkidle');
  expect(leaflet).toEqual([]);

  await page.goto('/gebieden/ens/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('pk-map [data-map-box]')).not.toBeInViewport();
  expect(leaflet).toEqual([]);
  await page.locator('pk-map [data-map-box]').scrollIntoViewIfNeeded();
  await expect(page.locator('pk-map')).toHaveAttribute('data-state', 'ready');
  expect(leaflet.some((url) => url.endsWith('.js'))).toBe(true);
  expect(leaflet.some((url) => url.endsWith('.css'))).toBe(true);
  await context.close();
});

test('axe finds no WCAG 2.2 AA problem with the map open and a popup open', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  const analyse = () => axeProblems(page);
  expect(await analyse()).toEqual([]);
  await page.getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).first().click();
  // Wait for the popup's fade-in to end: halfway, axe would measure the contrast of half-transparent text.
  await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
  expect(await analyse()).toEqual([]);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the map does not animate', async ({ page }) => {
    await openMap(page, '/gebieden/ens/');
    // Leaflet marks what it animates: the fading map pane, the markers that follow a zoom animation.
    await expect(page.locator('.leaflet-fade-anim, .pk-map-marker.leaflet-zoom-animated')).toHaveCount(0);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    expect(await page.locator('.leaflet-zoom-anim').count()).toBe(0);
    await expect(page.locator('.pk-map-marker.leaflet-zoom-animated')).toHaveCount(0);
  });
});

test('without reduced motion, Leaflet animates (so the test above can fail)', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  expect(await page.locator('.leaflet-fade-anim').count()).toBe(1);
  expect(await page.locator('.pk-map-marker.leaflet-zoom-animated').count()).toBeGreaterThan(0);
});

test('in print the map is hidden and the list stays', async ({ page }) => {
  await openMap(page, '/gebieden/ens/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pk-map')).toBeHidden();
  // On paper the gebied lists each activity once (PrintList.astro) instead of the cards per theme.
  await expect(page.locator('[data-print-activity]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Toon op de kaart/ }).first()).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is a sentence that points to the list, not an empty box', async ({ page }) => {
    await page.goto('/gebieden/ens/');
    const box = page.locator('pk-map [data-map-box]');
    await expect(box).toHaveText('Hier kan een kaart staan. Alle plekken staan ook in de lijst op deze pagina.');
    expect((await box.boundingBox())!.height).toBeLessThan(150);
    await expect(page.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Toon op de kaart/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Alleen wat op de kaart staat' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Sla de kaart over' })).toBeHidden();
  });

  // The list of /kaart/ without JavaScript is tested in kaart.test.ts; its search form is not shown.
  test('/kaart/ shows no search form', async ({ page }) => {
    await page.goto('/kaart/');
    await expect(page.getByLabel('Gemeente', { exact: true })).toBeHidden();
  });
});
