/**
 * The gemeente page is a hub that does not grow with full cards (issue 14): per gebied the titles of its
 * activities as links, each activity once, and that list is the list beside the map. The full cards stay on
 * the gebied pages. Expected activities come from the open data feed of the same build, not from literals.
 */
import { gzipSync } from 'node:zlib';
import { axeProblems, expect, test } from './fixtures';

const GEMEENTE = '/gemeenten/noordoostpolder/';

/** A full card costs about 190 bytes gzip; a line of the compact list must stay well below that. */
const MAX_GZIP_BYTES_PER_ITEM = 100;

interface FeedActivity {
  id: string;
  titel: string;
  status: string;
  gebieden: { id: string }[];
}

test('every activity of the gemeente is listed once, per gebied, without full cards', async ({ page, request }) => {
  const feed = ((await (await request.get('/data/activiteiten.json')).json()) as { activiteiten: FeedActivity[] }).activiteiten;
  await page.goto(GEMEENTE);
  const gebieden = await page
    .getByRole('heading', { name: 'Kies uw dorp of wijk' })
    .locator('+ ul a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]!));
  expect(gebieden.length).toBeGreaterThan(1);
  const expected = feed.filter(
    (activity) => activity.status !== 'gestopt' && activity.gebieden.some((gebied) => gebieden.includes(gebied.id)),
  );

  const list = page.locator('#activiteiten');
  await expect(list.locator('.pk-card')).toHaveCount(0);
  const listed = await list
    .locator('li[data-activity-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-activity-id')!));
  expect(listed.toSorted()).toEqual(expected.map((activity) => activity.id).toSorted());

  // Each group's heading counts what it lists; every item links to its activity page.
  for (const group of await list.locator('[data-map-group]').all()) {
    const count = await group.locator('li[data-activity-id]').count();
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(new RegExp(`\\(${count}\\)$`));
  }
  const first = expected.find((activity) => activity.id === listed[0])!;
  await expect(list.locator(`li[data-activity-id="${first.id}"] a`).first()).toHaveAttribute('href', `/activiteiten/${first.id}/`);
  await expect(list.locator(`li[data-activity-id="${first.id}"] a`).first()).toHaveText(first.titel);
});

test('the compact list is the list beside the map: "Toon op de kaart" selects the marker', async ({ page }) => {
  await page.goto(GEMEENTE);
  const map = page.locator('pk-map');
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  const item = page
    .locator('#activiteiten li[data-activity-id]')
    .filter({ has: page.getByRole('button', { name: /^Toon op de kaart: / }) })
    .first();
  const title = (await item.getByRole('link').textContent())!;
  await item.getByRole('button', { name: `Toon op de kaart: ${title}` }).click();
  await expect(page.locator('.pk-map-marker--selected')).toBeFocused();
  await expect(page.locator('.leaflet-popup')).toContainText(title);
});

test('axe finds no WCAG 2.2 AA problem on the gemeente page with its map, nor on the verwijskaarten of a gemeente', async ({ page }) => {
  await page.goto(GEMEENTE);
  await page.locator('pk-map [data-map-box]').scrollIntoViewIfNeeded();
  await expect(page.locator('pk-map')).toHaveAttribute('data-state', 'ready');
  expect(await axeProblems(page), GEMEENTE).toEqual([]);
  await page.goto('/verwijzen/gemeente/noordoostpolder/');
  expect(await axeProblems(page), 'verwijskaarten per gemeente').toEqual([]);
  await page.getByRole('link', { name: 'Ens', exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Gemeente Noordoostpolder' }),
  ).toHaveAttribute('href', '/verwijzen/gemeente/noordoostpolder/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the gemeente page links to each activity and to each gebied page with the full cards', async ({ page }) => {
    await page.goto(GEMEENTE);
    const list = page.locator('#activiteiten');
    await expect(list.locator('li[data-activity-id] a').first()).toBeVisible();
    // What the list costs per activity as sent (no buttons added by the map's script): what the page grows by.
    const html = await list.evaluate((element) => element.outerHTML);
    expect(gzipSync(html).length / (await list.locator('li[data-activity-id]').count())).toBeLessThan(MAX_GZIP_BYTES_PER_ITEM);
    await list.getByRole('link', { name: /^Alles over Ens/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ens' })).toBeVisible();
    await expect(page.locator('.pk-card').first()).toBeVisible();
  });
});
