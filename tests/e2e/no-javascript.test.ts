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

test('without JavaScript no search box is offered that would send the words to the server; browsing links are', async ({ page }) => {
  for (const path of ['/', '/gebieden/ens/', '/gemeenten/noordoostpolder/']) {
    await page.goto(path);
    await expect(page.getByRole('searchbox'), path).toBeHidden();
  }
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Kies uw dorp of wijk' })).toBeVisible();
  await page.getByRole('link', { name: 'Ens', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ens' })).toBeVisible();
});

for (const path of [
  '/gemeenten/',
  '/gemeenten/noordoostpolder/',
  '/themas/',
  '/themas/bewegen/',
  '/voor-professionals/',
  '/toegankelijkheid/',
  '/privacy/',
]) {
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
