/**
 * Never a past date: the site is built on BUILD_DATE (2026-11-23), visitors come later. With the browser's
 * clock set later, the pages drop the dates before the visitor's today and, when none is left, say to ask
 * the organisation. Without JavaScript the build's dates stay.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ASK = 'Vraag de organisatie wanneer het weer is.';
/** 10.00 in the Netherlands on that day. */
const visitOn = (page: Page, date: string) => page.clock.setFixedTime(new Date(`${date}T10:00:00+01:00`));
const nextDates = (page: Page) => page.locator('.pk-next-dates li:visible');

test('an activity page drops the dates before today and shows the next stored ones, also in print', async ({ page }) => {
  await visitOn(page, '2026-12-04');
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await expect(nextDates(page)).toHaveText([
    'dinsdag 8 december 2026, 10.00 tot 11.30 uur',
    'dinsdag 15 december 2026, 10.00 tot 11.30 uur',
    'dinsdag 22 december 2026, 10.00 tot 11.30 uur',
  ]);
  await expect(page.getByText('dinsdag 24 november 2026')).toBeHidden();
  await expect(page.getByText(ASK)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(nextDates(page)).toHaveCount(3);
  await expect(nextDates(page).first()).toHaveText('dinsdag 8 december 2026, 10.00 tot 11.30 uur');
});

test('the dates that fall out are named for the dates now shown', async ({ page }) => {
  await visitOn(page, '2026-12-08');
  await page.goto('/activiteiten/buurtkoor-egmond-aan-zee/');
  await expect(nextDates(page)).toHaveText([
    'maandag 14 december 2026, 19.30 tot 21.30 uur',
    'maandag 4 januari 2027, 19.30 tot 21.30 uur',
    'maandag 11 januari 2027, 19.30 tot 21.30 uur',
  ]);
  await expect(
    page.getByText('Let op: niet op maandag 21 december 2026 (Kerstvakantie) en maandag 28 december 2026 (Kerstvakantie).'),
  ).toBeVisible();
});

test('when every stored date has passed, the page says to ask the organisation', async ({ page }) => {
  await visitOn(page, '2027-03-01');
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await expect(nextDates(page)).toHaveCount(0);
  await expect(page.getByText(ASK)).toBeVisible();
});

test('cards in a list show the next date from today, or ask', async ({ page }) => {
  const card = page.locator('li[data-activity-id="koffie-inloop-ens"] .pk-card').first();
  await visitOn(page, '2026-12-04');
  await page.goto('/gebieden/ens/');
  await expect(card).toContainText('Volgende keer: dinsdag 8 december, 10.00 tot 11.30 uur');
  await expect(card).not.toContainText('24 november');

  await visitOn(page, '2027-03-01');
  await page.reload();
  await expect(card).toContainText(ASK);
  await expect(card).not.toContainText('Volgende keer');
});

test('a map popup shows the next date from today, or asks', async ({ page }) => {
  const popup = page.locator('.leaflet-popup');
  const koffie = popup.getByRole('listitem').filter({ hasText: 'Koffie-inloop in De Zuidwester' });
  await visitOn(page, '2026-12-04');
  await page.goto('/gebieden/ens/');
  await page.getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).first().click();
  await expect(koffie).toContainText('Volgende keer: dinsdag 8 december, 10.00 tot 11.30 uur');

  await visitOn(page, '2027-03-01');
  await page.reload();
  await page.getByRole('button', { name: 'Toon op de kaart: Koffie-inloop in De Zuidwester' }).first().click();
  await expect(koffie).toContainText(ASK);
});

test('search results show the next date from today, or ask', async ({ page }) => {
  const result = page.locator('[data-search-list] li[data-activity-id="koffie-inloop-ens"]');
  await visitOn(page, '2026-12-04');
  await page.goto('/zoeken/#q=koffie-inloop&gebied=ens');
  await expect(result).toContainText('Volgende keer: dinsdag 8 december, 10.00 tot 11.30 uur');

  await visitOn(page, '2027-03-01');
  await page.reload();
  await expect(result).toContainText(ASK);
});

test('the welzijnsrecept never lists a date before its own date', async ({ page }) => {
  const recept = page.locator('.pk-recept');
  await visitOn(page, '2026-12-04');
  await page.goto('/verwijzen/#gebied=ens&klacht=eenzaamheid');
  await page.getByRole('checkbox', { name: /^Op het recept ?: Koffie-inloop in De Zuidwester$/ }).check();
  await expect(recept).toContainText('Datum: vrijdag 4 december 2026');
  await expect(recept).toContainText('dinsdag 8 december 2026, 10.00 tot 11.30 uur');
  await expect(recept).not.toContainText('24 november');
  await expect(recept).not.toContainText('1 december 2026');

  await visitOn(page, '2027-03-01');
  await page.reload();
  await page.getByRole('checkbox', { name: /^Op het recept ?: Koffie-inloop in De Zuidwester$/ }).check();
  await expect(recept.locator('dd').filter({ hasText: ASK })).toHaveCount(1);
  await expect(recept).not.toContainText('2026, 10.00');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the build's dates stay", async ({ page }) => {
    await page.goto('/activiteiten/koffie-inloop-ens/');
    await expect(nextDates(page)).toHaveText([
      'dinsdag 24 november 2026, 10.00 tot 11.30 uur',
      'dinsdag 1 december 2026, 10.00 tot 11.30 uur',
      'dinsdag 8 december 2026, 10.00 tot 11.30 uur',
    ]);
    await expect(page.getByText(ASK)).toBeHidden();
  });
});
