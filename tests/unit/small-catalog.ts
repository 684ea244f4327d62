/**
 * A small in-memory catalog for unit tests: 2 gemeenten, 3 gebieden, 6 activities. The data is made up.
 * Shared by the catalog and activity-facts tests.
 */
import { buildCatalog, type ActivityView, type Catalog, type CatalogInput } from '../../src/lib/catalog';
import type { Entry } from '../../src/lib/content-integrity';
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie, SchoolHoliday } from '../../src/lib/schemas';
import type { SchoolHolidayRegion } from '../../src/lib/taxonomy';

export const TODAY = '2026-11-23'; // a Monday
export const SITE = 'https://preventiekaart.example/';

export function gemeente(id: string, naam: string, schoolvakantieRegio: SchoolHolidayRegion): Entry<Gemeente> {
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

export function gebied(id: string, naam: string, gemeenteId: string): Entry<Gebied> {
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

export function organisatie(id: string, naam: string, website?: string): Entry<Organisatie> {
  return { id, file: `content/organisaties/${id}.yaml`, data: { naam, soort: 'welzijn', ...(website ? { website } : {}) } };
}

export function plek(id: string, naam: string, gebiedId: string, soort: 'gebouw' | 'buiten', rolstoel: boolean): Entry<Locatie> {
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

export const weeklyTuesday: Extract<Activiteit['rooster'], { soort: 'wekelijks' }> = {
  soort: 'wekelijks',
  dagen: ['dinsdag'],
  van: '10:00',
  tot: '11:30',
  pauzeInSchoolvakanties: false,
  pauzeOpFeestdagen: true,
};

export function activiteit(id: string, titel: string, data: Partial<Activiteit>): Entry<Activiteit> {
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

export const holidays: SchoolHoliday[] = [
  { naam: 'Kerstvakantie', regio: 'heel-nederland', van: '2026-12-19', tot: '2027-01-03' },
  { naam: 'Voorjaarsvakantie', regio: 'noord', van: '2027-02-13', tot: '2027-02-21' },
  { naam: 'Voorjaarsvakantie', regio: 'zuid', van: '2027-02-06', tot: '2027-02-14' },
];

export function input(overrides: Partial<CatalogInput> = {}): CatalogInput {
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
        rooster: {
          soort: 'maandelijks',
          weken: [1, 3],
          dagen: ['woensdag'],
          van: '14:00',
          tot: '16:00',
          pauzeInSchoolvakanties: false,
          pauzeOpFeestdagen: true,
        },
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

export const catalog = buildCatalog(input());

export function activity(id: string, from: Catalog = catalog): ActivityView {
  const found = from.activities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No activity ${id} in the test catalog`);
  return found;
}

export const ids = (activities: readonly ActivityView[]) => activities.map((view) => view.id);
