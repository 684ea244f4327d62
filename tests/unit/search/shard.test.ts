/** The prebuilt index of one gemeente: which words it holds and how a posting is packed. */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/lib/search/engine';
import {
  buildShard,
  decodeHit,
  Field,
  indexWords,
  manifestPlaces,
  postingsOf,
  shardPath,
  SHARD_VERSION,
  splitShards,
  type Manifest,
  type Shard,
} from '../../../src/lib/search/shard';
import { entry } from './synthetic-records';

/** Per word, the records and fields it was found in, decoded. */
function postings(shard: Shard, word: string): { record: number; field: Field }[] {
  const at = shard.woorden.indexOf(word);
  expect(at, `"${word}" is indexed`).toBeGreaterThanOrEqual(0);
  return postingsOf(shard, at).map(decodeHit);
}

describe('buildShard', () => {
  const shard = buildShard('noordoostpolder', [
    entry({ id: 'a' }, { titel: 'Schaken in Ens', trefwoorden: 'Ontmoeten schaken', tekst: 'Elke week schaken wij.' }),
    entry({ id: 'b' }, { titel: 'Koffieochtend', trefwoorden: 'Ontmoeten Dorpshuis', tekst: 'Koffie en schaken.' }),
    entry({ id: 'c' }, { titel: 'Dorpshuis open', trefwoorden: 'Ontmoeten', tekst: 'Koffieochtend in het dorpshuis.' }),
  ]);

  it('describes itself', () => {
    expect(shard.v).toBe(SHARD_VERSION);
    expect(shard.gemeente).toBe('noordoostpolder');
    expect(shard.records.map((record) => record.id)).toEqual(['a', 'b', 'c']);
    expect(shard.treffers).toHaveLength(shard.woorden.length);
  });

  it('keeps only the strongest field per record per word', () => {
    expect(postings(shard, 'schaken')).toEqual([
      { record: 0, field: Field.Titel },
      { record: 1, field: Field.Tekst },
    ]);
    expect(postings(shard, 'dorpshuis')).toEqual([
      { record: 1, field: Field.Trefwoorden },
      { record: 2, field: Field.Titel },
    ]);
    expect(postings(shard, 'koffieochtend')).toEqual([
      { record: 1, field: Field.Titel },
      { record: 2, field: Field.Tekst },
    ]);
  });

  it('keeps postings in ascending order, whatever the field', () => {
    shard.treffers.forEach((_, word) => {
      const hits = postingsOf(shard, word);
      expect(hits).toEqual([...hits].sort((a, b) => a - b));
    });
    // Written as gaps: never negative, and the first value as is.
    for (const gaps of shard.treffers) expect(gaps.every((gap) => gap >= 0)).toBe(true);
    expect(postings(shard, 'ontmoeten').map((hit) => hit.record)).toEqual([0, 1, 2]);
  });

  it('sorts the words, each once', () => {
    expect(shard.woorden).toEqual([...new Set(shard.woorden)].sort());
    expect(shard.woorden).toContain('ens');
  });

  it('does not index stop words or one-letter words', () => {
    const withNoise = buildShard('test', [entry({ id: 'a' }, { titel: 'Ik wil graag een x', tekst: 'De a b c van het breien' })]);
    expect(withNoise.woorden).toEqual(['breien']);
  });

  it('indexes the text of a Markdown link and not its address', () => {
    const linked = buildShard('test', [
      entry(
        { id: 'a' },
        {
          titel: 'Breien',
          tekst: 'Lees [het rooster](https://voorbeeld.nl/rooster-breiclub) of kijk op https://breiclub.example.org/nieuws.',
        },
      ),
    ]);
    expect(linked.woorden).toContain('rooster');
    for (const word of ['https', 'voorbeeld', 'nl', 'breiclub', 'example', 'org', 'nieuws']) expect(linked.woorden).not.toContain(word);
  });

  it('folds spelling the way the query side does', () => {
    const folded = buildShard('test', [entry({ id: 'a' }, { titel: 'Stoelyoga in Café Ön' })]);
    expect(folded.woorden).toEqual(['cafe', 'on', 'stoelijoga']);
  });

  it('is empty for no records', () => {
    expect(buildShard('leeg', [])).toStrictEqual({
      v: SHARD_VERSION,
      gemeente: 'leeg',
      records: [],
      woorden: [],
      treffers: [],
      lengtes: [],
    });
  });

  it('counts the indexed words of each record over all fields, repeats included, for BM25', () => {
    const shard = buildShard('test', [
      entry({ id: 'a' }, { titel: 'Breien', tekst: 'Breien en haken, breien in de buurt.' }),
      entry({ id: 'b' }, { titel: 'Wandelen' }),
    ]);
    // "en", "in", "de" and "buurt" are stop words; the title "Breien" and "breien haken breien" count.
    expect(shard.lengtes).toEqual([4, 1]);
  });
});

describe('indexWords', () => {
  it('keeps words in text order, repeats included', () => {
    expect(indexWords('Samen wandelen, samen koffie')).toEqual(['samen', 'wandelen', 'samen', 'koffie']);
  });
});

describe('decodeHit', () => {
  it('splits a posting into record and field', () => {
    expect(decodeHit(0)).toEqual({ record: 0, field: Field.Titel });
    expect(decodeHit(7 * 4 + Field.Tekst)).toEqual({ record: 7, field: Field.Tekst });
    expect(decodeHit(1_000 * 4 + Field.Trefwoorden)).toEqual({ record: 1_000, field: Field.Trefwoorden });
  });

  it('ranks a title below a body in number, so lower means stronger', () => {
    expect(Field.Titel).toBeLessThan(Field.Trefwoorden);
    expect(Field.Trefwoorden).toBeLessThan(Field.Tekst);
  });
});

describe('manifestPlaces', () => {
  const manifest: Manifest = {
    v: SHARD_VERSION,
    gemaaktOp: '2026-11-23',
    gemeenten: [
      { id: 'bergen', naam: 'Bergen', aantal: 12, shards: [{ pad: shardPath('bergen'), gebieden: ['bergen'] }] },
      { id: 'noordoostpolder', naam: 'Noordoostpolder', aantal: 8, shards: [{ pad: shardPath('noordoostpolder'), gebieden: ['ens'] }] },
    ],
    gebieden: [
      {
        id: 'egmond-binnen',
        naam: 'Egmond-Binnen',
        gemeente: 'bergen',
        aliases: ['Egmond aan den Hoef'],
        centrum: [52.5968, 4.651],
        postcodes: ['1934'],
      },
      { id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder', aliases: [], centrum: [52.6333, 5.8333], postcodes: ['8307'] },
    ],
  };

  it('keeps the names, gemeenten and aliases, and drops counts, paths and centres', () => {
    expect(manifestPlaces(manifest)).toStrictEqual({
      gemeenten: [
        { id: 'bergen', naam: 'Bergen' },
        { id: 'noordoostpolder', naam: 'Noordoostpolder' },
      ],
      gebieden: [
        { id: 'egmond-binnen', naam: 'Egmond-Binnen', gemeente: 'bergen', aliases: ['Egmond aan den Hoef'] },
        { id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder', aliases: [] },
      ],
    });
  });

  it('puts a shard under the search data path', () => {
    expect(shardPath('bergen')).toBe('/data/zoeken/bergen.json');
  });
});

describe('splitShards', () => {
  const entries = Array.from({ length: 30 }, (_, index) =>
    entry({
      id: `activiteit-${index}`,
      titel: `Activiteit ${index}`,
      gebieden: [`gebied-${index % 5}`, ...(index === 7 ? ['gebied-4'] : [])],
    }),
  );
  const count = (shard: Shard) => shard.records.length;

  it('keeps a gemeente in one shard when it fits', () => {
    const parts = splitShards('g', entries, () => true);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.gebieden).toEqual(['gebied-0', 'gebied-1', 'gebied-2', 'gebied-3', 'gebied-4']);
  });

  it('cuts a large gemeente into the fewest parts that fit, each naming its gebieden', () => {
    const parts = splitShards('g', entries, (shard) => count(shard) <= 8);
    expect(parts).toHaveLength(4);
    expect(parts.every((part) => count(part.shard) <= 8)).toBe(true);
    expect(parts.flatMap((part) => part.shard.records.map((record) => record.id)).sort()).toEqual(
      entries.map((item) => item.record.id).sort(),
    );
    for (const part of parts) {
      expect(part.gebieden).toEqual([...new Set(part.shard.records.flatMap((record) => record.gebieden))].sort());
    }
    // An activity for two gebieden is found from the part of either: its part names both.
    expect(parts.find((part) => part.shard.records.some((record) => record.id === 'activiteit-7'))!.gebieden).toContain('gebied-4');
  });

  it('gives one merged index without doubles when an activity sits in two parts', () => {
    const twice = [entries[0]!, entries[1]!];
    const index = SearchIndex.fromShards([buildShard('g', twice), buildShard('g', [entries[1]!, entries[2]!])]);
    expect(index.records.map((record) => record.id)).toEqual(['activiteit-0', 'activiteit-1', 'activiteit-2']);
  });
});
