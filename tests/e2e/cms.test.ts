/**
 * The web editor at /admin/ (Sveltia CMS, issue #13): it loads from the site alone, in Dutch, and an
 * entry it saves passes the content gate.
 *
 * The save test uses Sveltia's own test backend ("test-repo"): it works on a folder in the browser's
 * private file system (OPFS), which this test fills with a copy of content/. Only the backend line of
 * the generated config.yml is swapped; collections and fields are the ones editors get. The saved file
 * is read back from that folder, put into a copy of content/ and checked with npm run check:content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import type { Page } from '@playwright/test';
import { ADMIN_API_ORIGIN, ADMIN_PATH } from '../../src/lib/security/headers';
import { expect, sitemapPaths, test } from './fixtures';

const ACTIVITY = 'activiteiten/bergen/alzheimer-cafe-bergen.md';
const TEST_REPO_FOLDER = 'sveltia-cms-test';
// Sveltia asks GitHub's status page on the GitHub sign-in screen; the /admin/ policy blocks it before
// any request is made (connect-src allows only the site and the API). It has no setting to turn it off.
const GITHUB_STATUS = 'https://www.githubstatus.com/';

/** Content violations of the page's policy, as Chromium reports them on the console. */
function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the editor is not in the sitemap: it is not a page for visitors', () => {
  expect(sitemapPaths().filter((path) => path.startsWith(ADMIN_PATH))).toEqual([]);
  expect(sitemapPaths()).toContain('/redactie/');
});

test('the editor loads from the site alone, in Dutch, with the GitHub sign-in', async ({ page, externalRequests }) => {
  const violations = recordCspViolations(page);
  // Sveltia warns about every option of config.yml it does not know: the generator must write none.
  const configWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /configuration/i.test(message.text())) configWarnings.push(message.text());
  });
  const loaded: string[] = [];
  page.on('response', (response) => loaded.push(`${response.status()} ${new URL(response.url()).pathname}`));
  const response = await page.goto('/admin/');
  expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' data: ${ADMIN_API_ORIGIN}`);
  // The served page, parsed: the editor adds a robots tag of its own once it runs.
  expect(
    parse((await response?.text()) ?? '')
      .querySelector('meta[name="robots"]')
      ?.getAttribute('content'),
  ).toBe('noindex');
  await expect(page.getByRole('button', { name: 'Inloggen met een toegangstoken' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /Inloggen met.*GitHub/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The Dutch texts and the fonts come from the site, not from unpkg.com or cdn.jsdelivr.net.
  expect(loaded).toContain(`200 /admin/sveltia@${sveltiaVersion()}/locales/nl.json`);
  expect(loaded.filter((line) => /^200 \/admin\/fonts\/.+\.woff2$/.test(line)).length).toBeGreaterThan(0);
  expect(loaded.filter((line) => !line.startsWith('200 '))).toEqual([]);
  expect(externalRequests).toEqual([]);
  expect(violations.filter((text) => !text.includes(GITHUB_STATUS))).toEqual([]);
  expect(configWarnings).toEqual([]);
});

test('an activity changed and saved in the editor passes check:content', async ({ page, externalRequests }) => {
  test.setTimeout(180_000);
  const violations = recordCspViolations(page);
  await page.route('**/admin/config.yml*', async (route) => {
    const response = await route.fetch();
    const config = yaml.load(await response.text()) as Record<string, unknown>;
    expect((config.backend as { name: string }).name).toBe('github');
    config.backend = { name: 'test-repo' };
    await route.fulfill({ response, body: yaml.dump(config) });
  });

  const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|yaml)$/.test(name) && name !== 'README.md')
    .map((name) => ({ path: `content/${name}`, text: readFileSync(join('content', name), 'utf8') }));
  await page.goto('/admin/');
  await page.evaluate(
    async ({ files, folder }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        let directory = root;
        for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (await directory.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(file.text);
        await writable.close();
      }
    },
    { files, folder: TEST_REPO_FOLDER },
  );
  await page.reload();

  await page.getByRole('button', { name: 'Werken met een testrepository' }).click({ timeout: 30_000 });
  await page.getByRole('treeitem', { name: /^Activiteiten Bergen/ }).click({ timeout: 30_000 });
  await page.getByRole('row', { name: 'Alzheimer Café Bergen' }).click();
  const summary = page.getByRole('textbox', { name: /Samenvatting/ });
  await expect(summary).toHaveValue(/Eén avond per maand/);
  const changed = 'Eén avond per maand praten mensen met dementie en hun familie samen. U krijgt uitleg, steun en koffie.';
  await summary.fill(changed);
  await page.getByRole('button', { name: 'Opslaan' }).click();

  // What the editor saved, read from the browser's private file storage where the test backend keeps it.
  const saved = () =>
    page.evaluate(
      async ({ path, folder }) => {
        let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part);
        return (await (await directory.getFileHandle(parts.at(-1)!)).getFile()).text();
      },
      { path: `content/${ACTIVITY}`, folder: TEST_REPO_FOLDER },
    );
  await expect.poll(saved, { timeout: 30_000 }).toContain('koffie.');
  const text = await saved();
  expect(text).toContain(changed);
  expect(text).not.toBe(readFileSync(join('content', ACTIVITY), 'utf8'));

  // The saved file in a copy of content/, checked by the real content gate.
  const copy = mkdtempSync(join(tmpdir(), 'preventiekaart-cms-'));
  try {
    cpSync('content', join(copy, 'content'), { recursive: true });
    writeFileSync(join(copy, 'content', ACTIVITY), text);
    const check = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/check-content.ts')], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, PREVENTIEKAART_DATUM: '2026-11-23' },
      timeout: 120_000,
    });
    expect(check.stderr + check.stdout).toContain('Inhoud in orde');
    expect(check.status).toBe(0);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  expect(externalRequests).toEqual([]);
  expect(violations).toEqual([]);
});

function sveltiaVersion(): string {
  return (JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as { version: string }).version;
}
