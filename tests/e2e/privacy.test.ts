import { expect, test, withoutTiles } from './fixtures';

test('no cookies, no storage and no request leaves the site', async ({ page, context, externalRequests }) => {
  for (const path of ['/', '/gebieden/ens/', '/activiteiten/koffie-inloop-ens/', '/themas/ontmoeten/', '/voor-professionals/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The one exception: the map's base tiles, when a map scrolls into view.
  expect(withoutTiles(externalRequests)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('what is typed or ticked never reaches a server: not in a query string, not in a body', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
  const words = ['schulden', 'taalmaatje', 'wandelen'];
  const klachten = ['eenzaamheid', 'somberheid'];

  // The search box on the home page.
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Wat zoekt u?' }).fill('schulden');
  await page.getByRole('searchbox', { name: 'Wat zoekt u?' }).press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/#q=schulden$/);
  await expect(page.locator('[data-search-heading]')).toContainText('gevonden');

  // Typing and filtering on the search page, and the same form on the map page.
  const searchbox = page.getByRole('searchbox', { name: 'Wat zoekt u?' });
  await searchbox.fill('');
  await searchbox.pressSequentially('taalmaatje heiloo');
  await expect(page.locator('[data-search-heading]')).toContainText('in Heiloo');
  await page.locator('[data-search-filters] summary').click();
  await page.getByLabel('Gratis', { exact: true }).check();
  await page.getByLabel('Thema', { exact: true }).selectOption('taal');
  await expect(page).toHaveURL(/#q=taalmaatje\+heiloo&thema=taal&gratis=1$/);
  await page.goto('/kaart/#q=wandelen');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'gevonden' })).toBeVisible();

  // Klachten on the referral page.
  await page.goto('/verwijzen/');
  await page.getByLabel('Dorp of wijk', { exact: true }).selectOption('ens');
  await page.getByRole('checkbox', { name: 'Eenzaamheid' }).check();
  await page.getByRole('checkbox', { name: 'Somberheid' }).check();
  await page.getByRole('button', { name: 'Zoek activiteiten' }).click();
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens&klacht=eenzaamheid&klacht=somberheid$/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Somberheid' })).toBeChecked();
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(10);
  const local = requests.filter((request) => request.url.startsWith(`${origin}/`));
  expect(local.map((request) => new URL(request.url).search).filter(Boolean)).toEqual([]);
  const carrying = requests.filter((request) =>
    [...words, ...klachten].some((word) => decodeURIComponent(`${request.url} ${request.body}`).toLowerCase().includes(word)),
  );
  expect(carrying).toEqual([]);
  // The fragment is in the address bar, so back, forward and a copied link keep working.
  expect(page.url()).toContain('#gebied=ens&klacht=eenzaamheid');
});

test('the open data lists every activity with the fields others build on', async ({ request }) => {
  const response = await request.get('/data/activiteiten.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const feed = await response.json();
  expect(feed.aantal).toBe(feed.activiteiten.length);
  expect(feed.aantal).toBeGreaterThanOrEqual(150);
  const koffie = feed.activiteiten.find((record: { id: string }) => record.id === 'koffie-inloop-ens');
  expect(koffie).toMatchObject({
    titel: 'Koffie-inloop in De Zuidwester',
    gemeente: { id: 'noordoostpolder', naam: 'Noordoostpolder' },
    gebieden: [{ id: 'ens', naam: 'Ens' }],
    themas: ['ontmoeten'],
    klachten: ['eenzaamheid', 'somberheid'],
    kosten: { soort: 'bedrag', bedrag: 1, per: 'keer', tekst: '€ 1 per keer' },
  });
  // More coming dates than a page shows, so the feed stays useful for weeks without a rebuild.
  expect(koffie.volgendeData.slice(0, 3)).toEqual([
    { datum: '2026-11-24', van: '10:00', tot: '11:30' },
    { datum: '2026-12-01', van: '10:00', tot: '11:30' },
    { datum: '2026-12-08', van: '10:00', tot: '11:30' },
  ]);
  expect(koffie.locaties[0]).toMatchObject({ lat: 52.6362, lon: 5.8281 });
});
