import { describe, expect, it } from 'vitest';
import { buildPlaceIndex } from '../../../src/lib/search/places';
import { contentPlaces } from './content-places';
import { MAX_QUERY_LENGTH } from '../../../src/lib/search/normalise';
import { parseQuery } from '../../../src/lib/search/query';

const placeFixture = contentPlaces();

const index = buildPlaceIndex(placeFixture);

describe('parseQuery', () => {
  it('combines a place and a theme', () => {
    const query = parseQuery('wandelen ens', index);
    expect(query.places.gebieden).toEqual(['ens']);
    expect(query.themes).toEqual(['bewegen']);
    expect(query.terms).toEqual([]);
    expect(query.isEmpty).toBe(false);
  });

  it('finds loneliness in both Egmonds', () => {
    const query = parseQuery('Eenzaam in Egmond', index);
    expect([...query.places.gebieden].sort()).toEqual(['egmond-aan-zee', 'egmond-binnen']);
    expect(query.complaints).toEqual(['eenzaamheid']);
  });

  it('understands care for a partner', () => {
    const query = parseQuery('Ik zorg voor mijn man', index);
    expect(query.themes).toEqual(['mantelzorg']);
    expect(parseQuery('zorgen voor mijn man', index).complaints).toEqual(['overbelasting-mantelzorg']);
  });

  it('reads a spoken language by its Dutch, English or native name, and never Dutch itself', () => {
    expect(parseQuery('arabisch', index).languages).toEqual(['ar']);
    expect(parseQuery('Türkçe koffie', index).languages).toEqual(['tr']);
    expect(parseQuery('turkce', index).languages).toEqual(['tr']);
    expect(parseQuery('Polish', index).languages).toEqual(['pl']);
    expect(parseQuery('Oekraïens', index).isEmpty).toBe(false);
    // "nederlands" is about learning Dutch, a concept, not a filter on the spoken language.
    expect(parseQuery('nederlands', index).languages).toEqual([]);
    expect(parseQuery('nederlands', index).themes).toEqual(['taal']);
  });

  it('handles typos in concepts and places', () => {
    expect(parseQuery('alzeimer', index).themes).toEqual(['geheugen']);
    expect(parseQuery('kastricum', index).places.gemeenten).toEqual(['castricum']);
  });

  it('reads "nederlands leren emmeloord"', () => {
    const query = parseQuery('nederlands leren emmeloord', index);
    expect(query.themes).toEqual(['taal']);
    expect(query.targetGroups).toEqual(['nieuwkomers']);
    expect([...query.places.gebieden].sort()).toEqual(['emmeloord-centrum', 'emmeloord-revelsant']);
  });

  it('keeps free words and drops stop words', () => {
    const query = parseQuery('ik zoek graag een jeu de boules club', index);
    expect(query.themes).toEqual(['bewegen']);
    expect(query.terms).toEqual(['club']);
  });

  it('is empty for nonsense, punctuation and stop words', () => {
    expect(parseQuery('?!', index).isEmpty).toBe(true);
    expect(parseQuery('ik wil graag iets', index).isEmpty).toBe(true);
    expect(() => parseQuery('<script>alert(1)</script>', index)).not.toThrow();
  });

  // Checked by what is read, not by a stopwatch: a timing limit fails on a busy machine.
  it('reads only the first 200 characters of a 10,000-character query, so it stays cheap', () => {
    const long = 'koffie in ens '.repeat(800);
    const query = parseQuery(long, index);
    expect(query.normalised.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query).toEqual(parseQuery(long.slice(0, MAX_QUERY_LENGTH), index));
  });
});

describe('a concept word on its way', () => {
  const places = buildPlaceIndex({
    gemeenten: [{ id: 'z', naam: 'Zeedorp' }],
    gebieden: [{ id: 'zinloo', naam: 'Zinloo', gemeente: 'z' }],
  });

  it('is not corrected into a place one letter away while it is typed', () => {
    // "inloo" is one letter from Zinloo, and on its way to "inloop".
    expect(parseQuery('inloo', places).places.gebieden).toEqual([]);
    expect(parseQuery('ziinloo', places).places.gebieden).toEqual(['zinloo']);
  });
});
