/**
 * The editors' journey on the site: the guide page, and the two check dates and the
 * "Klopt er iets niet?" e-mail on an activity page.
 */
import { axeProblems, expect, test } from './fixtures';

test('an editor finds the guide in the footer, and it is accessible', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Voor de redactie' }).click();
  await expect(page).toHaveURL(/\/redactie\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor de redactie');
  await expect(page.getByRole('heading', { level: 2, name: 'De controleronde' })).toBeVisible();
  await expect(page.getByText('npm run check:versheid', { exact: true })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
});

test('an activity shows who checked it and mails its current data to the redactie', async ({ page }) => {
  await page.goto('/activiteiten/koffie-inloop-ens/');
  await expect(page.getByText('Gecontroleerd door de redactie op maandag 2 november 2026.')).toBeVisible();
  await expect(page.getByText('Nagekeken door de organisatie zelf op dinsdag 10 november 2026.')).toBeVisible();
  const link = page.getByRole('link', { name: 'Klopt er iets niet? Meld een fout.' });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.protocol).toBe('mailto:');
  expect(href.pathname).toBe('redactie@preventiekaart.example');
  const body = href.searchParams.get('body')!;
  expect(body).toContain('Over deze pagina: https://preventiekaart.example/activiteiten/koffie-inloop-ens/');
  expect(body).toContain('\nCode: koffie-inloop-ens\nTitel: Koffie-inloop in De Zuidwester\n');
  expect(body).toContain('\nDagen: dinsdag\nVan: 10:00\nTot: 11:30\n');
  expect(body).toContain('\nBevestigd door aanbieder op: 2026-11-10\n');
  expect(await axeProblems(page)).toEqual([]);
});
