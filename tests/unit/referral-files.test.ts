/**
 * The referral data split for the country (issue 14): an index of every gebied, loaded first, and one file
 * per gemeente, loaded for the gebied chosen. The split may lose nothing: for every gebied, klacht and
 * filter, the gemeente's file ranks exactly as all activities together did.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/content-files';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { referralGemeenteData, referralIndex, toReferralActivity, toReferralGebied } from '../../src/lib/referral/build';
import { gebiedenForPostcode } from '../../src/lib/referral/postcodes';
import { rankActivities, type ReferralOptions } from '../../src/lib/referral/ranking';
import { REFERRAL_DATA_VERSION, referralGemeentePath, type ReferralActivity } from '../../src/lib/referral/record';
import { complaints, type ComplaintId } from '../../src/lib/taxonomy';
import { activiteit, gebied, gemeente, input, SITE } from './small-catalog';

const fileOf = (catalog: Catalog, gemeenteId: string) =>
  referralGemeenteData(
    catalog,
    catalog.gemeenten.find((item) => item.id === gemeenteId)!,
    SITE,
  );
const ids = (activities: readonly { id: string }[]) => activities.map((activity) => activity.id);

describe('the gemeente files on the example content', () => {
  let catalog: Catalog;
  let everything: ReferralActivity[];
  beforeAll(() => {
    const { entries, problems } = loadContentFiles(resolve(import.meta.dirname, '../..'));
    expect(problems).toEqual([]);
    catalog = buildCatalog({
      today: '2026-11-23',
      ...entries,
      schoolHolidays: entries.schoolvakanties.flatMap((year) => year.data.vakanties),
    });
    // What the one national file held before the split.
    everything = catalog.activities
      .filter((activity) => activity.data.status === 'actief')
      .map((activity) => toReferralActivity(activity, SITE));
  });

  it('rank every gebied, klacht and filter exactly as all activities together', () => {
    const choices: { klachten: ComplaintId[]; options: ReferralOptions }[] = [
      { klachten: [], options: {} },
      ...complaints.ids.map((klacht) => ({ klachten: [klacht], options: {} })),
      { klachten: ['eenzaamheid', 'somberheid'], options: { dichtbij: true, gratis: true } },
      { klachten: ['weinig-bewegen'], options: { leeftijd: 'ouderen', rolstoel: true } },
    ];
    let compared = 0;
    for (const gemeente of catalog.gemeenten) {
      const file = fileOf(catalog, gemeente.id);
      expect(file.gebieden.map((item) => item.id)).toEqual(gemeente.gebieden.map((item) => item.id));
      for (const gebiedView of gemeente.gebieden) {
        const whole = toReferralGebied(gebiedView, gemeente);
        expect(file.gebieden.find((item) => item.id === gebiedView.id)).toEqual(whole);
        for (const { klachten, options } of choices) {
          const split = ids(rankActivities(file.activities, whole, klachten, options).map((item) => item.activity));
          expect(split, `${gebiedView.id} ${klachten.join('+')}`).toEqual(
            ids(rankActivities(everything, whole, klachten, options).map((item) => item.activity)),
          );
          compared += split.length;
        }
      }
    }
    // The comparison is about real lists, not empty ones.
    expect(compared).toBeGreaterThan(1000);
  });

  it('hold only active activities with a gebied in the gemeente, and each active one lands in a file', () => {
    const seen = new Set<string>();
    for (const gemeente of catalog.gemeenten) {
      const own = new Set(gemeente.gebieden.map((item) => item.id));
      for (const activity of fileOf(catalog, gemeente.id).activities) {
        expect(activity.status).toBe('actief');
        expect(
          activity.gebieden.some((id) => own.has(id)),
          `${activity.id} in ${gemeente.id}`,
        ).toBe(true);
        seen.add(activity.id);
      }
    }
    expect([...seen].sort()).toEqual(ids(everything).sort());
  });

  it('are each far smaller than the one national file was', () => {
    const national = JSON.stringify({ v: REFERRAL_DATA_VERSION, activities: everything, gebieden: catalog.gebieden });
    for (const gemeente of catalog.gemeenten) expect(JSON.stringify(fileOf(catalog, gemeente.id)).length).toBeLessThan(national.length / 2);
  });
});

describe('an activity shared by two gemeenten', () => {
  const shared = activiteit('wandelen-over-de-grens', 'Wandelen over de grens', {
    gebieden: ['ens', 'egmond-aan-zee'],
    welzijnOpRecept: { klachten: ['weinig-bewegen'], tip: 'Rustig tempo.' },
  });
  const catalog = buildCatalog(input({ activiteiten: [...input().activiteiten, shared] }));

  it('is in the file of both, and ranked for a gebied of either', () => {
    for (const gemeenteId of ['noordoostpolder', 'bergen']) {
      const file = fileOf(catalog, gemeenteId);
      expect(ids(file.activities), gemeenteId).toContain('wandelen-over-de-grens');
      const ranked = rankActivities(file.activities, file.gebieden[0]!, ['weinig-bewegen']);
      expect(ids(ranked.map((item) => item.activity)), gemeenteId).toContain('wandelen-over-de-grens');
    }
  });

  it('leaves out stopped and paused activities, and names the gemeente it is for', () => {
    const file = fileOf(catalog, 'noordoostpolder');
    expect(file.gemeente).toBe('noordoostpolder');
    expect(file.v).toBe(REFERRAL_DATA_VERSION);
    expect(ids(file.activities)).not.toContain('zumba-ens');
    expect(ids(file.activities)).not.toContain('bingo-marknesse');
    expect(ids(file.activities)).not.toContain('eendagstocht-egmond');
    expect(referralGemeentePath('noordoostpolder')).toBe('/data/verwijzen/noordoostpolder.json');
  });
});

describe('the index', () => {
  it('lists every gebied once with its gemeente and postcodes, and no coach or activity', () => {
    const catalog = buildCatalog(
      input({
        gebieden: [
          { ...gebied('ens', 'Ens', 'noordoostpolder'), data: { ...gebied('ens', 'Ens', 'noordoostpolder').data, postcodes: ['8307'] } },
          gebied('marknesse', 'Marknesse', 'noordoostpolder'),
          gebied('egmond-aan-zee', 'Egmond aan Zee', 'bergen'),
        ],
      }),
    );
    const index = referralIndex(catalog);
    expect(index.v).toBe(REFERRAL_DATA_VERSION);
    expect(index.gebieden).toEqual([
      { id: 'egmond-aan-zee', naam: 'Egmond aan Zee', gemeente: 'bergen', postcodes: [] },
      { id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder', postcodes: ['8307'] },
      { id: 'marknesse', naam: 'Marknesse', gemeente: 'noordoostpolder', postcodes: [] },
    ]);
    // A postcode finds its gebied, and so the file to load, from the index alone.
    const found = gebiedenForPostcode('8307 AB', index.gebieden);
    expect(found.kind === 'found' && found.gebieden.map((item) => [item.id, referralGemeentePath(item.gemeente)])).toEqual([
      ['ens', '/data/verwijzen/noordoostpolder.json'],
    ]);
  });

  it('stays within 100 KB gzip for a whole country: 2,500 gebieden and every four-digit postcode', () => {
    // About 50,000 activities at 20 per gebied, 15 gebieden per gemeente; the Netherlands has about 4,070
    // four-digit postcodes (1000 to 9999 in use), each in one or two gebieden.
    const gemeenten = Array.from({ length: 167 }, (_, g) => gemeente(`gemeente-nummer-${g}`, `Gemeente nummer ${g}`, 'noord'));
    const gebieden = Array.from({ length: 2500 }, (_, n) => {
      const entry = gebied(`dorp-of-wijk-nummer-${n}`, `Dorp of wijk nummer ${n}`, `gemeente-nummer-${n % 167}`);
      const postcodes = Array.from({ length: 2 }, (_, p) => String(1000 + Math.floor(((n * 2 + p) * 9000) / 5000)));
      return { ...entry, data: { ...entry.data, postcodes: [...new Set(postcodes)] } };
    });
    const catalog = buildCatalog(input({ gemeenten: [...input().gemeenten, ...gemeenten], gebieden: [...input().gebieden, ...gebieden] }));
    const index = JSON.stringify(referralIndex(catalog));
    const distinctPostcodes = new Set(referralIndex(catalog).gebieden.flatMap((item) => item.postcodes));
    expect(distinctPostcodes.size).toBeGreaterThan(4000);
    expect(gzipSync(index).length).toBeLessThanOrEqual(100 * 1024);
  });
});
