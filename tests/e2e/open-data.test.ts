/**
 * Open data (issue 12, part 2): /open-data/ links only to files that are there; the calendar link on an
 * activity page; /voor-professionals/ per gemeente, with gaps in words; all of it accessible and 320 px wide.
 */
import { hsdsProblems } from '../../src/lib/open-data/hsds/validate';
import { axeProblems, expect, test } from './fixtures';

const PAGES = [
  '/open-data/',
  '/voor-professionals/',
  '/voor-professionals/noordoostpolder/',
  '/themas/bewegen/',
  '/themas/bewegen/noordoostpolder/',
  '/gebieden/ens/',
  '/gemeenten/noordoostpolder/',
  '/activiteiten/dorpsontbijt-ens/',
];

test('every file listed on /open-data/ is there, with its own type', async ({ page, request }) => {
  await page.goto('/open-data/');
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CC0 1.0 (publiek domein)' })).toBeVisible();
  const hrefs = await page.locator('main a[href^="/data/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(30);
  const types: Record<string, RegExp> = { '.json': /json/, '.ics': /text\/calendar/, '.xml': /xml/, '.csv': /text\/csv/ };
  const wrong: string[] = [];
  for (const href of hrefs) {
    const response = await request.get(href);
    const type = Object.entries(types).find(([ending]) => href.endsWith(ending))?.[1];
    if (!response.ok() || (type && !type.test(response.headers()['content-type'] ?? '')))
      wrong.push(`${href}: ${response.status()} ${response.headers()['content-type']}`);
  }
  expect(wrong).toEqual([]);
});

test('the built HSDS files are valid HSDS 3.0, every page of the list included', async ({ page, request }) => {
  await page.goto('/open-data/');
  const hrefs = await page.locator('#bestand-hsds ~ ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs).toContain('/data/hsds/index.json');
  const kindOf = (href: string) =>
    href.endsWith('/index.json')
      ? 'root'
      : href.endsWith('/taxonomies.json')
        ? 'taxonomies'
        : href.endsWith('/taxonomy_terms.json')
          ? 'taxonomy_terms'
          : 'services';
  const first = (await (await request.get('/data/hsds/services/1.json')).json()) as { total_pages: number };
  const pages = Array.from({ length: first.total_pages }, (_, index) => `/data/hsds/services/${index + 1}.json`);
  const problems: string[] = [];
  for (const href of new Set([...hrefs, ...pages])) {
    const body: unknown = await (await request.get(href)).json();
    problems.push(...hsdsProblems(kindOf(href), body).map((problem) => `${href} ${problem.path}: ${problem.message}`));
  }
  expect(problems).toEqual([]);
});

test('the footer, gemeente and gebied pages link to /open-data/', async ({ page }) => {
  for (const path of ['/', '/gemeenten/noordoostpolder/', '/gebieden/ens/']) {
    await page.goto(path);
    await expect(page.locator('main a[href="/open-data/"], footer a[href="/open-data/"]').first()).toBeVisible();
  }
  await page.goto('/gemeenten/noordoostpolder/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/data/feed/noordoostpolder.xml');
});

test('an activity with a schedule offers "Zet in mijn agenda", one by appointment does not', async ({ page, request }) => {
  await page.goto('/activiteiten/dorpsontbijt-ens/');
  const link = page.getByRole('link', { name: 'Zet in mijn agenda' });
  await expect(link).toHaveAttribute('href', '/data/agenda/dorpsontbijt-ens.ics');
  const response = await request.get('/data/agenda/dorpsontbijt-ens.ics');
  expect(await response.text()).toContain('BEGIN:VCALENDAR');
  await page.goto('/activiteiten/huisbezoek-75-plus-bergen/');
  await expect(page.getByRole('link', { name: 'Zet in mijn agenda' })).toHaveCount(0);
  expect((await request.get('/data/agenda/huisbezoek-75-plus-bergen.ics')).status()).toBe(404);
});

test('/voor-professionals/ links a page per gemeente, which says "geen aanbod" in words and offers the CSV', async ({ page, request }) => {
  await page.goto('/voor-professionals/');
  await page.getByRole('link', { name: 'Noordoostpolder', exact: true }).click();
  await expect(page).toHaveURL(/\/voor-professionals\/noordoostpolder\/$/);
  const section = page.locator('main');
  await expect(section.getByRole('rowheader', { name: 'Ens' }).first()).toBeVisible();
  // A gap in the theme table is a dash for the eye and "geen aanbod" for a screen reader.
  await expect(section.getByRole('cell', { name: 'geen aanbod' }).first()).toBeAttached();
  const csv = await request.get('/data/dekking.csv');
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await expect(page.getByRole('heading', { name: 'Nog controleren' })).toBeVisible();
});

test('the new and changed pages have no axe problems and fit 320 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    problems.push(...(await axeProblems(page)).map((problem) => `${path}: ${problem}`));
    const tooWide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    if (tooWide) problems.push(`${path}: wider than 320 px`);
  }
  expect(problems).toEqual([]);
});
