import { describe, expect, it } from 'vitest';
import { filteredIds, filterNotes, isFiltered, parseMapFilter } from '../../../src/lib/map/filter';
import type { MapActivity } from '../../../src/lib/map/data';

const known = {
  gemeenten: [{ id: 'noordoostpolder', naam: 'Noordoostpolder' }, { id: 'bergen', naam: 'Bergen' }],
  gebieden: [{ id: 'ens', naam: 'Ens' }, { id: 'schoorl', naam: 'Schoorl' }],
};
const activity = (id: string, g: string, b: string[]): MapActivity => ({ id, t: id, u: `/activiteiten/${id}/`, w: '', g, b });
const activities = [activity('koffie', 'noordoostpolder', ['ens']), activity('taal', 'noordoostpolder', ['ens', 'marknesse']), activity('wandelen', 'bergen', ['schoorl'])];

describe('parseMapFilter', () => {
  it('reads gemeente and gebied from the URL', () => {
    const filter = parseMapFilter('?gemeente=noordoostpolder&gebied=ens', known);
    expect(filter).toEqual({ gemeente: known.gemeenten[0], gebied: known.gebieden[0], unknown: [] });
  });

  it('ignores case and spaces, and collects unknown values', () => {
    expect(parseMapFilter('?gebied=%20Ens%20', known).gebied).toEqual(known.gebieden[0]);
    const filter = parseMapFilter('?gemeente=atlantis&gebied=ens&thema=bewegen', known);
    expect(filter.gemeente).toBeUndefined();
    expect(filter.unknown).toEqual([{ key: 'gemeente', value: 'atlantis' }]);
  });

  it('is no filter without known values', () => {
    expect(isFiltered(parseMapFilter('', known))).toBe(false);
    expect(isFiltered(parseMapFilter('?gebied=nergens', known))).toBe(false);
  });
});

describe('filteredIds', () => {
  it('is null (all) without a filter', () => {
    expect(filteredIds(activities, parseMapFilter('', known))).toBeNull();
  });

  it('keeps the activities in the gemeente and the gebied', () => {
    expect([...filteredIds(activities, parseMapFilter('?gemeente=noordoostpolder', known))!]).toEqual(['koffie', 'taal']);
    expect([...filteredIds(activities, parseMapFilter('?gebied=schoorl', known))!]).toEqual(['wandelen']);
    expect([...filteredIds(activities, parseMapFilter('?gemeente=bergen&gebied=ens', known))!]).toEqual([]);
  });
});

describe('filterNotes', () => {
  it('says what is shown and what was not understood', () => {
    expect(filterNotes(parseMapFilter('?gebied=ens', known), 2)).toEqual(['U ziet alleen wat er in Ens is: 2 activiteiten.']);
    expect(filterNotes(parseMapFilter('?gemeente=bergen', known), 1)).toEqual(['U ziet alleen wat er in de gemeente Bergen is: 1 activiteit.']);
    expect(filterNotes(parseMapFilter('?gemeente=atlantis', known), 3)).toEqual(['We kennen geen gemeente "atlantis". Die keuze slaan we over.']);
    expect(filterNotes(parseMapFilter('', known), 3)).toEqual([]);
  });
});
