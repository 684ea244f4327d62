import { describe, expect, it } from 'vitest';
import {
  activitiesForComplaint,
  activitiesInGebied,
  activitiesInGemeente,
  activitiesWithTheme,
  buildCatalog,
  ContentError,
  freshness,
  groupBy,
  type ActivityView,
  type Catalog,
  type CatalogInput,
} from '../../src/lib/catalog';
import type { Entry } from '../../src/lib/content-integrity';
import { activityFeed, activityRecord } from '../../src/lib/export';
import { activityJsonLd } from '../../src/lib/json-ld';
import { STORED_DATES } from '../../src/lib/upcoming';
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie, SchoolHoliday } from '../../src/lib/schemas';
import type { SchoolHolidayRegion } from '../../src/lib/taxonomy';

// A small in-memory catalog: 2 gemeenten, 3 gebieden, 6 activities. The data is made up.

const TODAY = '2026-11-23'; // a Monday
const SITE = 'https://preventiekaart.example/';

function gemeente(id: string, naam: string, schoolvakantieRegio: SchoolHolidayRegion): Entry<Gemeente> {
  return {
    id,
    file: `content/gemeenten/${id}.yaml`,
    data: {
      naam,
      website: `https://www.${id}.example`,
      schoolvakantieRegio,
      omschrijving: `De gemeente ${naam}.`,
      loket: {
        naam: `Sociaal team ${naam}`,
        telefoon: '14 0527',
        email: `loket@${id}.example`,
        adres: { straat: 'Harmonieweg', huisnummer: '2', postcode: '8302 BL', plaats: naam },
        openingstijden: 'Elke werkdag van 9.00 tot 17.00 uur.',
      },
    },
  };
}

function gebied(id: string, naam: string, gemeenteId: string): Entry<Gebied> {
  return {
    id,
    file: `content/gebieden/${id}.yaml`,
    data: {
      naam,
      gemeente: gemeenteId,
      soort: 'dorp',
      centrum: { lat: 52.6369, lon: 5.8296 },
      omschrijving: `Het dorp ${naam}.`,
      speerpunten: { jaar: 2026, punten: ['Elkaar kennen.'] },
      welzijnscoach: {
        naam: 'Sanne de Vries',
        organisatie: 'Welzijn',
        telefoon: '0527 123 456',
        email: 'sanne@voorbeeld.example',
        spreekuur: 'Dinsdag van 9.00 tot 11.00 uur.',
        verwijzen: 'Bel de coach.',
      },
    },
  };
}

function organisatie(id: string, naam: string, website?: string): Entry<Organisatie> {
  return { id, file: `content/organisaties/${id}.yaml`, data: { naam, soort: 'welzijn', ...(website ? { website } : {}) } };
}

function plek(id: string, naam: string, gebiedId: string, soort: 'gebouw' | 'buiten', rolstoel: boolean): Entry<Locatie> {
  return {
    id,
    file: `content/locaties/${id}.yaml`,
    data: {
      naam,
      soort,
      adres: { straat: 'Dorpsstraat', huisnummer: '1a', postcode: '8307 AA', plaats: 'Ens' },
      gebied: gebiedId,
      coordinaten: { lat: 52.6362, lon: 5.8281 },
      toegankelijkheid: { rolstoel, aangepastToilet: rolstoel, ringleiding: false, parkeren: true },
    },
  };
}

const weeklyTuesday: Activiteit['rooster'] = {
  soort: 'wekelijks',
  dagen: ['dinsdag'],
  van: '10:00',
  tot: '11:30',
  pauzeInSchoolvakanties: false,
  pauzeOpFeestdagen: true,
};

function activiteit(id: string, titel: string, data: Partial<Activiteit>): Entry<Activiteit> {
  return {
    id,
    file: `content/activiteiten/${id}.md`,
    body: 'Kom gerust langs.\n',
    data: {
      titel,
      samenvatting: `Samenvatting van ${titel}.`,
      organisatie: 'welzijn-noordoostpolder',
      locaties: ['dorpshuis-ens'],
      gebieden: ['ens'],
      themas: ['ontmoeten'],
      doelgroepen: ['iedereen'],
      bouwsteen: 'verbondenheid',
      dimensies: ['meedoen'],
      rooster: weeklyTuesday,
      kosten: { soort: 'gratis' },
      aanmelden: { nodig: false },
      zonderIndicatie: true,
      talen: ['nl'],
      contact: { telefoon: '0527 630 000' },
      laatstGecontroleerd: '2026-11-02',
      status: 'actief',
      ...data,
    },
  };
}

const holidays: SchoolHoliday[] = [
  { naam: 'Kerstvakantie', regio: 'heel-nederland', van: '2026-12-19', tot: '2027-01-03' },
  { naam: 'Voorjaarsvakantie', regio: 'noord', van: '2027-02-13', tot: '2027-02-21' },
  { naam: 'Voorjaarsvakantie', regio: 'zuid', van: '2027-02-06', tot: '2027-02-14' },
];

function input(overrides: Partial<CatalogInput> = {}): CatalogInput {
  return {
    today: TODAY,
    schoolHolidays: holidays,
    // Bergen is put in region zuid here, so that the two gemeenten differ.
    gemeenten: [gemeente('noordoostpolder', 'Noordoostpolder', 'noord'), gemeente('bergen', 'Bergen', 'zuid')],
    gebieden: [
      gebied('marknesse', 'Marknesse', 'noordoostpolder'),
      gebied('ens', 'Ens', 'noordoostpolder'),
      gebied('egmond-aan-zee', 'Egmond aan Zee', 'bergen'),
    ],
    organisaties: [
      organisatie('welzijn-noordoostpolder', 'Welzijn Noordoostpolder', 'https://www.voorbeeld-welzijn.example'),
      organisatie('dorpsbelang-ens', 'Dorpsbelang Ens'),
    ],
    locaties: [
      plek('dorpshuis-ens', 'Dorpshuis De Zuidwester', 'ens', 'gebouw', true),
      plek('kerk-marknesse', 'Kerkzaal Marknesse', 'marknesse', 'gebouw', false),
      plek('strand-egmond', 'Strandopgang Egmond', 'egmond-aan-zee', 'buiten', false),
      { id: 'online-noordoostpolder', file: 'content/locaties/online-noordoostpolder.yaml', data: { naam: 'Online', soort: 'online' } },
    ],
    activiteiten: [
      activiteit('koffie-inloop-ens', 'Koffie-inloop', {
        kosten: { soort: 'bedrag', bedrag: 1, per: 'keer' },
        welzijnOpRecept: { klachten: ['eenzaamheid'], tip: 'Gastvrouw Gerda vangt nieuwe mensen op.' },
      }),
      activiteit('appeltaart-bakken', 'appeltaart bakken', {
        organisatie: 'dorpsbelang-ens',
        locaties: ['kerk-marknesse'],
        gebieden: ['marknesse', 'ens'],
        themas: ['samen-eten', 'creatief'],
        rooster: { soort: 'maandelijks', weken: [1, 3], dagen: ['woensdag'], van: '14:00', tot: '16:00', pauzeInSchoolvakanties: false, pauzeOpFeestdagen: true },
        kosten: { soort: 'anders', toelichting: 'U betaalt alleen de appels.' },
        aanmelden: { nodig: true, hoe: 'Bel Dorpsbelang Ens.' },
      }),
      activiteit('eendagstocht-egmond', 'Ééndagstocht', {
        locaties: ['strand-egmond'],
        gebieden: ['egmond-aan-zee'],
        themas: ['bewegen', 'ontmoeten'],
        rooster: {
          soort: 'tweewekelijks',
          eersteKeer: '2026-11-07',
          dagen: ['zaterdag'],
          van: '09:30',
          tot: '12:00',
          periode: { van: '2026-09-01', tot: '2027-06-30' },
          pauzeInSchoolvakanties: true,
          pauzeOpFeestdagen: true,
        },
        kosten: { soort: 'bedrag', bedrag: 2.5, per: 'keer' },
        welzijnOpRecept: { klachten: ['weinig-bewegen', 'eenzaamheid'], tip: 'Rustig tempo.' },
        laatstGecontroleerd: '2026-05-24',
      }),
      activiteit('online-praatgroep', 'Online praatgroep', {
        locaties: ['online-noordoostpolder'],
        gebieden: ['ens', 'marknesse'],
        themas: ['steun'],
        rooster: { soort: 'op-afspraak', opmerking: 'Bel voor een afspraak.' },
        welzijnOpRecept: { klachten: ['somberheid'], tip: 'Anoniem meedoen kan.' },
        laatstGecontroleerd: '2026-05-23',
      }),
      activiteit('zumba-ens', 'Zumba', { themas: ['bewegen'], status: 'gestopt', laatstGecontroleerd: '2025-11-23' }),
      activiteit('bingo-marknesse', 'Bingo', {
        locaties: ['kerk-marknesse'],
        gebieden: ['marknesse'],
        status: 'gepauzeerd',
        laatstGecontroleerd: '2025-11-22',
      }),
    ],
    ...overrides,
  };
}

const catalog = buildCatalog(input());

function activity(id: string, from: Catalog = catalog): ActivityView {
  const found = from.activities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No activity ${id} in the test catalog`);
  return found;
}

const ids = (activities: readonly ActivityView[]) => activities.map((view) => view.id);

describe('buildCatalog', () => {
  it('sorts gemeenten and gebieden by name and gives them URLs', () => {
    expect(catalog.gemeenten.map((view) => [view.id, view.naam, view.url])).toEqual([
      ['bergen', 'Bergen', '/gemeenten/bergen/'],
      ['noordoostpolder', 'Noordoostpolder', '/gemeenten/noordoostpolder/'],
    ]);
    expect(catalog.gebieden.map((view) => [view.id, view.url, view.gemeenteNaam])).toEqual([
      ['egmond-aan-zee', '/gebieden/egmond-aan-zee/', 'Bergen'],
      ['ens', '/gebieden/ens/', 'Noordoostpolder'],
      ['marknesse', '/gebieden/marknesse/', 'Noordoostpolder'],
    ]);
  });

  it('puts each gebied in its gemeente, sorted by name', () => {
    const noordoostpolder = catalog.gemeenten.find((view) => view.id === 'noordoostpolder')!;
    expect(noordoostpolder.gebieden.map((view) => view.naam)).toEqual(['Ens', 'Marknesse']);
    expect(catalog.gemeenten.find((view) => view.id === 'bergen')!.gebieden.map((view) => view.id)).toEqual(['egmond-aan-zee']);
  });

  it('sorts activities by title the Dutch way: no difference for capitals and accents', () => {
    expect(catalog.activities.map((view) => view.data.titel)).toEqual([
      'appeltaart bakken',
      'Bingo',
      'Ééndagstocht',
      'Koffie-inloop',
      'Online praatgroep',
      'Zumba',
    ]);
  });

  it('joins an activity with its organisatie, locaties, gebieden and gemeente', () => {
    const view = activity('appeltaart-bakken');
    expect(view.url).toBe('/activiteiten/appeltaart-bakken/');
    expect(view.file).toBe('content/activiteiten/appeltaart-bakken.md');
    expect(view.organisatie).toEqual({ id: 'dorpsbelang-ens', naam: 'Dorpsbelang Ens', soort: 'welzijn' });
    expect(view.locaties.map((locatie) => [locatie.id, locatie.naam])).toEqual([['kerk-marknesse', 'Kerkzaal Marknesse']]);
    // In the order of the file, not sorted: the first gebied decides the gemeente and the breadcrumb.
    expect(view.gebieden.map((view) => view.id)).toEqual(['marknesse', 'ens']);
    expect(view.gemeente.id).toBe('noordoostpolder');
    expect(activity('eendagstocht-egmond').gemeente.naam).toBe('Bergen');
  });

  it('keeps STORED_DATES next dates from today, so pages stay right for weeks without a rebuild', () => {
    expect(activity('koffie-inloop-ens').upcoming).toEqual({
      dates: ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'].map((date) => ({ date, van: '10:00', tot: '11:30' })),
      skipped: [],
    });
    expect(activity('koffie-inloop-ens').upcoming.dates).toHaveLength(STORED_DATES);
    expect(activity('appeltaart-bakken').upcoming.dates.map((occurrence) => occurrence.date).slice(0, 3)).toEqual(['2026-12-02', '2026-12-16', '2027-01-06']);
    expect(activity('online-praatgroep').upcoming).toEqual({ dates: [], skipped: [] });
  });

  it('uses the school holidays of the gemeente region', () => {
    const paused = { ...weeklyTuesday, pauzeInSchoolvakanties: true };
    const february = buildCatalog(
      input({
        today: '2027-02-01',
        activiteiten: [
          activiteit('koffie-ens', 'Koffie Ens', { rooster: paused }),
          activiteit('koffie-egmond', 'Koffie Egmond', { rooster: paused, locaties: ['strand-egmond'], gebieden: ['egmond-aan-zee'] }),
        ],
      }),
    );
    expect(activity('koffie-ens', february).upcoming.skipped).toEqual([{ date: '2027-02-16', reden: 'Voorjaarsvakantie' }]);
    expect(activity('koffie-egmond', february).upcoming.skipped).toEqual([{ date: '2027-02-09', reden: 'Voorjaarsvakantie' }]);
  });

  it('keeps a gestopt activity out of the lists, and gives a gepauzeerd one no dates', () => {
    expect(activity('zumba-ens').listed).toBe(false);
    expect(activity('zumba-ens').upcoming).toEqual({ dates: [], skipped: [] });
    expect(activity('bingo-marknesse').listed).toBe(true);
    expect(activity('bingo-marknesse').upcoming).toEqual({ dates: [], skipped: [] });
    expect(activity('koffie-inloop-ens').listed).toBe(true);
  });

  it('keeps a current plaats and reageertBinnen, drops expired ones and those of a paused group', () => {
    const withClaims = input();
    withClaims.activiteiten.push(
      activiteit('vol-ens', 'Vol', { plaats: { status: 'vol', bevestigd: '2026-11-01' }, reageertBinnen: { dagen: 3, bevestigd: '2026-11-01' } }),
      activiteit('oud-ens', 'Oud', { plaats: { status: 'vrij', bevestigd: '2026-09-23' }, reageertBinnen: { dagen: 3, bevestigd: '2026-05-26' } }),
      activiteit('pauze-ens', 'Pauze', { status: 'gepauzeerd', plaats: { status: 'vrij', bevestigd: '2026-11-20' } }),
    );
    const built = buildCatalog(withClaims);
    const find = (id: string) => built.activities.find((item) => item.id === id)!;
    expect(find('vol-ens').plaats).toEqual({ status: 'vol', bevestigd: '2026-11-01', geldigTot: '2026-12-31' });
    expect(find('vol-ens').reageertBinnen?.geldigTot).toBe('2027-04-30');
    expect(find('oud-ens').plaats).toBeUndefined();
    expect(find('oud-ens').reageertBinnen).toBeUndefined();
    expect(find('pauze-ens').plaats).toBeUndefined();
  });

  it('keeps today and the school holidays', () => {
    expect(catalog.today).toBe(TODAY);
    expect(catalog.schoolHolidays).toBe(holidays);
  });
});

describe('buildCatalog refuses broken content', () => {
  function errorOf(build: () => unknown): ContentError {
    try {
      build();
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error('buildCatalog did not throw');
  }

  it('lists every problem: a dangling reference and a check date after today', () => {
    const broken = input();
    broken.activiteiten.push(
      activiteit('taalcafe-ens', 'Taalcafé', { organisatie: 'welzijn-noordoostpoldr' }),
      activiteit('breiclub-ens', 'Breiclub', { laatstGecontroleerd: '2026-11-24' }),
    );
    const error = errorOf(() => buildCatalog(broken));
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([
      {
        file: 'content/activiteiten/taalcafe-ens.md',
        field: 'organisatie',
        message:
          '"welzijn-noordoostpoldr" bestaat niet in content/organisaties/. Bedoelt u "welzijn-noordoostpolder"? Schrijf de naam van een bestand in content/organisaties/ (zonder .yaml of .md), of maak dat bestand eerst aan.',
      },
      {
        file: 'content/activiteiten/breiclub-ens.md',
        field: 'laatstGecontroleerd',
        message: 'De datum 2026-11-24 ligt na vandaag (2026-11-23). Vul de dag in waarop iemand echt heeft gecontroleerd.',
      },
    ]);
    expect(error.message).toMatch(/^De inhoud heeft 2 fouten\. /);
    expect(error.message).toContain('- content/activiteiten/breiclub-ens.md, veld "laatstGecontroleerd": De datum 2026-11-24 ligt na vandaag');
  });

  it('refuses a plaats or reageertBinnen confirmed after today', () => {
    const broken = input();
    broken.activiteiten.push(
      activiteit('breiclub-ens', 'Breiclub', { plaats: { status: 'vrij', bevestigd: '2026-11-30' }, reageertBinnen: { dagen: 3, bevestigd: '2026-11-24' } }),
    );
    expect(errorOf(() => buildCatalog(broken)).problems.map((problem) => problem.field)).toEqual(['plaats.bevestigd', 'reageertBinnen.bevestigd']);
  });

  it('reports a gebied with an unknown gemeente', () => {
    const broken = input();
    broken.gebieden.push(gebied('schoorl', 'Schoorl', 'bergn'));
    expect(errorOf(() => buildCatalog(broken)).problems).toEqual([
      {
        file: 'content/gebieden/schoorl.yaml',
        field: 'gemeente',
        message:
          '"bergn" bestaat niet in content/gemeenten/. Bedoelt u "bergen"? Schrijf de naam van een bestand in content/gemeenten/ (zonder .yaml of .md), of maak dat bestand eerst aan.',
      },
    ]);
  });

  it('accepts a check date of today', () => {
    const fresh = input({ activiteiten: [activiteit('breiclub-ens', 'Breiclub', { laatstGecontroleerd: TODAY })] });
    expect(activity('breiclub-ens', buildCatalog(fresh)).freshness).toBe('recent');
  });
});

describe('freshness', () => {
  it('is recent up to 183 days, to be checked up to 365 days, stale after that', () => {
    expect(freshness('2026-11-23', TODAY)).toBe('recent');
    expect(freshness('2026-05-24', TODAY)).toBe('recent'); // 183 days
    expect(freshness('2026-05-23', TODAY)).toBe('controleren'); // 184 days
    expect(freshness('2025-11-23', TODAY)).toBe('controleren'); // 365 days
    expect(freshness('2025-11-22', TODAY)).toBe('verouderd'); // 366 days
  });

  it('is set on each activity', () => {
    expect(activity('eendagstocht-egmond').freshness).toBe('recent');
    expect(activity('online-praatgroep').freshness).toBe('controleren');
    expect(activity('zumba-ens').freshness).toBe('controleren');
    expect(activity('bingo-marknesse').freshness).toBe('verouderd');
  });
});

describe('selections', () => {
  it('finds the listed activities in a gebied, by every gebied they list', () => {
    expect(ids(activitiesInGebied(catalog, 'ens'))).toEqual(['appeltaart-bakken', 'koffie-inloop-ens', 'online-praatgroep']);
    expect(ids(activitiesInGebied(catalog, 'marknesse'))).toEqual(['appeltaart-bakken', 'bingo-marknesse', 'online-praatgroep']);
    expect(ids(activitiesInGebied(catalog, 'egmond-aan-zee'))).toEqual(['eendagstocht-egmond']);
    expect(activitiesInGebied(catalog, 'schoorl')).toEqual([]);
  });

  it('finds the listed activities in a gemeente', () => {
    expect(ids(activitiesInGemeente(catalog, 'noordoostpolder'))).toEqual([
      'appeltaart-bakken',
      'bingo-marknesse',
      'koffie-inloop-ens',
      'online-praatgroep',
    ]);
    expect(ids(activitiesInGemeente(catalog, 'bergen'))).toEqual(['eendagstocht-egmond']);
  });

  it('filters by theme and by complaint', () => {
    expect(ids(activitiesWithTheme(catalog.activities, 'bewegen'))).toEqual(['eendagstocht-egmond', 'zumba-ens']);
    expect(ids(activitiesWithTheme(activitiesInGebied(catalog, 'ens'), 'ontmoeten'))).toEqual(['koffie-inloop-ens']);
    expect(ids(activitiesForComplaint(catalog.activities, 'eenzaamheid'))).toEqual(['eendagstocht-egmond', 'koffie-inloop-ens']);
    expect(ids(activitiesForComplaint(catalog.activities, 'somberheid'))).toEqual(['online-praatgroep']);
    expect(activitiesForComplaint(catalog.activities, 'geldzorgen')).toEqual([]);
  });
});

describe('groupBy', () => {
  const items = [
    { naam: 'a', themas: ['bewegen'] },
    { naam: 'b', themas: ['ontmoeten', 'bewegen'] },
    { naam: 'c', themas: ['creatief'] },
  ];

  it('keeps the order of the keys, puts an item in each of its groups and drops empty groups', () => {
    expect(groupBy(items, ['ontmoeten', 'taal', 'bewegen', 'creatief'], (item) => item.themas)).toEqual([
      { key: 'ontmoeten', items: [items[1]] },
      { key: 'bewegen', items: [items[0], items[1]] },
      { key: 'creatief', items: [items[2]] },
    ]);
  });

  it('gives nothing for no items', () => {
    expect(groupBy([], ['ontmoeten'], () => ['ontmoeten'])).toEqual([]);
  });
});

describe('activityRecord and activityFeed', () => {
  it('describes a physical activity with an amount', () => {
    expect(activityRecord(activity('koffie-inloop-ens'), SITE)).toStrictEqual({
      id: 'koffie-inloop-ens',
      titel: 'Koffie-inloop',
      samenvatting: 'Samenvatting van Koffie-inloop.',
      url: 'https://preventiekaart.example/activiteiten/koffie-inloop-ens/',
      status: 'actief',
      gemeente: { id: 'noordoostpolder', naam: 'Noordoostpolder' },
      gebieden: [{ id: 'ens', naam: 'Ens' }],
      themas: ['ontmoeten'],
      doelgroepen: ['iedereen'],
      klachten: ['eenzaamheid'],
      welzijnOpRecept: true,
      kosten: { soort: 'bedrag', bedrag: 1, per: 'keer', tekst: '€ 1 per keer' },
      gratis: false,
      aanmeldenNodig: false,
      rolstoelToegankelijk: true,
      locaties: [
        {
          id: 'dorpshuis-ens',
          naam: 'Dorpshuis De Zuidwester',
          soort: 'gebouw',
          adres: 'Dorpsstraat 1a, 8307 AA Ens',
          lat: 52.6362,
          lon: 5.8281,
        },
      ],
      volgendeData: ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'].map((datum) => ({ datum, van: '10:00', tot: '11:30' })),
      opAfspraak: false,
      laatstGecontroleerd: '2026-11-02',
      actualiteit: 'recent',
    });
  });

  it('gives an online activity no address or coordinates', () => {
    const record = activityRecord(activity('online-praatgroep'), SITE);
    expect(record.locaties).toStrictEqual([{ id: 'online-noordoostpolder', naam: 'Online', soort: 'online' }]);
    expect(record.kosten).toStrictEqual({ soort: 'gratis', tekst: 'Gratis' });
    expect(record).toMatchObject({ gratis: true, rolstoelToegankelijk: false, opAfspraak: true, volgendeData: [], actualiteit: 'controleren' });
    expect(record.gebieden).toEqual([
      { id: 'ens', naam: 'Ens' },
      { id: 'marknesse', naam: 'Marknesse' },
    ]);
  });

  it('writes the kosten text for "anders" and marks aanmelden', () => {
    const record = activityRecord(activity('appeltaart-bakken'), SITE);
    expect(record.kosten).toStrictEqual({ soort: 'anders', tekst: 'U betaalt alleen de appels.' });
    expect(record).toMatchObject({ aanmeldenNodig: true, welzijnOpRecept: false, klachten: [], rolstoelToegankelijk: false });
  });

  it('wraps every activity of the catalog in a versioned feed, gestopt ones with their status', () => {
    const feed = activityFeed(catalog, SITE);
    expect(feed.versie).toBe(1);
    expect(feed.gemaaktOp).toBe(TODAY);
    expect(feed.aantal).toBe(6);
    expect(feed.activiteiten.map((record) => [record.id, record.status])).toEqual([
      ['appeltaart-bakken', 'actief'],
      ['bingo-marknesse', 'gepauzeerd'],
      ['eendagstocht-egmond', 'actief'],
      ['koffie-inloop-ens', 'actief'],
      ['online-praatgroep', 'actief'],
      ['zumba-ens', 'gestopt'],
    ]);
  });
});

describe('activityJsonLd', () => {
  const pageUrl = `${SITE}activiteiten/koffie-inloop-ens/`;

  it('describes a weekly activity as an Event with a Place, an Offer and a weekly Schedule', () => {
    expect(activityJsonLd(activity('koffie-inloop-ens'), pageUrl)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Koffie-inloop',
      description: 'Samenvatting van Koffie-inloop.',
      url: pageUrl,
      inLanguage: ['nl'],
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Dorpshuis De Zuidwester',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Dorpsstraat 1a',
          postalCode: '8307 AA',
          addressLocality: 'Ens',
          addressCountry: 'NL',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 52.6362, longitude: 5.8281 },
      },
      organizer: { '@type': 'Organization', name: 'Welzijn Noordoostpolder', url: 'https://www.voorbeeld-welzijn.example' },
      isAccessibleForFree: false,
      offers: { '@type': 'Offer', price: '1.00', priceCurrency: 'EUR' },
      eventSchedule: {
        '@type': 'Schedule',
        byDay: ['https://schema.org/Tuesday'],
        startTime: '10:00',
        endTime: '11:30',
        repeatFrequency: 'P1W',
        scheduleTimezone: 'Europe/Amsterdam',
      },
      startDate: '2026-11-24T10:00',
    });
  });

  it('gives a tweewekelijks activity a two-week Schedule with its period, and the price with cents', () => {
    const jsonLd = activityJsonLd(activity('eendagstocht-egmond'), pageUrl);
    expect(jsonLd.eventSchedule).toStrictEqual({
      '@type': 'Schedule',
      byDay: ['https://schema.org/Saturday'],
      startTime: '09:30',
      endTime: '12:00',
      repeatFrequency: 'P2W',
      scheduleTimezone: 'Europe/Amsterdam',
      startDate: '2026-09-01',
      endDate: '2027-06-30',
    });
    expect(jsonLd.offers).toStrictEqual({ '@type': 'Offer', price: '2.50', priceCurrency: 'EUR' });
    expect(jsonLd.startDate).toBe('2026-12-05T09:30');
  });

  it('gives a monthly activity a monthly Schedule and an organizer without url', () => {
    const jsonLd = activityJsonLd(activity('appeltaart-bakken'), pageUrl);
    expect(jsonLd.eventSchedule).toMatchObject({ byDay: ['https://schema.org/Wednesday'], repeatFrequency: 'P1M' });
    expect(jsonLd.organizer).toStrictEqual({ '@type': 'Organization', name: 'Dorpsbelang Ens' });
    expect(jsonLd.isAccessibleForFree).toBe(false);
    expect(jsonLd).not.toHaveProperty('offers');
  });

  it('gives an online activity by appointment a VirtualLocation and no schedule or start date', () => {
    const jsonLd = activityJsonLd(activity('online-praatgroep'), pageUrl);
    expect(jsonLd.location).toStrictEqual({ '@type': 'VirtualLocation', name: 'Online' });
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(jsonLd.isAccessibleForFree).toBe(true);
    expect(jsonLd).not.toHaveProperty('eventSchedule');
    expect(jsonLd).not.toHaveProperty('startDate');
    expect(jsonLd).not.toHaveProperty('offers');
  });

  it('lists several locations as an array, and byDay for several days', () => {
    const two = buildCatalog(
      input({
        activiteiten: [
          activiteit('beweegles', 'Beweegles', {
            locaties: ['dorpshuis-ens', 'online-noordoostpolder'],
            rooster: { ...weeklyTuesday, dagen: ['maandag', 'donderdag'] },
          }),
        ],
      }),
    );
    const jsonLd = activityJsonLd(activity('beweegles', two), pageUrl);
    expect((jsonLd.location as { '@type': string }[]).map((location) => location['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(jsonLd.eventSchedule).toMatchObject({ byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'] });
  });

  it('marks a gepauzeerd activity as postponed', () => {
    expect(activityJsonLd(activity('bingo-marknesse'), pageUrl).eventStatus).toBe('https://schema.org/EventPostponed');
  });

  it('marks a gestopt activity as cancelled, not postponed', () => {
    expect(activityJsonLd(activity('zumba-ens'), pageUrl).eventStatus).toBe('https://schema.org/EventCancelled');
  });
});
