/** The coverage table on /voor-professionals/ as a screen reader gets it (issue #11). */
import { expect, test } from './fixtures';

test('the coverage table says "geen aanbod" where the eye sees a dash, and a number where there is one', async ({ page }) => {
  await page.goto('/voor-professionals/');
  const table = page.getByRole('table');
  await expect(table.getByRole('cell', { name: 'geen aanbod', exact: true }).first()).toBeAttached();
  expect(await table.getByRole('cell', { name: '–', exact: true }).count()).toBe(0);
  expect(await table.getByRole('cell', { name: /^\d+$/ }).count()).toBeGreaterThan(0);
});
