/**
 * Every built page tells apart from every other page in a tab, a bookmark and a link preview: a title of its
 * own, and the Open Graph tags. Reads the built files (npm run build:test), so it needs no browser.
 * Also: the JSON-LD on activity and gebied pages is valid JSON of the schema.org type it promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from './fixtures';

const DIST = 'dist';
/** /admin/ is the editors' web editor (Sveltia CMS, a third-party app, noindex): not one of the site's pages. */
const EDITOR = join(DIST, 'admin');

function pagesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === EDITOR ? [] : pagesIn(path);
    return entry.name === 'index.html' ? [path] : [];
  });
}

const pages = pagesIn(DIST).map((file) => ({
  path: `/${relative(DIST, file).replace(/index\.html$/, '')}`,
  html: parse(readFileSync(file, 'utf8')),
}));

test('every page has a title no other page has', () => {
  expect(pages.length).toBeGreaterThan(200);
  const byTitle = new Map<string, string[]>();
  for (const { path, html } of pages) {
    const title = html.querySelector('title')?.text.trim() ?? '';
    expect(title, path).not.toBe('');
    byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
  }
  const shared = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `${title}: ${paths.join(', ')}`);
  expect(shared).toEqual([]);
});

test('every page has the Open Graph tags and a theme colour', () => {
  const missing: string[] = [];
  for (const { path, html } of pages) {
    const og = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
      if (og(property) === '') missing.push(`${path} ${property}`);
    if (og('og:locale') !== 'nl_NL') missing.push(`${path} og:locale`);
    if (!og('og:url').endsWith(path) && !path.startsWith('/404')) missing.push(`${path} og:url is ${og('og:url')}`);
    if (!html.querySelector('meta[name="theme-color"]')?.getAttribute('content')) missing.push(`${path} theme-color`);
  }
  expect(missing).toEqual([]);
});

test('gebied pages describe a Place and activity pages name their organisation in JSON-LD', () => {
  const jsonLd = (path: string) => {
    const page = pages.find((item) => item.path === path);
    expect(page, path).toBeDefined();
    return JSON.parse(page!.html.querySelector('script[type="application/ld+json"]')!.text) as Record<string, unknown>;
  };
  expect(jsonLd('/gebieden/ens/')).toMatchObject({ '@type': 'Place', name: 'Ens', containedInPlace: { name: 'Gemeente Noordoostpolder' } });
  expect(jsonLd('/activiteiten/dorpsontbijt-ens/')).toMatchObject({ '@type': 'Event', organizer: { '@type': 'Organization' } });
});
