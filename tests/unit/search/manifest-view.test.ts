/** What the search page asks of the manifest: names, the gemeenten and shard files a search needs, and neighbours. */
import { describe, expect, it } from 'vitest';
import { ignoredChoicesNote, ManifestView, NEARBY_GEBIEDEN, NEARBY_METRES, SEARCH_ALL_UP_TO } from '../../../src/lib/search/manifest-view';
import { SHARD_VERSION, type Manifest, type ManifestGebied } from '../../../src/lib/search/shard';

const gebied = (id: string, gemeente: string, centrum: [number, number]): ManifestGebied => ({
  id,
  naam: id[0]!.toUpperCase() + id.slice(1),
  gemeente,
  aliases: [],
  centrum,
  postcodes: [],
});

function manifest(aantal: { noord: number; zuid: number }): Manifest {
  return {
    v: SHARD_VERSION,
    gemaaktOp: '2026-11-23',
    gemeenten: [
      {
        id: 'noord',
        naam: 'Noordpolder',
        aantal: aantal.noord,
        shards: [
          { pad: '/data/zoeken/noord.json', gebieden: ['ens', 'kraggenburg'] },
          { pad: '/data/zoeken/noord-2.json', gebieden: ['marknesse'] },
        ],
      },
      { id: 'zuid', naam: 'Zuidland', aantal: aantal.zuid, shards: [{ pad: '/data/zoeken/zuid.json', gebieden: ['bant'] }] },
    ],
    gebieden: [
      gebied('ens', 'noord', [52.64, 5.82]),
      // About 4.5 km from Ens.
      gebied('kraggenburg', 'noord', [52.66, 5.88]),
      gebied('marknesse', 'noord', [52.71, 5.86]),
      gebied('bant', 'zuid', [52.61, 5.75]),
      // Far away: more than NEARBY_METRES from Ens.
      gebied('ver', 'zuid', [53.2, 6.5]),
    ],
  };
}

const small = new ManifestView(manifest({ noord: 10, zuid: 5 }));
const large = new ManifestView(manifest({ noord: SEARCH_ALL_UP_TO, zuid: 1 }));

describe('ManifestView', () => {
  it('names gebieden and gemeenten, and keeps an unknown id as it is', () => {
    expect(small.naam('kraggenburg')).toBe('Kraggenburg');
    expect(small.gemeenteNaam('zuid')).toBe('Zuidland');
    expect(small.naam('onbekend')).toBe('onbekend');
    expect(small.where({ gebieden: new Set(['ens', 'bant']), fromQuery: false })).toBe('Ens en Bant');
    expect(small.where({ gemeenten: new Set(['noord']), fromQuery: false })).toBe('gemeente Noordpolder');
    expect(small.where({ fromQuery: false })).toBeUndefined();
  });

  it('knows the places a link may choose and the centre of a gebied', () => {
    expect([...small.known.gemeenten]).toEqual(['noord', 'zuid']);
    expect(small.gemeenteOfGebied.get('bant')).toBe('zuid');
    expect(small.centre('ens')).toEqual({ lat: 52.64, lon: 5.82 });
    expect(small.centre('onbekend')).toBeUndefined();
    expect(small.totalActivities).toBe(15);
  });

  it('searches everywhere on a small site, and asks for a gemeente first above SEARCH_ALL_UP_TO', () => {
    expect(small.gemeentenToSearch({ fromQuery: false }, false)).toEqual(['noord', 'zuid']);
    expect(large.gemeentenToSearch({ fromQuery: false }, false)).toBeUndefined();
    expect(large.gemeentenToSearch({ fromQuery: false }, true)).toEqual(['noord', 'zuid']);
    expect(large.gemeentenToSearch({ gemeenten: new Set(['zuid']), fromQuery: false }, false)).toEqual(['zuid']);
  });

  it('loads only the parts of a gemeente that hold the gebieden searched, or all parts without a gebied', () => {
    expect(small.shardParts(['noord'], new Set(['marknesse']))).toEqual([{ path: '/data/zoeken/noord-2.json', gemeente: 'noord' }]);
    expect(small.shardParts(['noord']).map((part) => part.path)).toEqual(['/data/zoeken/noord.json', '/data/zoeken/noord-2.json']);
    // A gebied no part names (a newer manifest) falls back to every part rather than none.
    expect(small.shardParts(['noord'], new Set(['bant'])).map((part) => part.path)).toHaveLength(2);
    expect(small.shardParts(['onbekend'])).toEqual([]);
  });

  it('finds the nearest other gebieden within NEARBY_METRES, nearest first, at most NEARBY_GEBIEDEN', () => {
    const around = small.neighbours(small.centre('ens')!, new Set(['ens'])).map((item) => item.id);
    expect(around).toEqual(['kraggenburg', 'bant', 'marknesse']);
    expect(around).not.toContain('ver');
    expect(around.length).toBeLessThanOrEqual(NEARBY_GEBIEDEN);
    expect(NEARBY_METRES).toBeGreaterThan(0);
    expect(small.neighbours(small.centre('ens')!, new Set(['ens', 'kraggenburg', 'bant', 'marknesse']))).toEqual([]);
  });
});

describe('ignoredChoicesNote', () => {
  it('names each unknown choice of a link, and says nothing when all were known', () => {
    expect(ignoredChoicesNote([])).toBe('');
    expect(
      ignoredChoicesNote([
        { name: 'gebied', value: 'atlantis' },
        { name: 'thema', value: 'x' },
      ]),
    ).toBe('Een keuze uit de link kennen we niet: gebied "atlantis" en thema "x". We zoeken zonder die keuze.');
  });
});
