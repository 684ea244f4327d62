/**
 * The shape checks the browser runs on the JSON it loads: real data passes, and each broken file the
 * issue names ({"records":"x"}, activities: null, a future version) is refused with the path of the problem.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/content-files';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { checkData, exactly, listOf, optional, shape, text, tuple } from '../../src/lib/guard';
import { checkMapData } from '../../src/lib/map/data-guard';
import { buildMapData } from '../../src/lib/map/points';
import { referralGemeenteData, referralIndex } from '../../src/lib/referral/build';
import { checkReferralGemeenteData, checkReferralIndex } from '../../src/lib/referral-guard';
import { buildShard, SHARD_VERSION, type Manifest } from '../../src/lib/search/shard';
import { checkManifest, checkShard } from '../../src/lib/search/shard-guard';
import { entry } from './search/synthetic-records';

const clone = <T>(value: T): T => structuredClone(value);
const problemOf = (result: { ok: true } | { ok: false; problem: string }) => (result.ok ? undefined : result.problem);

describe('the building blocks', () => {
  const check = shape({ naam: text, data: listOf(tuple(text, text)), tip: optional(text), v: exactly(1) });
  const run = (value: unknown) => problemOf(checkData(value, check, 'test.json'));

  it('accepts a fitting value, with or without an optional field, and extra fields', () => {
    expect(run({ naam: 'a', data: [['x', 'y']], v: 1 })).toBeUndefined();
    expect(run({ naam: 'a', data: [], tip: 'b', v: 1, nieuw: true })).toBeUndefined();
  });

  it('names the path and what is wrong', () => {
    expect(run(null)).toBe('test.json is null, not an object');
    expect(run([])).toBe('test.json is a list, not an object');
    expect(run({ naam: 3, data: [], v: 1 })).toBe('test.json.naam is number, not text');
    expect(run({ naam: 'a', data: [['x']], v: 1 })).toBe('test.json.data[0] is not a list of 2');
    expect(run({ naam: 'a', data: [['x', 2]], v: 1 })).toBe('test.json.data[0][1] is number, not text');
    expect(run({ naam: 'a', data: [], tip: null, v: 1 })).toBe('test.json.tip is null, not text');
    expect(run({ naam: 'a', data: [], v: 2 })).toBe('test.json.v is 2, expected 1');
  });
});

describe('checkManifest and checkShard', () => {
  const manifest: Manifest = {
    v: SHARD_VERSION,
    gemaaktOp: '2026-11-23',
    gemeenten: [
      {
        id: 'noordoostpolder',
        naam: 'Noordoostpolder',
        aantal: 2,
        shards: [{ pad: '/data/zoeken/noordoostpolder.json', gebieden: ['ens'] }],
      },
    ],
    gebieden: [{ id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder', aliases: [], centrum: [52.63, 5.82], postcodes: ['8307'] }],
  };
  const shard = buildShard('noordoostpolder', [
    entry({
      id: 'koffie',
      titel: 'Koffie-inloop',
      data: [['2026-11-24', '10:00', '11:30']],
      punten: [[52.6, 5.8]],
      plekken: ['Dorpshuis'],
    }),
    entry({ id: 'wandelen', titel: 'Wandelen in het bos' }),
  ]);

  it('accepts what the build writes', () => {
    expect(checkManifest(manifest)).toEqual({ ok: true, value: manifest });
    expect(checkShard(shard)).toEqual({ ok: true, value: shard });
  });

  it('refuses an index of a future version, or without its lists', () => {
    expect(problemOf(checkManifest({ ...manifest, v: SHARD_VERSION + 1 }))).toBe(
      `index.json.v is ${SHARD_VERSION + 1}, expected ${SHARD_VERSION}`,
    );
    expect(problemOf(checkManifest({ ...manifest, gemeenten: null }))).toBe('index.json.gemeenten is null, not a list');
    expect(problemOf(checkManifest({ ...manifest, gebieden: [{ ...manifest.gebieden[0], centrum: [52] }] }))).toBe(
      'index.json.gebieden[0].centrum is not a list of 2',
    );
  });

  it('refuses a shard whose records are not a list, or a record of the wrong shape', () => {
    expect(problemOf(checkShard({ ...shard, records: 'x' }, '/data/zoeken/a.json'))).toBe(
      '/data/zoeken/a.json.records is string, not a list',
    );
    expect(problemOf(checkShard({ records: 'x' }))).toBe(`shard.v is undefined, expected ${SHARD_VERSION}`);
    const broken = clone(shard);
    (broken.records[1] as unknown as Record<string, unknown>).data = [['2026-11-24']];
    expect(problemOf(checkShard(broken))).toBe('shard.records[1].data[0] is not a list of 3');
  });

  it('refuses postings that point past the records, or a word without postings', () => {
    const pastTheEnd = clone(shard);
    pastTheEnd.treffers[0] = [shard.records.length * 4];
    expect(problemOf(checkShard(pastTheEnd))).toBe('shard.treffers[0] points past the records');
    const short = clone(shard);
    short.treffers.pop();
    expect(problemOf(checkShard(short))).toBe(`shard.treffers has ${shard.woorden.length - 1} lists for ${shard.woorden.length} words`);
  });
});

describe('the referral guards and checkMapData on the example content', () => {
  let catalog: Catalog;
  beforeAll(() => {
    const { entries, problems } = loadContentFiles(resolve(import.meta.dirname, '../..'));
    expect(problems).toEqual([]);
    catalog = buildCatalog({
      today: '2026-11-23',
      ...entries,
      schoolHolidays: entries.schoolvakanties.flatMap((year) => year.data.vakanties),
    });
  });
  const gemeenteData = (id: string) =>
    referralGemeenteData(
      catalog,
      catalog.gemeenten.find((gemeente) => gemeente.id === id)!,
      'https://preventiekaart.example/',
    );

  it('accepts the referral index and every gemeente file the build writes, after a trip through JSON', () => {
    expect(problemOf(checkReferralIndex(JSON.parse(JSON.stringify(referralIndex(catalog)))))).toBeUndefined();
    for (const gemeente of catalog.gemeenten) {
      const data = JSON.parse(JSON.stringify(gemeenteData(gemeente.id))) as unknown;
      expect(problemOf(checkReferralGemeenteData(data, gemeente.id)), gemeente.id).toBeUndefined();
    }
  });

  it('refuses activities: null, an old format, an activity without its times, and the file of another gemeente', () => {
    const data = gemeenteData('noordoostpolder');
    expect(problemOf(checkReferralGemeenteData({ ...data, activities: null }, 'noordoostpolder'))).toBe(
      'verwijzen/noordoostpolder.json.activities is null, not a list',
    );
    expect(problemOf(checkReferralGemeenteData({ ...data, v: 1 }, 'noordoostpolder'))).toBe(
      'verwijzen/noordoostpolder.json.v is 1, expected 2',
    );
    const broken = clone(data);
    (broken.activities[2] as unknown as Record<string, unknown>).volgendeKeren = ['dinsdag 24 november 2026'];
    expect(problemOf(checkReferralGemeenteData(broken, 'noordoostpolder'))).toBe(
      'verwijzen/noordoostpolder.json.activities[2].volgendeKeren[0] is string, not an object',
    );
    expect(
      problemOf(checkReferralGemeenteData({ ...data, gebieden: [{ ...data.gebieden[0], coach: undefined }] }, 'noordoostpolder')),
    ).toBe('verwijzen/noordoostpolder.json.gebieden[0].coach is undefined, not an object');
    expect(problemOf(checkReferralGemeenteData(data, 'bergen'))).toBe(
      'verwijzen/bergen.json.gemeente is "noordoostpolder", expected "bergen"',
    );
  });

  it('refuses an index without postcodes or of an old format', () => {
    const index = referralIndex(catalog);
    expect(problemOf(checkReferralIndex({ ...index, v: 1 }))).toBe('verwijzen/index.json.v is 1, expected 2');
    expect(problemOf(checkReferralIndex({ ...index, gebieden: [{ ...index.gebieden[0], postcodes: '8307' }] }))).toBe(
      'verwijzen/index.json.gebieden[0].postcodes is string, not a list',
    );
  });

  it('accepts the map data of every gemeente and refuses a place that points past the activities', () => {
    for (const gemeente of catalog.gemeenten) {
      const data = buildMapData(catalog.activities.filter((activity) => activity.gemeente.id === gemeente.id));
      expect(problemOf(checkMapData(JSON.parse(JSON.stringify(data)))), gemeente.id).toBeUndefined();
    }
    const data = buildMapData(catalog.activities);
    expect(problemOf(checkMapData({ ...data, a: 'x' }))).toBe('kaartgegevens.a is string, not a list');
    expect(problemOf(checkMapData({ ...data, p: [{ ...data.p[0], a: [data.a.length] }] }))).toBe(
      'kaartgegevens.p[0].a points past the activities',
    );
  });
});
