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
    volgendeData: [
      { datum: '2026-11-24', van: '10:00', tot: '11:30' },
      { datum: '2026-12-01', van: '10:00', tot: '11:30' },
      { datum: '2026-12-08', van: '10:00', tot: '11:30' },
    ],
  });
  expect(koffie.locaties[0]).toMatchObject({ lat: 52.6362, lon: 5.8281 });
});
