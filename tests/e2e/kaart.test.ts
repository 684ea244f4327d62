/**
 * The national map /kaart/ (issue #14): the page lists the gemeenten, the map starts from one small file
 * with a marker per gemeente, and loads a gemeente's points only when the visitor asks for them (chooses
 * its marker or its line, zooms in on it, or searches there). Offline, as every browser test: tiles fail.
 * Expected numbers come from the open data feed of the same build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeProblems, BUILD_DATE, expect, hasPlace, listedActivities, test, withoutTiles, type FeedActivity } from './fixtures';

const inGemeente = (id: string) => (activity: FeedActivity) => activity.gemeente.id === id;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
});

/** Every file under /data/ the page asks for, in order. */
function dataRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/data/')) paths.push(url.pathname);
  });
  return paths;
}
const mapFiles = (paths: string[]) => paths.filter((path) => path.startsWith('/data/kaart/'));

const markers = (page: Page) => page.locator('.pk-map-marker');
const markerTotal = (page: Page) =>
  markers(page).evaluateAll((elements) => elements.reduce((sum, element) => sum + Number((element as HTMLElement).dataset.count), 0));
const gemeenteLine = (page: Page, id: string) => page.locator(`li[data-map-gemeente="${id}"]`);

async function openKaart(page: Page, path = '/kaart/') {
  await page.goto(path);
  const map = page.locator('pk-map');
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(markers(page).first()).toBeVisible();
}

test('at the start the map loads only the overview: one number per gemeente, adding up to every activity with a place', async ({
  page,
  request,
  externalRequests,
}) => {
  const requested = dataRequests(page);
  await openKaart(page);
  const activities = await listedActivities(request);
  await expect.poll(() => markerTotal(page)).toBe(activities.filter(hasPlace).length);
  // Noordoostpolder lies far from the others: its own marker, with its own number.
  const noordoostpolder = page.locator('.pk-map-marker[data-kind="area"][data-gemeente="noordoostpolder"]');
  await expect(noordoostpolder).toHaveAttribute(
    'data-count',
    String(activities.filter(inGemeente('noordoostpolder')).filter(hasPlace).length),
  );
  await expect(noordoostpolder).toHaveAttribute('aria-label', /^Gemeente Noordoostpolder: \d+ activiteiten\. Kies om ze te zien\.$/);
  await page.waitForLoadState('networkidle');
  expect(mapFiles(requested)).toEqual(['/data/kaart/index.json']);
  await expect(page.locator('li[data-activity-id]')).toHaveCount(0);
  expect(withoutTiles(externalRequests)).toEqual([]);
});

test('choosing a gemeente on the map loads its points, and the list shows its activities under it', async ({ page, request }) => {
  const requested = dataRequests(page);
  await openKaart(page);
  const expected = (await listedActivities(request)).filter(inGemeente('noordoostpolder'));
  await page.locator('.pk-map-marker[data-gemeente="noordoostpolder"]').click();
  // The gemeente's marker gives way to its places and groups of places.
  await expect(page.locator('.pk-map-marker[data-gemeente="noordoostpolder"]')).toHaveCount(0);
  await expect.poll(() => markerTotal(page)).toBeGreaterThanOrEqual(expected.filter(hasPlace).length);
  expect(mapFiles(requested)).toEqual(['/data/kaart/index.json', '/data/kaart/noordoostpolder.json']);
  await expect(gemeenteLine(page, 'noordoostpolder').locator('li[data-activity-id]')).toHaveCount(expected.length);
  await expect(gemeenteLine(page, 'heiloo').locator('li[data-activity-id]')).toHaveCount(0);
  // A place in the list goes to its marker, as on the other maps.
  await gemeenteLine(page, 'noordoostpolder').getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).click();
  await expect(page.locator('.pk-map-marker--selected')).toHaveAttribute('aria-label', /^Dorpshuis De Zuidwester: \d+ activiteiten$/);
  await expect(page.locator('.leaflet-popup')).toContainText('Volgende keer: dinsdag 24 november, 10.00 tot 11.30 uur');
  expect(await axeProblems(page)).toEqual([]);
});

test('zooming in loads the gemeenten in view, without choosing one', async ({ page }) => {
  const requested = dataRequests(page);
  await openKaart(page);
  // The four gemeenten in Noord-Holland are one group at first; open it, then zoom in on its middle.
  await page.getByRole('button', { name: /^Groep van 4 gemeenten met \d+ activiteiten/ }).click();
  await expect(page.getByRole('button', { name: /^Groep van 2 gemeenten/ }).first()).toBeVisible();
  expect(mapFiles(requested)).toEqual(['/data/kaart/index.json']);
  for (let step = 0; step < 5 && mapFiles(requested).length === 1; step++) {
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.waitForTimeout(400);
  }
  await expect.poll(() => mapFiles(requested).length).toBeGreaterThan(1);
  const loaded = mapFiles(requested).slice(1);
  expect(
    loaded.every((path) => /^\/data\/kaart\/(bergen|castricum|heiloo|uitgeest)\.json$/.test(path)),
    loaded.join(' '),
  ).toBe(true);
  await expect(page.locator('.pk-map-marker[data-kind="place"]').first()).toBeVisible();
});

test('keyboard only: a gemeente from the list, and a gemeente marker with Enter', async ({ page }) => {
  const requested = dataRequests(page);
  await page.goto('/kaart/');
  const button = gemeenteLine(page, 'tubbergen').getByRole('button', { name: 'Toon op de kaart: gemeente Tubbergen' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => mapFiles(requested)).toContain('/data/kaart/tubbergen.json');
  // Focus goes to the map, on a marker near the middle of the gemeente.
  await expect(page.locator('.pk-map-marker:focus')).toBeVisible();
  await expect(page.locator('.pk-map-marker:focus')).not.toHaveAttribute('data-kind', 'area');

  // Back to the whole country, then Tab to Noordoostpolder's marker and open it with Enter.
  await page.goto('/kaart/');
  await page.locator('pk-map [data-map-box]').scrollIntoViewIfNeeded();
  await expect(page.locator('pk-map')).toHaveAttribute('data-state', 'ready');
  await page.getByRole('link', { name: 'Sla de kaart over' }).focus();
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let name = '';
  for (let step = 0; step < 15 && !name.startsWith('Gemeente Noordoostpolder'); step++) {
    await page.keyboard.press('Tab');
    name = await focusedName();
  }
  expect(name).toMatch(/^Gemeente Noordoostpolder/);
  await page.keyboard.press('Enter');
  await expect.poll(() => mapFiles(requested)).toContain('/data/kaart/noordoostpolder.json');
  await expect(page.locator('.pk-map-marker:focus')).toHaveAttribute('data-kind', /^(place|cluster)$/);
});

test('a search loads the points of the gemeente it found something in, and the list and map show the results', async ({
  page,
  request,
}) => {
  const requested = dataRequests(page);
  const ens = (await listedActivities(request)).filter((activity) => activity.gebieden.some((gebied) => gebied.id === 'ens'));
  await openKaart(page, '/kaart/#gebied=ens');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden in Ens' })).toHaveText(`${ens.length} activiteiten gevonden in Ens.`);
  await expect(page.locator('li[data-activity-id]:visible')).toHaveCount(ens.length);
  await expect.poll(() => markerTotal(page)).toBe(ens.filter(hasPlace).length);
  await expect(gemeenteLine(page, 'noordoostpolder').locator('[data-map-gemeente-count]')).toHaveText(
    `${ens.length} activiteiten gevonden`,
  );
  await expect(gemeenteLine(page, 'heiloo')).toBeHidden();
  expect(mapFiles(requested)).toEqual(['/data/kaart/index.json', '/data/kaart/noordoostpolder.json']);
  // Clearing the search shows every gemeente again, the loaded one with its points.
  await page.getByLabel('Dorp of wijk', { exact: true }).selectOption('');
  await expect(gemeenteLine(page, 'heiloo')).toBeVisible();
  await expect.poll(() => markerTotal(page)).toBe((await listedActivities(request)).filter(hasPlace).length);
});

test.describe('with a broken file', () => {
  // The site's service worker, once in control, would fetch the file itself, past page.route.
  test.use({ serviceWorkers: 'block' });

  test('a gemeente whose points do not load keeps its marker, and the page says so', async ({ page }) => {
    await page.route('**/data/kaart/noordoostpolder.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"a":"x"}' }),
    );
    await openKaart(page);
    await page.locator('.pk-map-marker[data-gemeente="noordoostpolder"]').click();
    await expect(page.locator('[data-map-notice]')).toContainText('De plekken van gemeente Noordoostpolder kunnen nu niet laden.');
    await expect(page.locator('.pk-map-marker[data-gemeente="noordoostpolder"]')).toBeVisible();
    await expect(gemeenteLine(page, 'noordoostpolder').getByRole('link', { name: 'Noordoostpolder' })).toBeVisible();
  });
});

test("the page, the data it loads at the start and the map's JavaScript stay within their budgets", async ({ request }) => {
  const gzip = async (path: string) => gzipSync(await (await request.get(path)).body()).length;
  expect(await gzip('/kaart/'), 'HTML of /kaart/').toBeLessThanOrEqual(60 * 1024);
  expect(await gzip('/data/kaart/index.json'), 'overview').toBeLessThanOrEqual(100 * 1024);
  for (const path of ['noordoostpolder', 'heiloo'].map((id) => `/data/kaart/${id}.json`))
    expect(await gzip(path), path).toBeLessThanOrEqual(100 * 1024);
  // The map's JavaScript: the <pk-map> script and the Leaflet half, with every chunk they import.
  const dir = join(process.cwd(), 'dist/_astro');
  const files = readdirSync(dir);
  const pending = files.filter((file) => /^(ActivityMap\.astro_astro_type_script|activity-map-leaflet)[^/]*\.js$/.test(file));
  expect(pending).toHaveLength(2);
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)) pending.push(match[1]!);
  }
  const total = [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  expect(total, [...seen].join(', ')).toBeLessThanOrEqual(70 * 1024);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/kaart/ lists every gemeente with its number of activities and a link to its own map and list', async ({ page, request }) => {
    const activities = await listedActivities(request);
    await page.goto('/kaart/');
    await expect(page.locator('pk-map [data-map-box]')).toHaveText(
      'Hier kan een kaart staan. Onder de kaart staan alle gemeenten. Kies een gemeente voor haar activiteiten.',
    );
    const gemeenten = [...new Map(activities.map((activity) => [activity.gemeente.id, activity.gemeente.naam])).entries()];
    await expect(page.locator('.pk-map-gemeente')).toHaveCount(gemeenten.length);
    for (const [id, naam] of gemeenten) {
      const line = page.locator('.pk-map-gemeente').filter({ has: page.getByRole('link', { name: naam, exact: true }) });
      await expect(line.getByRole('link')).toHaveAttribute('href', `/gemeenten/${id}/`);
      await expect(line.locator('[data-map-gemeente-count]')).toHaveText(`${activities.filter(inGemeente(id)).length} activiteiten`);
    }
    await expect(page.locator('li[data-activity-id]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Toon op de kaart/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Heiloo', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Heiloo');
  });
});
