/** The page state in the URL fragment, and old links with the state in the query moved into it. */
import { describe, expect, it } from 'vitest';
import { fragmentOf, hrefWithState, readUrlState, urlWithState, type UrlParts } from '../../src/lib/url-state';

const names = ['q', 'gebied', 'gratis'];
const url = (pathname: string, search = '', hash = ''): UrlParts => ({ pathname, search, hash });
const read = (parts: UrlParts) => {
  const result = readUrlState(parts, names);
  return result.kind === 'state' ? { params: result.params.toString(), replaceWith: result.replaceWith } : result;
};

describe('readUrlState', () => {
  it('reads the state from the fragment and leaves the URL as it is', () => {
    expect(read(url('/zoeken/', '', '#q=schulden&gebied=ens'))).toEqual({ params: 'q=schulden&gebied=ens', replaceWith: undefined });
  });

  it('gives the empty state for a URL without a fragment', () => {
    expect(read(url('/zoeken/'))).toEqual({ params: '', replaceWith: undefined });
  });

  it('moves the state of an old link from the query into the fragment', () => {
    expect(read(url('/zoeken/', '?q=schulden&gebied=ens'))).toEqual({
      params: 'q=schulden&gebied=ens',
      replaceWith: '/zoeken/#q=schulden&gebied=ens',
    });
  });

  it('keeps other query parameters in the query and moves only the state', () => {
    expect(read(url('/zoeken/', '?utm_source=folder&q=koffie'))).toEqual({
      params: 'q=koffie',
      replaceWith: '/zoeken/?utm_source=folder#q=koffie',
    });
  });

  it('keeps repeated parameters, such as several klachten', () => {
    const result = readUrlState(url('/verwijzen/', '?klacht=rouw&klacht=stress'), ['klacht']);
    expect(result.kind === 'state' && result.params.getAll('klacht')).toEqual(['rouw', 'stress']);
  });

  it('lets the state of an old link win over a fragment', () => {
    expect(read(url('/zoeken/', '?q=koffie', '#q=thee'))).toEqual({ params: 'q=koffie', replaceWith: '/zoeken/#q=koffie' });
  });

  it('treats a fragment without any state name as an in-page anchor', () => {
    expect(read(url('/kaart/', '', '#lijst'))).toEqual({ kind: 'anchor' });
    expect(read(url('/zoeken/', '?utm_source=folder', '#inhoud'))).toEqual({ kind: 'anchor' });
  });

  it('does not move a query without state names', () => {
    expect(read(url('/zoeken/', '?utm_source=folder'))).toEqual({ params: '', replaceWith: undefined });
  });
});

describe('fragmentOf and urlWithState', () => {
  it('writes the fragment, or nothing for an empty state', () => {
    expect(fragmentOf(new URLSearchParams('q=wandelen marknesse'))).toBe('#q=wandelen+marknesse');
    expect(fragmentOf(new URLSearchParams())).toBe('');
  });

  it('keeps path and query and puts the state after them', () => {
    expect(urlWithState(url('/zoeken/', '?utm_source=folder'), new URLSearchParams('q=koffie'))).toBe(
      '/zoeken/?utm_source=folder#q=koffie',
    );
    expect(urlWithState(url('/zoeken/'), new URLSearchParams())).toBe('/zoeken/');
  });

  it('gives a URL that reads back to the same state', () => {
    const params = new URLSearchParams('q=café & thee?=ja#&gebied=ens');
    const written = new URL(urlWithState(url('/zoeken/'), params), 'https://example.org');
    const result = readUrlState({ pathname: written.pathname, search: written.search, hash: written.hash }, names);
    expect(result.kind === 'state' && result.params.get('q')).toBe(params.get('q'));
  });
});

describe('hrefWithState', () => {
  it('puts the words and the hidden place of a search box in the fragment, never in the query', () => {
    expect(
      hrefWithState('/zoeken/', [
        ['q', 'koffie'],
        ['gebied', 'ens'],
      ]),
    ).toBe('/zoeken/#q=koffie&gebied=ens');
    expect(
      hrefWithState('/zoeken/', [
        ['q', 'schulden hulp'],
        ['gemeente', 'bergen'],
      ]),
    ).toBe('/zoeken/#q=schulden+hulp&gemeente=bergen');
  });

  it('leaves out empty fields and keeps the first of a repeated one', () => {
    expect(hrefWithState('/zoeken/', [['q', '   ']])).toBe('/zoeken/');
    expect(
      hrefWithState('/zoeken/', [
        ['q', ''],
        ['gebied', 'ens'],
        ['gebied', 'urk'],
      ]),
    ).toBe('/zoeken/#gebied=ens');
  });
});
