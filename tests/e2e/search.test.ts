/**
 * The live search on /zoeken/: typing, filters, the URL as the state, back and forward, near me with a
 * mocked position, the forms on other pages, bad input, a shard that fails, keyboard only, and axe in
 * every state. The clock is fixed to the test build's date so next dates are stable.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeProblems, BUILD_DATE, expect, test } from './fixtures';

const results = (page: Page) => page.locator('[data-search-list] > li');
const heading = (page: Page) => page.locator('[data-search-heading]');
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Wat zoekt u?' });
const titles = (page: Page) => page.locator('[data-search-list] .pk-card__title').allInnerTexts();
/** "Meer keuzes" opens by itself when a link already has filters; a click would close it again. */
async function openFilters(page: Page) {
  const details = page.locator('[data-search-filters]');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
}
const choice = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
});

test('results appear while typing, best match first, and the count is announced', async ({ page }) => {
  await page.goto('/zoeken/');
  await searchbox(page).pressSequentially('wandelen marknesse');
  await expect(page).toHaveURL(/\/zoeken\/#q=wandelen\+marknesse$/);
  // Each key starts a search; the last one to finish is the whole query.
  await expect.poll(async () => (await titles(page))[0]).toBe('Wandelen met De Polderstappers');
  await expect(heading(page)).toHaveText(/activiteit(en)? gevonden in Marknesse\./);
  // The live region speaks once typing has paused, with the same sentence as the heading.
  await expect(page.getByRole('status').filter({ hasText: 'gevonden in Marknesse' })).toHaveText(await heading(page).innerText());
  const card = results(page).first();
  await expect(card).toContainText('Volgende keer:');
  await expect(card.locator('.pk-badge').first()).toBeVisible();
});

test('resident wording, typos and place words find the right activity', async ({ page }) => {
  const cases: [string, string][] = [
    ['alzeimer heiloo', 'Alzheimer Café Heiloo'],
    ['wandelgroep kastricum', 'Wandelgroep'],
    ['nederlands leren heiloo', 'Taal'],
  ];
  for (const [query, expected] of cases) {
    await page.goto(`/zoeken/#q=${encodeURIComponent(query)}`);
    await expect(heading(page), query).toContainText('gevonden');
    expect((await titles(page)).slice(0, 5).join(' | '), query).toContain(expected);
  }
});

test('filters narrow the list, live in the URL and survive a reload', async ({ page }) => {
  await page.goto('/zoeken/#gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gemeente Noordoostpolder');
  const all = await results(page).count();
  await openFilters(page);
  await choice(page, 'Gratis').check();
  await expect(page).toHaveURL(/gemeente=noordoostpolder&gratis=1/);
  await expect.poll(() => results(page).count()).toBeLessThan(all);
  for (const badges of await page.locator('[data-search-list] .pk-badges').allInnerTexts()) expect(badges).toContain('Gratis');

  await choice(page, 'Thema').selectOption('bewegen');
  await expect(page).toHaveURL(/gemeente=noordoostpolder&thema=bewegen&gratis=1/);
  const filtered = await titles(page);
  await page.reload();
  await expect(choice(page, 'Thema')).toHaveValue('bewegen');
  await expect(choice(page, 'Gratis')).toBeChecked();
  await expect.poll(() => titles(page)).toEqual(filtered);
});

test('the back and forward buttons restore earlier searches', async ({ page }) => {
  await page.goto('/zoeken/#q=koffie&gebied=ens');
  await expect(heading(page)).toContainText('in Ens');
  await openFilters(page);
  await choice(page, 'Dorp of wijk').selectOption('marknesse');
  // Marknesse has no koffie-inloop: the heading says so and shows the coffee nearby (topic before place).
  await expect(heading(page)).toContainText('In Marknesse');
  await page.goBack();
  await expect(page).toHaveURL(/q=koffie&gebied=ens$/);
  await expect(heading(page)).toContainText('in Ens');
  await expect(choice(page, 'Dorp of wijk')).toHaveValue('ens');
  await page.goForward();
  await expect(heading(page)).toContainText('In Marknesse');
});

test('near me sorts by distance from the device, and the position never leaves the browser', async ({ browser }) => {
  // Ens, a few hundred metres from De Zuidwester.
  const position = { latitude: 52.6364, longitude: 5.8283 };
  const context = await browser.newContext({ geolocation: position, permissions: ['geolocation'], locale: 'nl-NL' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url() + (request.postData() ?? '')));
  await page.goto('/zoeken/#q=koffie&gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gevonden');
  await openFilters(page);
  await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
  await expect(page.getByRole('button', { name: 'Stop met mijn plek' })).toBeFocused();
  await expect(page.locator('[data-search-notes]')).toContainText('uw plek alleen op dit apparaat');
  const places = await page.locator('[data-search-list] .pk-card__meta').allInnerTexts();
  const metres = places.map((text) => {
    const match = /([\d,]+) (k?m)/.exec(text);
    return match ? Number(match[1]!.replace(',', '.')) * (match[2] === 'km' ? 1000 : 1) : Infinity;
  });
  expect(metres[0]).toBeLessThan(1000);
  expect(metres).toEqual([...metres].sort((a, b) => a - b));
  expect(page.url()).not.toMatch(/52\.6|5\.82/);
  // The position is not drawn on the map either: the tiles around it would give it away.
  await expect(page.locator('[data-search-map] .pk-map-centre')).toHaveCount(0);
  expect(requests.filter((url) => /52\.6|5\.82/.test(url))).toEqual([]);
  await context.close();
});

test('a chosen dorp as the starting point sorts by distance and stays in the URL', async ({ page }) => {
  await page.goto('/zoeken/#gemeente=noordoostpolder&thema=bewegen&bij=ens');
  await expect(heading(page)).toContainText('gevonden');
  await expect(results(page).first().locator('.pk-card__meta')).toContainText('Ens');
  await expect(results(page).first().locator('.pk-card__meta')).toHaveText(/ m$| km$/);
  // The starting point is on the results map as a point of its own.
  const map = page.locator('[data-search-map] pk-map');
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(map.locator('.pk-map-centre')).toHaveCount(1);
  await expect(map.getByText('Het midden van Ens. Vanaf hier is gemeten wat dichtbij is.')).toBeVisible();
});

test('nothing found: the page says so and offers to search wider or a correction', async ({ page }) => {
  await page.goto('/zoeken/#q=schaakclub&gebied=ens&gratis=1');
  await expect(heading(page)).toHaveText('Geen activiteiten gevonden in Ens.');
  const widen = page.locator('[data-search-widen]');
  await expect(widen).toContainText('We vonden niets');
  await widen.getByRole('button', { name: 'Zoek zonder "gratis"' }).click();
  await expect(page).toHaveURL(/q=schaakclub&gebied=ens$/);
  await expect(heading(page)).toBeFocused();

  // Two letters off is too far to match on its own, but close enough to ask.
  await page.goto('/zoeken/#q=kuarton');
  await expect(heading(page)).toHaveText('Geen activiteiten gevonden.');
  await widen.getByRole('button', { name: 'Bedoelt u: kaarten?' }).click();
  await expect(page).toHaveURL(/q=kaarten$/);
  expect((await titles(page)).join(' | ')).toMatch(/kaarten/i);
});

test('a dorp with little shows what there is nearby', async ({ page }) => {
  await page.goto('/zoeken/#q=koffie%20ens');
  await expect(heading(page)).toContainText('in Ens');
  const nearby = page.locator('[data-search-nearby]');
  await expect(nearby.getByRole('heading', { name: 'Dit is er ook in de buurt van Ens' })).toBeVisible();
  await expect(nearby.locator('li').first()).toBeVisible();
});

test('topic before place: a dorp without a good match says so and shows the topic nearby, nearest first', async ({ page }) => {
  await page.goto('/zoeken/#q=wandelen%20ens');
  await expect(heading(page)).toHaveText('In Ens vonden we niets voor "wandelen". Dit is er in de buurt:');
  await expect.poll(async () => (await titles(page))[0]).toBe('Wandelen met De Polderstappers');
  const places = await page.locator('[data-search-list] .pk-card__meta').allInnerTexts();
  expect(places.filter((text) => text.startsWith('Ens'))).toEqual([]);
  const metres = places.map((text) => Number(/([\d,]+) km/.exec(text)?.[1]?.replace(',', '.') ?? Infinity));
  expect(metres[0]).toBeLessThan(15);
  expect(metres).toEqual([...metres].sort((a, b) => a - b));
  // A good match in the dorp keeps the dorp.
  await searchbox(page).fill('koffie ens');
  await expect(heading(page)).toContainText('gevonden in Ens');
});

test('narrow by spoken language and by "vandaag", "dit weekend"; both live in the URL', async ({ page }) => {
  await page.goto('/zoeken/#gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gemeente Noordoostpolder');
  const all = await results(page).count();
  await openFilters(page);
  await choice(page, 'Taal').selectOption({ label: 'Pools' });
  await expect(page).toHaveURL(/gemeente=noordoostpolder&taal=pl$/);
  await expect.poll(() => results(page).count()).toBeLessThan(all);
  expect(await results(page).count()).toBeGreaterThan(0);
  // The word finds the same activities as the filter.
  const filtered = (await titles(page)).sort();
  await page.goto('/zoeken/#q=pools&gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gevonden');
  expect((await titles(page)).sort()).toEqual(filtered);

  await page.goto('/zoeken/#gemeente=noordoostpolder&wanneer=vandaag');
  await expect(choice(page, 'Wanneer')).toHaveValue('vandaag');
  const today = await results(page).count();
  expect(today).toBeGreaterThan(0);
  expect(today).toBeLessThan(all);
  // The clock is on the build's date, Monday 23 November 2026: every result is on that day.
  for (const card of await page.locator('[data-search-list] .pk-card').allInnerTexts()) expect(card).toContain('maandag 23 november');
  // In the weekend of 28 and 29 November, so the next date shown is in this week.
  await choice(page, 'Wanneer').selectOption('dit-weekend');
  await expect(page).toHaveURL(/wanneer=dit-weekend/);
  await expect(heading(page)).toContainText('gevonden');
  for (const card of await page.locator('[data-search-list] .pk-card').allInnerTexts()) expect(card).toMatch(/2[3-9] november/);
});

test('a postcode as the starting point sorts by distance and never leaves the browser', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url() + (request.postData() ?? '')));
  await page.goto('/zoeken/#q=koffie&gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gevonden');
  await openFilters(page);
  const postcode = page.getByLabel('Of vanaf uw postcode');
  await postcode.fill('0000');
  await expect(page.locator('[data-search-postcode-note]')).toHaveText('Typ de vier cijfers van uw postcode, zoals 8307.');
  await postcode.fill('8307 AB');
  await expect(page.locator('[data-search-notes]')).toContainText('Uw postcode blijft op dit apparaat.');
  await expect(page.locator('[data-search-postcode-note]')).toHaveText('');
  const first = results(page).first().locator('.pk-card__meta');
  await expect(first).toContainText('Ens');
  await expect(first).toHaveText(/ m$| km$/);
  expect(page.url()).not.toContain('8307');
  expect(requests.filter((url) => url.includes('8307'))).toEqual([]);
});

test('the results are on a map below the list, and the map follows the search', async ({ page }) => {
  await page.goto('/zoeken/#q=koffie&gemeente=noordoostpolder');
  await expect(heading(page)).toContainText('gevonden');
  const map = page.locator('[data-search-map] pk-map');
  await map.locator('[data-map-box]').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-state', 'ready');
  const total = () =>
    page
      .locator('.pk-map-marker')
      .evaluateAll((elements) => elements.reduce((sum, element) => sum + Number((element as HTMLElement).dataset.count), 0));
  const withPlace = async () =>
    (await results(page).count()) - (await page.locator('[data-search-list] .pk-card__meta', { hasText: 'online of bij u thuis' }).count());
  await expect.poll(total).toBe(await withPlace());
  await searchbox(page).fill('wandelen marknesse');
  await expect(heading(page)).toContainText('in Marknesse');
  await expect.poll(total).toBe(await withPlace());
  // From the list to the map: the card's button opens the popup of its marker.
  await results(page)
    .first()
    .getByRole('button', { name: /^Toon op de kaart/ })
    .click();
  await expect(page.locator('.leaflet-popup')).toContainText((await titles(page))[0]!);
});

test('bad input is shown as text, never run, and never breaks the page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const nasty = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/zoeken/#q=${encodeURIComponent(nasty)}`);
  await expect(heading(page)).toContainText('gevonden');
  await expect(searchbox(page)).toHaveValue(nasty);
  expect(await page.locator('pk-search img, [data-search-list] script').count()).toBe(0);

  for (const query of ['?!…;:--', '😀🚶‍♀️', 'wandelen '.repeat(120), '%%%']) {
    await page.goto(`/zoeken/#q=${encodeURIComponent(query)}`);
    await expect(heading(page), query.slice(0, 20)).toContainText('gevonden');
  }
  // Very long input is cut to 200 characters, in the box and in the URL.
  expect((await searchbox(page).inputValue()).length).toBeLessThanOrEqual(200);
  expect(dialogs).toEqual([]);
});

test('unknown filter values in a link are ignored with a note', async ({ page }) => {
  await page.goto('/zoeken/#q=koffie&thema=onzin&gebied=atlantis&gratis=misschien');
  const notes = page.locator('[data-search-notes]');
  await expect(notes).toContainText('Een keuze uit de link kennen we niet');
  await expect(notes).toContainText('thema "onzin"');
  await expect(notes).toContainText('gebied "atlantis"');
  await expect(heading(page)).toContainText('activiteiten gevonden.');
});

test('a shard that fails to load gets a clear message; the other gemeenten still work', async ({ page }) => {
  await page.route('**/data/zoeken/bergen.json', (route) => route.abort('failed'));
  await page.goto('/zoeken/#q=koffie');
  await expect(page.locator('[data-search-notes]')).toContainText('De activiteiten van gemeente Bergen (NH) konden niet laden');
  await expect(heading(page)).toContainText('gevonden');
  expect((await page.locator('[data-search-list] .pk-card__meta').allInnerTexts()).some((text) => text.includes('Castricum'))).toBe(true);
});

test('shards load lazily: only the gemeenten a search needs', async ({ page }) => {
  const shards: string[] = [];
  page.on('request', (request) => {
    const match = /\/data\/zoeken\/([\w-]+)\.json$/.exec(new URL(request.url()).pathname);
    if (match) shards.push(match[1]!);
  });
  await page.goto('/zoeken/#gemeente=heiloo');
  await expect(heading(page)).toContainText('gemeente Heiloo');
  expect(shards.sort()).toEqual(['heiloo', 'index']);
  await searchbox(page).fill('koffie ens');
  await expect(heading(page)).toContainText('in Ens');
  expect(shards).toContain('noordoostpolder');
  expect(shards).not.toContain('bergen');
});

test('pages that do not search load no search code and no index', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/gebieden/ens/');
  await page.goto('/privacy/');
  expect(loaded.filter((path) => path.startsWith('/data/zoeken/'))).toEqual([]);
  const scripts = await page.evaluate(() => [...document.scripts].map((script) => script.src + script.textContent));
  expect(scripts.join(' ')).not.toContain('pk-search');
});

test('the search page stays light: its own scripts are small, and the map code waits until the map is in view', async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    // What travels: the host compresses scripts (see scripts/host/nginx.conf), so the budget is in gzip bytes.
    if (response.request().resourceType() === 'script')
      scripts.push({ url: response.url(), bytes: gzipSync(await response.body()).length });
  });
  await page.goto('/zoeken/#q=koffie');
  await expect(heading(page)).toContainText('gevonden');
  const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
  // Search, the map element and the Bewaar button: about 35 KB gzip (the map element grew 0.3 KB for the
  // national map of /kaart/, whose own code is a chunk this page never loads). zod (13 KB or more) or
  // Leaflet (about 42 KB) pulled in by mistake would break this budget.
  expect(total, scripts.map((script) => `${script.url} ${script.bytes}`).join('\n')).toBeLessThan(36_000);
  expect(scripts.some((script) => /leaflet/i.test(script.url))).toBe(false);
});

test('the search box on a gebied page searches that gebied first', async ({ page }) => {
  await page.goto('/gebieden/ens/');
  await page.getByRole('searchbox', { name: 'Zoek in Ens' }).fill('koffie');
  await page.getByRole('searchbox', { name: 'Zoek in Ens' }).press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/#q=koffie&gebied=ens$/);
  await expect(heading(page)).toContainText('in Ens');
  expect((await titles(page))[0]).toBe('Koffie-inloop in De Zuidwester');
});

test('an old link with the search in the query is moved into the fragment at once', async ({ page }) => {
  await page.goto('/privacy/');
  await page.goto('/zoeken/?q=koffie&gebied=ens');
  await expect(page).toHaveURL(/\/zoeken\/#q=koffie&gebied=ens$/);
  await expect(searchbox(page)).toHaveValue('koffie');
  await expect(heading(page)).toContainText('in Ens');
  // Replaced, not added: the back button does not return to the old address.
  await page.goBack();
  await expect(page).toHaveURL(/\/privacy\/$/);
  // Other parameters of the link stay where they were.
  await page.goto('/kaart/?utm_source=folder&gebied=ens');
  await expect(page).toHaveURL(/\/kaart\/\?utm_source=folder#gebied=ens$/);
  await expect(page.getByLabel('Dorp of wijk', { exact: true })).toHaveValue('ens');
});

test('a search typed into the address bar, and an in-page link, are followed without a reload', async ({ page }) => {
  await page.goto('/zoeken/#q=koffie&gebied=ens');
  await expect(heading(page)).toContainText('in Ens');
  await page.evaluate(() => (location.hash = 'q=wandelen&gebied=marknesse'));
  await expect(heading(page)).toContainText('in Marknesse');
  await expect(searchbox(page)).toHaveValue('wandelen');
  // A skip link's anchor is no search: the results stay.
  await page.evaluate(() => (location.hash = 'na-de-kaart'));
  await page.waitForTimeout(300);
  await expect(searchbox(page)).toHaveValue('wandelen');
  await expect(heading(page)).toContainText('in Marknesse');
});

test('keyboard only: type, submit, reach a result and open it', async ({ page }) => {
  await page.goto('/zoeken/');
  await searchbox(page).focus();
  await page.keyboard.type('taalmaatje heiloo');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /^\/activiteiten\//);
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('axe finds no WCAG 2.2 AA problem in any state of the search', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/zoeken/');
  await expect(heading(page)).toContainText('gevonden');
  expect(await axeProblems(page), 'start').toEqual([]);

  await searchbox(page).fill('koffie drinken ens');
  await expect(heading(page)).toContainText('in Ens');
  expect(await axeProblems(page), 'results').toEqual([]);

  await openFilters(page);
  await choice(page, 'Thema').selectOption('taal');
  await choice(page, 'Gratis').check();
  expect(await axeProblems(page), 'filters open').toEqual([]);

  await page.goto('/zoeken/#q=xqzvw&gebied=ens&gratis=1&thema=onzin');
  await expect(heading(page)).toContainText('Geen activiteiten');
  expect(await axeProblems(page), 'nothing found').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says why and offers browsing by gebied and theme', async ({ page }) => {
    await page.goto('/zoeken/#q=wandelen');
    await expect(page.getByText('Zoeken met uw eigen woorden werkt alleen als JavaScript aan staat')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kies uw dorp of wijk' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kies een thema' })).toBeVisible();
    await expect(page.locator('[data-search-form]')).toBeHidden();
  });
});

test('"vanaf" offers the same dorpen and wijken as "Dorp of wijk", from the one list in the page', async ({ page }) => {
  await page.goto('/zoeken/');
  const options = (name: string) =>
    page.locator(`select[name="${name}"] optgroup option`).evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
  const gebieden = await options('gebied');
  expect(gebieden.length).toBeGreaterThan(10);
  await expect.poll(() => options('bij')).toEqual(gebieden);
});
