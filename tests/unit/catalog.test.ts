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
import { activityFeed, activityRecord } from '../../src/lib/export';
import { activityJsonLd } from '../../src/lib/json-ld';
import { STORED_DATES } from '../../src/lib/upcoming';
import {
  activiteit,
  activity,
  catalog,
  gebied,
  gemeente,
  holidays,
  ids,
  input,
  organisatie,
  SITE,
  TODAY,
  weeklyTuesday,
} from './small-catalog';

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
      dates: ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'].map(
        (date) => ({ date, van: '10:00', tot: '11:30' }),
      ),
      skipped: [],
    });
    expect(activity('koffie-inloop-ens').upcoming.dates).toHaveLength(STORED_DATES);
    expect(
      activity('appeltaart-bakken')
        .upcoming.dates.map((occurrence) => occurrence.date)
        .slice(0, 3),
    ).toEqual(['2026-12-02', '2026-12-16', '2027-01-06']);
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
      activiteit('vol-ens', 'Vol', {
        plaats: { status: 'vol', bevestigd: '2026-11-01' },
        reageertBinnen: { dagen: 3, bevestigd: '2026-11-01' },
      }),
      activiteit('oud-ens', 'Oud', {
        plaats: { status: 'vrij', bevestigd: '2026-09-23' },
        reageertBinnen: { dagen: 3, bevestigd: '2026-05-26' },
      }),
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
    expect(error.message).toContain(
      '- content/activiteiten/breiclub-ens.md, veld "laatstGecontroleerd": De datum 2026-11-24 ligt na vandaag',
    );
  });

  it('refuses a plaats or reageertBinnen confirmed after today', () => {
    const broken = input();
    broken.activiteiten.push(
      activiteit('breiclub-ens', 'Breiclub', {
        plaats: { status: 'vrij', bevestigd: '2026-11-30' },
        reageertBinnen: { dagen: 3, bevestigd: '2026-11-24' },
      }),
    );
    expect(errorOf(() => buildCatalog(broken)).problems.map((problem) => problem.field)).toEqual([
      'plaats.bevestigd',
      'reageertBinnen.bevestigd',
    ]);
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
      rolstoel: 'ja',
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
      volgendeData: ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'].map(
        (datum) => ({ datum, van: '10:00', tot: '11:30' }),
      ),
      opAfspraak: false,
      laatstGecontroleerd: '2026-11-02',
      actualiteit: 'recent',
    });
  });

  it('gives an online activity no address or coordinates', () => {
    const record = activityRecord(activity('online-praatgroep'), SITE);
    expect(record.locaties).toStrictEqual([{ id: 'online-noordoostpolder', naam: 'Online', soort: 'online' }]);
    expect(record.kosten).toStrictEqual({ soort: 'gratis', tekst: 'Gratis' });
    expect(record).toMatchObject({
      gratis: true,
      rolstoelToegankelijk: false,
      rolstoel: 'niet-van-toepassing',
      opAfspraak: true,
      volgendeData: [],
      actualiteit: 'controleren',
    });
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
