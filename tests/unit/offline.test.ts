/** What the service worker keeps, and how it finds what a kept page needs. */
import { describe, expect, it } from 'vitest';
import { assetLinks, moduleImports, overflow, pageKey, pagesOfGebied, requestKind } from '../../src/lib/offline';

const ORIGIN = 'https://preventiekaart.example';
const kind = (path: string) => requestKind(new URL(path, ORIGIN), ORIGIN);

describe('requestKind', () => {
  it('keeps pages and data network-first, hashed files cache-first', () => {
    expect(kind('/gebieden/ens/')).toBe('page');
    expect(kind('/activiteiten/koffie-inloop-ens/?vanuit=ens')).toBe('page');
    expect(kind('/data/zoeken/noordoostpolder.json')).toBe('data');
    expect(kind('/_astro/format.bEvxnKxK.js')).toBe('asset');
    expect(kind('/icons/icon-192.png')).toBe('asset');
  });

  it('never touches other hosts (map tiles) or the worker itself', () => {
    expect(requestKind(new URL('https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/10/1/1.png'), ORIGIN)).toBe(
      'ignore',
    );
    expect(kind('/sw.js')).toBe('ignore');
    expect(kind('/sitemap-index.xml')).toBe('ignore');
  });
});

describe('keys and lists', () => {
  it('keys a page by its path, so ?vanuit= finds the same page offline', () => {
    expect(pageKey(new URL('/activiteiten/a/?vanuit=ens#x', ORIGIN))).toBe('/activiteiten/a/');
  });

  it('keeps a gebied page and each activity it links to once, nothing of other hosts', () => {
    expect(
      pagesOfGebied(
        '/gebieden/ens/',
        [
          '/activiteiten/a/?vanuit=ens',
          '/activiteiten/a/',
          '/themas/ontmoeten/',
          'https://elders.example/activiteiten/b/',
          '/activiteiten/c/',
        ],
        ORIGIN,
      ),
    ).toEqual(['/gebieden/ens/', '/activiteiten/a/', '/activiteiten/c/']);
  });

  it('drops the oldest entries above the maximum', () => {
    expect(overflow([1, 2, 3, 4], 2)).toEqual([1, 2]);
    expect(overflow([1, 2], 2)).toEqual([]);
  });

  it('finds the scripts and styles of a page and the modules a script imports', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.abc.css"><script type="module" src="/_astro/Base.def.js"></script><a href="/gebieden/ens/">Ens</a><link href="/_astro/Base.abc.css">';
    expect(assetLinks(html)).toEqual(['/_astro/Base.abc.css', '/_astro/Base.def.js']);
    expect(
      moduleImports('import{a}from"./format.x1.js";import"./data.y2.js";const m=import("./late.z3.js")', '/_astro/Base.def.js'),
    ).toEqual(['/_astro/format.x1.js', '/_astro/data.y2.js', '/_astro/late.z3.js']);
  });
});
