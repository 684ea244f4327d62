import { BUILD_DATE, expect, test, withoutTiles } from './fixtures';

test.describe('a resident on a small phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('finds the koffie-inloop in Ens: its next date and address', async ({ page, externalRequests }) => {
    // The visit is on the build's date; later visits drop past dates (dates.test.ts).
    await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er te doen bij u in de buurt?');
    await expect(page.getByText('Voorbeeldgegevens:')).toBeVisible();

    await page.getByRole('link', { name: 'Ens', exact: true }).click();
    await expect(page).toHaveURL(/\/gebieden\/ens\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ens' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welzijnscoach in Ens' })).toBeVisible();

    await page.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }).first().click();
    await expect(page).toHaveURL(/\/activiteiten\/koffie-inloop-ens\/$/);
    const when = page.getByRole('region', { name: 'Wanneer' });
    await expect(when).toContainText('Elke dinsdag van 10.00 tot 11.30 uur.');
    // Built for Monday 23 November 2026: the next Tuesday is the 24th.
    await expect(when.getByRole('listitem').first()).toHaveText('dinsdag 24 november 2026, 10.00 tot 11.30 uur');
    const where = page.getByRole('region', { name: 'Waar' });
    await expect(where).toContainText('Zuidwesterringweg 10');
    await expect(where).toContainText('8307 AA Ens');

    // Nothing fits wider than the phone: no sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Only the map tiles may leave the site, if the map on the Ens page came into view on the way.
    expect(withoutTiles(externalRequests)).toEqual([]);
  });
});

test('every activity page names its next date or says why there is none', async ({ page, request }) => {
  const feed = await (await request.get('/data/activiteiten.json')).json();
  const sample = feed.activiteiten.filter((_: unknown, index: number) => index % 15 === 0);
  for (const record of sample) {
    await page.goto(new URL(record.url).pathname);
    const when = page.getByRole('region', { name: 'Wanneer' });
    await expect(when, record.id).toBeVisible();
    if (record.volgendeData.length > 0) {
      await expect(when.getByRole('heading', { name: 'De volgende keren' })).toBeVisible();
    } else {
      await expect(when).toContainText(/Op afspraak|geen datum bekend|Tijdelijk gestopt|Gestopt|Elke|Om de week/);
    }
  }
});

test('a page that does not exist answers 404 in plain words', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});

test('printing an activity leaves out the navigation', async ({ page }) => {
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wanneer' })).toBeVisible();
});

test('a keyboard user skips the menu and reaches an activity', async ({ page }) => {
  await page.goto('/gebieden/ens/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  // Tab from the main content until the activity link has focus, then follow it.
  const target = page.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }).first();
  for (let step = 0; step < 80 && !(await target.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/activiteiten\/koffie-inloop-ens\/$/);
});

test('the print button appears with JavaScript and opens the print dialog', async ({ page }) => {
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print deze pagina' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
