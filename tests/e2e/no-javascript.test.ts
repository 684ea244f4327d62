import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('the resident journey works without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ens', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ens' })).toBeVisible();
  await page.getByRole('link', { name: 'Koffie-inloop in De Zuidwester' }).first().click();
  await expect(page.getByRole('region', { name: 'Wanneer' })).toContainText('dinsdag 24 november 2026');
  await expect(page.getByRole('region', { name: 'Waar' })).toContainText('Zuidwesterringweg 10');
});

test('the search form on the home page leads to a page that offers browsing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Wat zoekt u?' }).fill('wandelen');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=wandelen$/);
  await expect(page.getByRole('heading', { name: 'Kies uw dorp of wijk' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ens', exact: true })).toBeVisible();
});

for (const path of ['/gemeenten/', '/gemeenten/noordoostpolder/', '/themas/', '/themas/bewegen/', '/voor-professionals/', '/toegankelijkheid/', '/privacy/']) {
  test(`${path} is complete without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}

test('without JavaScript there is no print button that would not work', async ({ page }) => {
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toHaveCount(0);
});
