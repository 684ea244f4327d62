/**
 * The huisarts's journey on /verwijzen/: from klachten to a printed welzijnsrecept.
 * Also: choices live in the URL (and only choices), the name on the recept never leaves the page,
 * it works with the keyboard alone, without JavaScript it points per gemeente to the kaart per gebied, and axe
 * finds nothing in any state.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeProblems, BUILD_DATE, expect, pdfPages, stubPrint, test } from './fixtures';

const PATIENT = 'Jan Testpatiënt';

// The recept lists no date before its own; on the build's date the build's next dates are all still coming.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
});

const printCount = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

// The hidden part of the label is positioned apart, so the accessible name may get a space before the colon.
const tick = (page: Page, title: string) => page.getByRole('checkbox', { name: new RegExp(`^Op het recept ?: ${title}$`) });

test('from klachten to a printed welzijnsrecept with the activities, a QR code and the coach', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid&klacht=somberheid');

  const coach = page.getByRole('region', { name: 'Welzijnscoach in Ens' });
  await expect(coach).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('passen bij uw keuze in Ens');
  // The coach comes before the activities.
  const coachBox = (await coach.boundingBox())!;
  const listBox = (await page.locator('[data-referral-list]').boundingBox())!;
  expect(coachBox.y).toBeLessThan(listBox.y);

  const first = page.locator('[data-referral-list] > li').first();
  await expect(first.getByRole('link')).toHaveText('Koffie-inloop in De Zuidwester');
  await expect(first).toContainText('Past bij eenzaamheid en somberheid · elke dinsdag · € 1 per keer · 100 m');

  await tick(page, 'Koffie-inloop in De Zuidwester').check();
  await tick(page, 'Gezondheidscafé Ens').check();
  await expect(page.getByText('U heeft 2 activiteiten gekozen voor het recept.')).toBeVisible();
  await page.getByLabel('Voor (mag leeg blijven)').fill(PATIENT);

  await page.getByRole('button', { name: 'Print het welzijnsrecept' }).click();
  expect(await printCount(page)).toBe(1);

  // The coach card is for the screen; read who it is before switching to paper.
  const coachName = (await coach.locator('dd').first().textContent())!.trim();
  await page.emulateMedia({ media: 'print' });
  const recept = page.locator('.pk-recept');
  await expect(recept).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verwijzen naar Welzijn op Recept' })).toBeHidden();
  await expect(page.locator('[data-referral-form]')).toBeHidden();
  await expect(page.locator('.pk-header')).toBeHidden();
  await expect(recept).toContainText('Uw huisarts raadt u aan om mee te doen met een van deze activiteiten.');
  await expect(recept).toContainText(`Voor: ${PATIENT}`);
  await expect(recept.locator('[data-recept-activiteit]')).toHaveCount(2);
  await expect(recept).toContainText('Koffie-inloop in De Zuidwester');
  await expect(recept).toContainText('Gezondheidscafé Ens');
  await expect(recept).toContainText('dinsdag 24 november 2026, 10.00 tot 11.30 uur');
  await expect(recept).toContainText('€ 1 per keer');
  await expect(recept).toContainText('U hoeft zich niet aan te melden.');
  await expect(recept.locator('svg.pk-qr')).toHaveCount(2);
  await expect(recept.locator('svg.pk-qr').first()).toHaveAttribute(
    'aria-label',
    'QR-code naar de pagina van Koffie-inloop in De Zuidwester',
  );
  await expect(recept.locator('.pk-recept__coach')).toContainText('Vragen? Bel de welzijnscoach');
  await expect(recept.locator('.pk-recept__coach')).toContainText(coachName);
  expect(page.url()).not.toContain('Jan');
});

test('at most three activities go on the recept', async ({ page }) => {
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  const boxes = page.locator('[data-referral-list] input[type="checkbox"]');
  for (let index = 0; index < 3; index++) await boxes.nth(index).check();
  await boxes.nth(3).click();
  await expect(boxes.nth(3)).not.toBeChecked();
  await expect(page.getByText('U kunt niet meer dan 3 activiteiten kiezen.')).toBeVisible();
  await expect(page.locator('.pk-recept [data-recept-activiteit]')).toHaveCount(3);
});

test('choices live in the URL: reload and the back button keep them', async ({ page }) => {
  await page.goto('/verwijzen/');
  await expect(page.getByRole('status').first()).toHaveText('Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.');
  await page.getByLabel('Dorp of wijk', { exact: true }).selectOption('heiloo');
  await page.getByRole('checkbox', { name: 'Rouw en verlies' }).check();
  await page.getByRole('checkbox', { name: 'Alleen gratis' }).check();
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=heiloo&klacht=rouw&gratis=ja$/);
  await expect(page.locator('[data-referral-list] > li').first()).toContainText('Praatgroep na verlies');

  await page.reload();
  await expect(page.getByLabel('Dorp of wijk', { exact: true })).toHaveValue('heiloo');
  await expect(page.getByRole('checkbox', { name: 'Rouw en verlies' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Alleen gratis' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Welzijnscoach in Heiloo' })).toBeVisible();

  await page.locator('[data-referral-list] > li').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/activiteiten\//);
  await page.goBack();
  await expect(page).toHaveURL(/gebied=heiloo&klacht=rouw&gratis=ja/);
  await expect(page.getByRole('checkbox', { name: 'Rouw en verlies' })).toBeChecked();
  await expect(page.locator('[data-referral-list] > li').first()).toContainText('Praatgroep na verlies');

  // A bookmark with a typo still opens, with what it understood.
  await page.goto('/verwijzen/#gebied=heiloo&klacht=onzin&klacht=stress');
  await expect(page.getByRole('checkbox', { name: 'Stress' })).toBeChecked();
});

test('an old link with the klachten in the query is moved into the fragment at once', async ({ page }) => {
  await page.goto('/verwijzen/?gebied=ens&klacht=eenzaamheid&gratis=ja');
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens&klacht=eenzaamheid&gratis=ja$/);
  await expect(page.getByRole('checkbox', { name: 'Eenzaamheid' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Alleen gratis' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Welzijnscoach in Ens' })).toBeVisible();
  // A choice after that stays in the fragment too.
  await page.getByRole('checkbox', { name: 'Somberheid' }).check();
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens&klacht=eenzaamheid&klacht=somberheid&gratis=ja$/);
});

test("the skip link's anchor is no choice: the page starts empty, and later keeps what was chosen", async ({ page }) => {
  await page.goto('/verwijzen/#inhoud');
  await expect(page.locator('[data-referral-status]')).toHaveText('Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.');
  await page.getByLabel('Dorp of wijk', { exact: true }).selectOption('ens');
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens$/);
  await page.getByRole('link', { name: 'Ga direct naar de inhoud' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.getByLabel('Dorp of wijk', { exact: true })).toHaveValue('ens');
  await expect(page.locator('[data-referral-status]')).toContainText('in Ens');
});

test('keyboard only: choose, tick and print without a mouse', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/verwijzen/');
  const focusOn = async (selector: string) => {
    for (let presses = 0; presses < 80; presses++) {
      if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await focusOn('#verwijs-gebied');
  await page.keyboard.type('Ens');
  await expect(page.getByLabel('Dorp of wijk', { exact: true })).toHaveValue('ens');
  await focusOn('#verwijs-klacht-eenzaamheid');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/gebied=ens&klacht=eenzaamheid/);
  await focusOn('#verwijs-recept-koffie-inloop-ens');
  await page.keyboard.press('Space');
  await expect(page.locator('#verwijs-recept-koffie-inloop-ens')).toBeChecked();
  await focusOn('#verwijs-naam');
  await page.keyboard.type(PATIENT);
  await focusOn('[data-referral-print]');
  // The focus ring is visible on the button.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await printCount(page)).toBe(1);
  await expect(page.locator('.pk-recept')).toContainText(`Voor: ${PATIENT}`);
});

test('nothing leaves the site and the name is never sent, stored or put in the URL', async ({
  page,
  context,
  externalRequests,
  baseURL,
}) => {
  await stubPrint(page);
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));

  await page.goto('/verwijzen/');
  await page.getByLabel('Dorp of wijk', { exact: true }).selectOption('uitgeest');
  await page.getByRole('checkbox', { name: 'Somberheid' }).check();
  await page.getByRole('button', { name: 'Zoek activiteiten' }).click();
  await page.locator('[data-referral-list] input[type="checkbox"]').first().check();
  await page.getByLabel('Voor (mag leeg blijven)').fill(PATIENT);
  await page.getByLabel('Voor (mag leeg blijven)').press('Enter');
  await page.getByRole('button', { name: 'Print het welzijnsrecept' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pk-recept')).toContainText(PATIENT);
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await page.waitForLoadState('networkidle');

  expect(externalRequests).toEqual([]);
  const offSite = requests.filter((request) => !request.url.startsWith(`${origin}/`) && !request.url.startsWith('data:'));
  expect(offSite).toEqual([]);
  const carrying = requests.filter((request) => decodeURIComponent(request.url + request.body).includes('Testpati'));
  expect(carrying).toEqual([]);
  expect(page.url()).not.toContain('Testpati');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  // After a reload the name and the ticks are gone: nothing was kept.
  await expect(page.getByLabel('Voor (mag leeg blijven)')).toHaveValue('');
  await expect(page.locator('.pk-recept')).toBeHidden();
});

test('without JavaScript the page points per gemeente to a complete kaart per gebied', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  await expect(page.getByRole('status')).toContainText(
    'Zoeken werkt alleen als JavaScript aan staat. Kies onderaan deze pagina de gemeente, en dan het dorp of de wijk.',
  );
  // The form could only send the klachten to the server, so it is not offered.
  await expect(page.locator('[data-referral-form]')).toBeHidden();
  // One link per gemeente, none per gebied: the page does not grow with the gebieden of the country (issue 14).
  const kaarten = page.getByRole('region', { name: 'Alles op één kaart, per dorp of wijk' });
  await expect(kaarten.locator('a[href^="/verwijzen/"]')).toHaveCount(await kaarten.locator('a[href^="/verwijzen/gemeente/"]').count());
  await expect(page.getByRole('link', { name: 'Ens', exact: true })).toHaveCount(0);
  await kaarten.getByRole('link', { name: 'Gemeente Noordoostpolder', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welzijn op Recept in de gemeente Noordoostpolder');
  await page.getByRole('link', { name: 'Ens', exact: true }).click();
  await expect(page).toHaveURL(/\/verwijzen\/ens\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welzijn op Recept in Ens');
  await expect(page.getByRole('region', { name: 'Welzijnscoach in Ens' })).toContainText('Zo verwijst u');
  const eenzaamheid = page.getByRole('region', { name: 'Eenzaamheid' });
  await expect(eenzaamheid).toContainText('Koffie-inloop in De Zuidwester');
  await expect(eenzaamheid).toContainText('Elke dinsdag van 10.00 tot 11.30 uur.');
  await context.close();
});

test('axe finds no WCAG 2.2 AA problem in any state', async ({ page }) => {
  test.setTimeout(90_000);
  await stubPrint(page);
  await page.goto('/verwijzen/');
  expect(await axeProblems(page), 'empty').toEqual([]);

  await page.goto('/verwijzen/#gebied=castricum&klacht=stress&klacht=piekeren');
  await expect(page.locator('[data-referral-list] > li').first()).toBeVisible();
  expect(await axeProblems(page), 'with results').toEqual([]);

  await page.locator('[data-referral-list] input[type="checkbox"]').first().check();
  await page.getByLabel('Voor (mag leeg blijven)').fill(PATIENT);
  await expect(page.locator('.pk-recept')).toBeVisible();
  expect(await axeProblems(page), 'recept ready').toEqual([]);

  await page.goto('/verwijzen/#gebied=bergen&klacht=geldzorgen&dichtbij=ja&gratis=ja');
  await expect(page.getByRole('status').first()).toContainText('Er is niets gevonden');
  expect(await axeProblems(page), 'nothing found').toEqual([]);

  await page.goto('/verwijzen/ens/');
  expect(await axeProblems(page), 'kaart per gebied').toEqual([]);
});

test('one coach in the page, filled from the gemeente file for the gebied chosen (issue 14)', async ({ page }) => {
  // The verwijskaart renders the same coach markup on the server: what the tool shows must match it.
  const coachOf = async (gebied: string) => {
    await page.goto(`/verwijzen/${gebied}/`);
    const card = page.locator('.pk-referral-coach');
    return { text: (await card.locator('dl').innerText()).trim(), tel: await card.locator('a[href^="tel:"]').getAttribute('href') };
  };
  const ens = await coachOf('ens');
  const heiloo = await coachOf('heiloo');
  expect(ens.text).not.toBe(heiloo.text);

  await page.goto('/verwijzen/');
  // No panel per gebied of the country: before a choice there is no coach at all, only its template.
  await expect(page.locator('[data-coach]')).toHaveCount(0);
  const select = page.getByRole('combobox', { name: 'Dorp of wijk' });
  await select.selectOption('ens');
  const coach = page.getByRole('region', { name: 'Welzijnscoach in Ens' });
  await expect(coach).toBeVisible();
  expect((await coach.locator('dl').innerText()).trim()).toBe(ens.text);
  await expect(coach.locator('a[href^="tel:"]')).toHaveAttribute('href', ens.tel!);

  await select.selectOption('heiloo');
  await expect(page.getByRole('region', { name: 'Welzijnscoach in Heiloo' })).toBeVisible();
  await expect(page.locator('[data-coach]')).toHaveCount(1);
  expect((await page.locator('[data-coach]').locator('dl').innerText()).trim()).toBe(heiloo.text);
});

test('the postcode table is made from the index when opened, grouped per gemeente', async ({ page, request }) => {
  const index = (await (await request.get('/data/verwijzen/index.json')).json()) as {
    gebieden: { id: string; naam: string; postcodes: string[] }[];
  };
  const withPostcodes = index.gebieden.filter((gebied) => gebied.postcodes.length > 0);
  expect(withPostcodes.length).toBeGreaterThan(1);
  await page.goto('/verwijzen/');
  const table = page.getByRole('table', { name: 'Postcodes per dorp of wijk' });
  await expect(page.locator('[data-referral-status]')).toHaveText('Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.');
  await expect(table.locator('tbody tr')).toHaveCount(0);
  await page.getByText('Welke postcode hoort bij welk dorp of welke wijk?').click();
  await expect(table.getByRole('rowheader', { name: 'Ens', exact: true })).toBeVisible();
  const ens = withPostcodes.find((gebied) => gebied.id === 'ens')!;
  await expect(table.getByRole('row', { name: new RegExp(`^Ens ${ens.postcodes.join(', ')}$`) })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Gemeente Noordoostpolder' })).toBeVisible();
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(withPostcodes.length);
});

test("the patient's postcode chooses the gebied without ever reaching the URL", async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/verwijzen/#klacht=eenzaamheid');
  const postcode = page.getByLabel('Of typ de postcode');
  await postcode.fill('8307 AB');
  await expect(page.getByText('Deze postcode hoort bij Ens.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dorp of wijk' })).toHaveValue('ens');
  await expect(page.getByRole('region', { name: 'Welzijnscoach in Ens' })).toBeVisible();
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=ens&klacht=eenzaamheid$/);

  await postcode.fill('1921');
  await expect(page.getByText(/Deze postcode hoort bij Akersloot en De Woude\./)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dorp of wijk' })).toHaveValue('akersloot');

  await postcode.fill('1012');
  await expect(page.getByText('Postcode 1012 hoort niet bij een dorp of wijk op deze kaart.', { exact: false })).toBeVisible();
  await postcode.fill('abc');
  await expect(page.getByText('Dit is geen postcode.', { exact: false })).toBeVisible();
  expect(requests.filter((url) => /8307|1921|1012/.test(url))).toEqual([]);
});

test('when the data cannot load, the page says so and points to the kaarten per gemeente', async ({ page }) => {
  await page.route('**/data/verwijzen/index.json', (route) => route.abort('failed'));
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  await expect(page.locator('[data-referral-status]')).toHaveText(/De activiteiten konden niet laden\./);
  await expect(page.getByRole('link', { name: 'Gemeente Noordoostpolder', exact: true })).toHaveAttribute(
    'href',
    '/verwijzen/gemeente/noordoostpolder/',
  );
});

test("when a gemeente's file cannot load, the page says so, and the next choice tries again", async ({ page }) => {
  let fail = true;
  await page.route('**/data/verwijzen/noordoostpolder.json', (route) => (fail ? route.abort('failed') : route.continue()));
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  await expect(page.locator('[data-referral-status]')).toHaveText(/De activiteiten konden niet laden\./);
  await expect(page.locator('[data-referral-list] > li')).toHaveCount(0);
  // Another gemeente still works, and back in Ens the file is asked again.
  await page.getByRole('combobox', { name: 'Dorp of wijk' }).selectOption('heiloo');
  await expect(page.locator('[data-referral-status]')).toContainText('passen bij uw keuze in Heiloo');
  fail = false;
  await page.getByRole('combobox', { name: 'Dorp of wijk' }).selectOption('ens');
  await expect(page.locator('[data-referral-status]')).toContainText('passen bij uw keuze in Ens');
});

test("a gemeente's file of another shape is refused with a message, not a dead form", async ({ page }) => {
  await page.route('**/data/verwijzen/noordoostpolder.json', (route) =>
    route.fulfill({ json: { v: 2, gemeente: 'bergen', activities: [], gebieden: [] } }),
  );
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  await expect(page.locator('[data-referral-status]')).toHaveText(/Er is iets mis met de gegevens van de activiteiten\./);
});

/** The referral data the page asks for, as paths: "/data/verwijzen/index.json". */
function referralRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) paths.push(path);
  });
  return paths;
}

test("at start only the index loads; a gemeente's file only when one of its gebieden is chosen, once", async ({ page }) => {
  const asked = referralRequests(page);
  await page.goto('/verwijzen/');
  await expect(page.locator('[data-referral-status]')).toHaveText('Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.');
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual(['/data/verwijzen/index.json']);

  const gebied = page.getByRole('combobox', { name: 'Dorp of wijk' });
  await gebied.selectOption('ens');
  await expect(page.locator('[data-referral-status]')).toContainText('in Ens en omgeving');
  expect(asked).toEqual(['/data/verwijzen/index.json', '/data/verwijzen/noordoostpolder.json']);
  // Another gebied of the same gemeente needs no new file; one of another gemeente loads that file only.
  await gebied.selectOption('emmeloord-centrum');
  await expect(page.locator('[data-referral-status]')).toContainText('in Emmeloord Centrum en omgeving');
  await gebied.selectOption('heiloo');
  await expect(page.locator('[data-referral-status]')).toContainText('in Heiloo en omgeving');
  // A typed postcode loads the file of its gemeente too.
  await page.getByLabel('Of typ de postcode').fill('1921');
  await expect(page.locator('[data-referral-status]')).toContainText('in Akersloot en omgeving');
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([
    '/data/verwijzen/index.json',
    '/data/verwijzen/noordoostpolder.json',
    '/data/verwijzen/heiloo.json',
    '/data/verwijzen/castricum.json',
  ]);
});

test("a shared link with a gebied in the fragment loads that gebied's gemeente and shows its list", async ({ page }) => {
  const asked = referralRequests(page);
  await page.goto('/verwijzen/#gebied=schoorl&klacht=eenzaamheid');
  await expect(page.locator('[data-referral-status]')).toContainText('passen bij uw keuze in Schoorl');
  await expect(page.locator('[data-referral-list] > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual(['/data/verwijzen/index.json', '/data/verwijzen/bergen.json']);
});

test("budget: the JSON the page loads before the visitor asks for more is at most 100 KB gzip, and so is each gemeente's file", async ({
  page,
  request,
}) => {
  const loaded: { path: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    // What travels: the host compresses JSON (see scripts/host/nginx.conf), so the budget is in gzip bytes.
    if (path.endsWith('.json')) loaded.push({ path, gzip: gzipSync(await response.body()).length });
  });
  await page.goto('/verwijzen/');
  await expect(page.locator('[data-referral-status]')).toHaveText('Kies eerst een dorp of wijk. Dan ziet u hier de activiteiten.');
  await page.waitForLoadState('networkidle');
  expect(loaded.map((file) => file.path)).toEqual(['/data/verwijzen/index.json']);
  const BUDGET = 100 * 1024;
  expect(loaded.filter((file) => file.gzip > BUDGET)).toEqual([]);

  const index = (await (await request.get('/data/verwijzen/index.json')).json()) as { gebieden: { gemeente: string }[] };
  const gemeenten = [...new Set(index.gebieden.map((gebied) => gebied.gemeente))];
  expect(gemeenten.length).toBeGreaterThan(5);
  const sizes = await Promise.all(
    gemeenten.map(async (id) => ({ id, gzip: gzipSync(await (await request.get(`/data/verwijzen/${id}.json`)).body()).length })),
  );
  expect(sizes.filter((file) => file.gzip > BUDGET)).toEqual([]);
  // The old national file is gone: no page may grow with the country.
  expect((await request.get('/data/verwijzen.json')).status()).toBe(404);
});

test('every verwijskaart fits on one A4 page', async ({ page, request }) => {
  const feed = (await (await request.get('/data/verwijzen/index.json')).json()) as { gebieden: { id: string }[] };
  expect(feed.gebieden.length).toBeGreaterThan(20);
  const pageCounts: Record<string, number> = {};
  for (const { id } of feed.gebieden) {
    await page.goto(`/verwijzen/${id}/`);
    pageCounts[id] = await pdfPages(page);
  }
  const tooLong = Object.entries(pageCounts).filter(([, count]) => count !== 1);
  expect(tooLong, `kaarten that need more than one page: ${JSON.stringify(pageCounts)}`).toEqual([]);
});

test('choices made while the data still loads are kept when it arrives', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/verwijzen/index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/verwijzen/');
  await expect(page.locator('[data-referral-status]')).toHaveText('De activiteiten worden geladen. Een moment.');
  await page.getByRole('combobox', { name: 'Dorp of wijk' }).selectOption('uitgeest');
  await page.getByRole('checkbox', { name: 'Somberheid' }).check();
  release();
  await expect(page.locator('[data-referral-status]')).toContainText('passen bij uw keuze in Uitgeest');
  await expect(page.getByRole('combobox', { name: 'Dorp of wijk' })).toHaveValue('uitgeest');
  await expect(page).toHaveURL(/\/verwijzen\/#gebied=uitgeest&klacht=somberheid$/);
});
