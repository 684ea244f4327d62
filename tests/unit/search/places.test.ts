import { describe, expect, it } from 'vitest';
import { tokens } from '../../../src/lib/search/normalise';
import { buildPlaceIndex, detectPlaces, withinOneEdit } from '../../../src/lib/search/places';
import { contentPlaces } from './content-places';

const placeFixture = contentPlaces();

const index = buildPlaceIndex(placeFixture);
const detect = (text: string) => detectPlaces(tokens(text), index);

describe('detectPlaces', () => {
  it('finds a gebied and drops the preposition before it', () => {
    expect(detect('wandelen in ens')).toEqual({ gebieden: ['ens'], gemeenten: [], rest: ['wandelen'] });
  });

  it('reads a shared first word as all gebieden that start with it', () => {
    expect([...detect('eenzaam in egmond').gebieden].sort()).toEqual(['egmond-aan-zee', 'egmond-binnen']);
    expect([...detect('emmeloord').gebieden].sort()).toEqual(['emmeloord-centrum', 'emmeloord-revelsant']);
  });

  it('consumes multi-word names as a whole', () => {
    expect(detect('koffie egmond aan zee')).toEqual({ gebieden: ['egmond-aan-zee'], gemeenten: [], rest: ['koffie'] });
    expect(detect('Egmond-Binnen').gebieden).toEqual(['egmond-binnen']);
    expect(detect('egmond binnen').gebieden).toEqual(['egmond-binnen']);
    expect(detect('in de woude').gebieden).toEqual(['de-woude']);
    expect(detect('in de woude').rest).toEqual([]);
  });

  it('prefers the gemeente when a name is both', () => {
    const found = detect('bergen');
    expect(found.gemeenten).toEqual(['bergen']);
    expect([...found.gebieden].sort()).toEqual(['bergen', 'egmond-aan-zee', 'egmond-binnen', 'schoorl']);
    expect([...detect('neder betuwe').gebieden].sort()).toEqual(['dodewaard', 'kesteren', 'ochten', 'opheusden']);
  });

  it('tolerates one typo in longer names only', () => {
    expect(detect('kastricum').gemeenten).toEqual(['castricum']);
    expect(detect('heilo').gebieden).toEqual(['heiloo']);
    expect(detect('ems').gebieden).toEqual([]);
    expect(detect('school').gebieden).toEqual([]);
    expect(detect('ochtend').gebieden).toEqual([]);
  });

  it('measures edits with transpositions', () => {
    expect(withinOneEdit('castricum', 'castricmu')).toBe(true);
    expect(withinOneEdit('castricum', 'kastricum')).toBe(true);
    expect(withinOneEdit('castricum', 'kastrikum')).toBe(false);
  });
});

describe('other names from the content (ookBekendAls)', () => {
  it('finds the gebied of a buurtschap or village that has no gebied of its own', () => {
    expect(detect('koffie egmond aan den hoef').gebieden).toEqual(['egmond-binnen']);
    expect(detect('groet').gebieden).toEqual(['schoorl']);
  });
});

describe('first words shared across gemeenten', () => {
  const index = buildPlaceIndex({
    gemeenten: [
      { id: 'a', naam: 'Aadorp' },
      { id: 'b', naam: 'Beedorp' },
    ],
    gebieden: [
      { id: 'nieuw-a', naam: 'Nieuw Amsterdam', gemeente: 'a' },
      { id: 'nieuw-b', naam: 'Nieuw Buinen', gemeente: 'b' },
      { id: 'vos-noord', naam: 'Vosberg Noord', gemeente: 'a' },
      { id: 'vos-zuid', naam: 'Vosberg Zuid', gemeente: 'a' },
      { id: 'kreek-a', naam: 'Kreekdorp Oost', gemeente: 'a' },
      { id: 'kreek-b', naam: 'Kreekdorp West', gemeente: 'b' },
    ],
  });
  const places = (query: string) => detectPlaces(tokens(query), index).gebieden;

  it('names every place of one gemeente that starts with it', () => {
    expect(places('wandelen vosberg')).toEqual(['vos-noord', 'vos-zuid']);
  });

  it('names no place when the places are in different gemeenten, or the word is generic', () => {
    expect(places('zwemmen voor oud nieuw')).toEqual([]);
    expect(places('koffie kreekdorp')).toEqual([]);
    expect(places('koffie kreekdorp oost')).toEqual(['kreek-a']);
  });
});
