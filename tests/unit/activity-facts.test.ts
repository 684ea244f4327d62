/**
 * The activity facts: every derived fact of an activity, on the small made-up catalog (small-catalog.ts)
 * and its edge cases: only online (no coordinates), op afspraak, a period in the past, several gebieden,
 * paused, and room in the group that is no longer current.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { activityFacts, isAddressPlace } from '../../src/lib/facts/activity-facts';
import { activityRecord } from '../../src/lib/export';
import { toMapActivity } from '../../src/lib/map/points';
import { toReferralActivity } from '../../src/lib/referral/build';
import { searchRecord } from '../../src/lib/search/build';
import { STORED_DATES } from '../../src/lib/upcoming';
import { activiteit, activity, input, SITE, weeklyTuesday } from './small-catalog';

describe('activityFacts', () => {
  it('works out every fact of an activity in a building, for a fee, with a Welzijn op Recept block', () => {
    const facts = activityFacts(activity('koffie-inloop-ens'));
    expect(facts).toMatchObject({
      id: 'koffie-inloop-ens',
      url: '/activiteiten/koffie-inloop-ens/',
      titel: 'Koffie-inloop',
      status: 'actief',
      listed: true,
      organisatie: {
        id: 'welzijn-noordoostpolder',
        naam: 'Welzijn Noordoostpolder',
        soort: 'welzijn',
        website: 'https://www.voorbeeld-welzijn.example',
      },
      rooster: { soort: 'wekelijks', dagen: ['dinsdag'], van: '10:00', tot: '11:30' },
      gemeente: { id: 'noordoostpolder', naam: 'Noordoostpolder' },
      gebieden: [{ id: 'ens', naam: 'Ens', gemeente: 'noordoostpolder', coach: 'Sanne de Vries' }],
      themas: ['ontmoeten'],
      klachten: ['eenzaamheid'],
      welzijnOpRecept: true,
      tip: 'Gastvrouw Gerda vangt nieuwe mensen op.',
      gratis: false,
      kostenTekst: '€ 1 per keer',
      kostenKort: '€ 1 per keer',
      aanmeldenNodig: false,
      aanmeldenZin: 'U hoeft zich niet aan te melden.',
      online: false,
      aanHuis: false,
      opAfstand: false,
      rolstoel: 'ja',
      opAfspraak: false,
      dagen: ['dinsdag'],
      dagdelen: ['ochtend'],
      ritme: 'elke dinsdag',
      roosterZin: 'Elke dinsdag van 10.00 tot 11.30 uur.',
      pauzes: ['Niet op feestdagen.'],
      wanneerKort: 'Volgende keer: dinsdag 24 november, 10.00 tot 11.30 uur',
      laatstGecontroleerd: '2026-11-02',
      gecontroleerdOp: '2026-11-02',
      actualiteit: 'recent',
    });
    expect(facts.plekken).toEqual([
      {
        id: 'dorpshuis-ens',
        naam: 'Dorpshuis De Zuidwester',
        soort: 'gebouw',
        adres: { straat: 'Dorpsstraat', huisnummer: '1a', postcode: '8307 AA', plaats: 'Ens' },
        adresregel: 'Dorpsstraat 1a, 8307 AA Ens',
        regel: 'Dorpshuis De Zuidwester, Dorpsstraat 1a, 8307 AA Ens',
        lat: 52.6362,
        lon: 5.8281,
        rolstoel: true,
      },
    ]);
    expect(facts.adressen).toEqual(facts.plekken);
    // The stored dates, not the shown ones: a visitor weeks after the build still gets a next date.
    expect(facts.komendeData).toHaveLength(STORED_DATES);
    expect(facts.komendeData[0]).toEqual({ date: '2026-11-24', van: '10:00', tot: '11:30' });
  });

  it('is plain data that survives JSON unchanged', () => {
    for (const id of ['koffie-inloop-ens', 'appeltaart-bakken', 'eendagstocht-egmond', 'online-praatgroep', 'bingo-marknesse']) {
      const facts = activityFacts(activity(id));
      expect(JSON.parse(JSON.stringify(facts)), id).toEqual(facts);
    }
  });

  it('an activity only online: no address, no coordinates, wheelchair not applicable, op afspraak, several gebieden', () => {
    const facts = activityFacts(activity('online-praatgroep'));
    expect(facts.plekken).toEqual([
      { id: 'online-noordoostpolder', naam: 'Online', soort: 'online', regel: 'Online, via de computer of telefoon.' },
    ]);
    expect(facts.adressen).toEqual([]);
    expect(facts).toMatchObject({ online: true, aanHuis: false, opAfstand: true, rolstoel: 'niet-van-toepassing' });
    expect(facts).toMatchObject({
      opAfspraak: true,
      dagen: [],
      dagdelen: [],
      ritme: 'op afspraak',
      roosterZin: 'Op afspraak.',
      pauzes: [],
      roosterOpmerking: 'Bel voor een afspraak.',
    });
    expect(facts.komendeData).toEqual([]);
    expect(facts.wanneerKort).toBe('Op afspraak');
    expect(facts.gebieden.map((gebied) => gebied.id)).toEqual(['ens', 'marknesse']);
    expect(facts.gemeente.id).toBe('noordoostpolder');
    expect(facts.actualiteit).toBe('controleren');
  });

  it('a building without wheelchair access says "nee"; another accessible place makes it "ja"', () => {
    expect(activityFacts(activity('appeltaart-bakken')).rolstoel).toBe('nee');
    const mixed = buildCatalog(
      input({
        activiteiten: [
          activiteit('twee-plekken', 'Twee plekken', {
            locaties: ['kerk-marknesse', 'dorpshuis-ens', 'online-noordoostpolder'],
            gebieden: ['marknesse', 'ens'],
          }),
        ],
      }),
    );
    const facts = activityFacts(mixed.activities[0]!);
    expect(facts.rolstoel).toBe('ja');
    expect(facts.adressen.map((place) => place.id)).toEqual(['kerk-marknesse', 'dorpshuis-ens']);
    expect(facts.plekken.filter((place) => !isAddressPlace(place)).map((place) => place.id)).toEqual(['online-noordoostpolder']);
    expect(facts.opAfstand).toBe(true);
  });

  it('cost "anders" keeps the sentence and has no short form; sign-up gives its sentence and how', () => {
    const facts = activityFacts(activity('appeltaart-bakken'));
    expect(facts).toMatchObject({
      gratis: false,
      kostenTekst: 'U betaalt alleen de appels.',
      aanmeldenNodig: true,
      aanmeldenZin: 'U meldt zich eerst aan.',
      aanmeldenHoe: 'Bel Dorpsbelang Ens.',
    });
    expect(facts.kostenKort).toBeUndefined();
    expect(facts.ritme).toBe('elke eerste en derde woensdag van de maand');
    expect(facts.roosterZin).toBe('Elke eerste en derde woensdag van de maand, van 14.00 tot 16.00 uur.');
    expect(facts.dagdelen).toEqual(['middag']);
    expect(activityFacts(activity('online-praatgroep')).kostenKort).toBe('gratis');
  });

  it('a period and school-holiday pauses give their sentences and the skipped dates', () => {
    const facts = activityFacts(activity('eendagstocht-egmond'));
    expect(facts.period).toEqual({ van: '2026-09-01', tot: '2027-06-30' });
    expect(facts.pauzes).toEqual([
      'Van dinsdag 1 september 2026 tot en met woensdag 30 juni 2027.',
      'Niet in de schoolvakanties.',
      'Niet op feestdagen.',
    ]);
    expect(facts.ritme).toBe('om de week op zaterdag');
    expect(facts.overgeslagen.map((skip) => skip.reden)).toContain('Kerstvakantie');
    expect(facts.komendeData.every((date) => date.date >= '2026-11-23')).toBe(true);
  });

  it('a period in the past: no coming dates, and it says there is no date', () => {
    const past = buildCatalog(
      input({
        activiteiten: [
          activiteit('zomerwandeling', 'Zomerwandeling', {
            rooster: { ...weeklyTuesday, periode: { van: '2026-06-01', tot: '2026-08-31' } },
          }),
        ],
      }),
    );
    const facts = activityFacts(past.activities[0]!);
    expect(facts.komendeData).toEqual([]);
    expect(facts.overgeslagen).toEqual([]);
    expect(facts.wanneerKort).toBe('Geen datum bekend');
    expect(facts.opAfspraak).toBe(false);
    expect(facts.period).toEqual({ van: '2026-06-01', tot: '2026-08-31' });
  });

  it('a paused activity keeps no dates and says so; a stopped one is not listed', () => {
    // Checked 366 days ago: stale.
    expect(activityFacts(activity('bingo-marknesse'))).toMatchObject({
      status: 'gepauzeerd',
      komendeData: [],
      wanneerKort: 'Tijdelijk gestopt',
      listed: true,
      actualiteit: 'verouderd',
    });
    expect(activityFacts(activity('zumba-ens'))).toMatchObject({
      status: 'gestopt',
      komendeData: [],
      wanneerKort: 'Gestopt',
      listed: false,
    });
  });

  it('room in the group and reply time only while current; the later check date counts', () => {
    const withClaims = buildCatalog(
      input({
        activiteiten: [
          activiteit('met-plek', 'Met plek', {
            plaats: { status: 'vrij', bevestigd: '2026-11-01' },
            reageertBinnen: { dagen: 3, bevestigd: '2026-10-01' },
            bevestigdDoorAanbieder: '2026-11-20',
          }),
          activiteit('oude-plek', 'Oude plek', {
            plaats: { status: 'vrij', bevestigd: '2026-08-01' },
            reageertBinnen: { dagen: 3, bevestigd: '2026-03-01' },
          }),
        ],
      }),
    );
    const current = activityFacts(withClaims.activities.find((item) => item.id === 'met-plek')!);
    expect(current.plaats).toEqual({ status: 'vrij', bevestigd: '2026-11-01', geldigTot: '2026-12-31' });
    expect(current.reageertBinnen).toEqual({ dagen: 3, bevestigd: '2026-10-01', geldigTot: '2027-03-30' });
    expect(current).toMatchObject({ laatstGecontroleerd: '2026-11-02', gecontroleerdOp: '2026-11-20' });
    // An old "vrij" is unknown, never free; the reply time of March is past its half year too.
    const old = activityFacts(withClaims.activities.find((item) => item.id === 'oude-plek')!);
    expect(old.plaats).toBeUndefined();
    expect(old.reageertBinnen).toBeUndefined();
  });

  it('the same object for the same activity: computed once', () => {
    expect(activityFacts(activity('koffie-inloop-ens'))).toBe(activityFacts(activity('koffie-inloop-ens')));
  });
});

describe('every output picks from the facts', () => {
  const ids = ['koffie-inloop-ens', 'appeltaart-bakken', 'eendagstocht-egmond', 'online-praatgroep'];

  it('free, cost, wheelchair and places say the same in search, map, referral and the open data', () => {
    for (const id of ids) {
      const facts = activityFacts(activity(id));
      const search = searchRecord(activity(id));
      const feed = activityRecord(activity(id), SITE);
      const referral = toReferralActivity(activity(id), SITE);
      expect([search.gratis, feed.gratis, referral.gratis], id).toEqual([facts.gratis, facts.gratis, facts.gratis]);
      expect([search.kosten, feed.kosten.tekst, referral.kosten], id).toEqual([facts.kostenTekst, facts.kostenTekst, facts.kostenTekst]);
      const wheelchair = facts.rolstoel === 'ja';
      expect([search.rolstoel, feed.rolstoelToegankelijk, referral.rolstoel], id).toEqual([wheelchair, wheelchair, wheelchair]);
      expect(search.punten.length, id).toBe(facts.adressen.length);
      expect(referral.plekken.length, id).toBe(facts.adressen.length);
      expect(
        feed.locaties.filter((place) => place.adres !== undefined).map((place) => place.adres),
        id,
      ).toEqual(facts.adressen.map((place) => place.adresregel));
      expect(referral.waar, id).toEqual(facts.plekken.map((place) => place.regel));
      expect(search.data.length, id).toBe(facts.komendeData.length);
    }
  });

  it('an online-only activity gets no point on the map and no wheelchair claim anywhere', () => {
    const id = 'online-praatgroep';
    expect(searchRecord(activity(id))).toMatchObject({ rolstoel: false, punten: [], opAfstand: true });
    expect(toReferralActivity(activity(id), SITE)).toMatchObject({ rolstoel: false, plekken: [], online: true });
    expect(activityRecord(activity(id), SITE)).toMatchObject({ rolstoel: 'niet-van-toepassing', rolstoelToegankelijk: false });
    expect(toMapActivity(activity(id))).toMatchObject({ w: 'Op afspraak' });
  });
});
