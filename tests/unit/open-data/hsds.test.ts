/**
 * The HSDS 3.0 export (Open Referral): every file checked against the official schemas (copies in
 * src/lib/open-data/hsds/schema/, from ../shared/hsds-3.0/) with ajv, JSON Schema draft 2020-12 with formats.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../scripts/content-files';
import { activitiesInGemeente, buildCatalog, type Catalog } from '../../../src/lib/catalog';
import {
  hsdsGemeenteFile,
  hsdsPage,
  hsdsRoot,
  hsdsServicesPage,
  hsdsServicesPageCount,
  hsdsTaxonomiesFile,
  hsdsTaxonomyTermsFile,
  SERVICES_PER_PAGE,
} from '../../../src/lib/open-data/hsds/files';
import { HSDS_NAMESPACE, hsdsId } from '../../../src/lib/open-data/hsds/ids';
import { hsdsService, HSDS_STATUS, type HsdsContext } from '../../../src/lib/open-data/hsds/service';
import type { HsdsService } from '../../../src/lib/open-data/hsds/types';
import { HsdsExportError, hsdsProblems } from '../../../src/lib/open-data/hsds/validate';
import { activity, activiteit, catalog, input, SITE, weeklyTuesday } from '../small-catalog';

const context: HsdsContext = { site: SITE, today: catalog.today, schoolHolidays: catalog.schoolHolidays };
const service = (id: string, from: Catalog = catalog) =>
  hsdsService(activity(id, from), { ...context, today: from.today, schoolHolidays: from.schoolHolidays });

/** UUID v5 per RFC 9562 section 5.5, written out with node:crypto, to check the uuid package's answer independently. */
function rfcUuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('stable UUIDs', () => {
  it('the v5 of the reference implementation: python.org in the DNS namespace', () => {
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(rfcUuidV5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('the project namespace is v5 of "https://preventiekaart.nl/hsds" in the URL namespace', () => {
    expect(HSDS_NAMESPACE).toBe(rfcUuidV5('https://preventiekaart.nl/hsds', NAMESPACE_URL));
  });

  it('an id is v5 of "<kind>:<our id>", the same in every build, and never changes', () => {
    expect(hsdsId('activiteit', 'koffie-inloop-ens')).toBe(rfcUuidV5('activiteit:koffie-inloop-ens', HSDS_NAMESPACE));
    // Pinned (worked out with Python's uuid module): if this changes, every consumer loses its links to our services.
    expect(hsdsId('activiteit', 'koffie-inloop-ens')).toBe('b8910de1-4d8a-5b0c-a56a-d7ec1eb26337');
    expect(service('koffie-inloop-ens').id).toBe(hsdsId('activiteit', 'koffie-inloop-ens'));
    expect(hsdsService(activity('koffie-inloop-ens', buildCatalog(input())), context)).toEqual(service('koffie-inloop-ens'));
    expect(hsdsId('locatie', 'ens')).not.toBe(hsdsId('activiteit', 'ens'));
  });
});

describe('one activity as an HSDS service', () => {
  it('a weekly activity in a building: schedule, cost, place with address and coordinates, wheelchair, terms', () => {
    const koffie = service('koffie-inloop-ens');
    expect(koffie).toMatchObject({
      name: 'Koffie-inloop',
      status: 'active',
      url: 'https://preventiekaart.example/activiteiten/koffie-inloop-ens/',
      assured_date: '2026-11-02',
      fees_description: '€ 1 per keer',
      organization: {
        id: hsdsId('organisatie', 'welzijn-noordoostpolder'),
        name: 'Welzijn Noordoostpolder',
        website: 'https://www.voorbeeld-welzijn.example',
      },
      phones: [{ number: '0527 630 000', type: 'voice' }],
      languages: [{ code: 'nl', name: 'Nederlands' }],
      service_areas: [{ name: 'Ens' }],
    });
    expect(koffie.schedules).toHaveLength(1);
    expect(koffie.schedules[0]).toMatchObject({
      freq: 'WEEKLY',
      byday: 'TU',
      opens_at: '10:00',
      closes_at: '11:30',
      wkst: 'MO',
      notes: expect.stringContaining('Niet op feestdagen.'),
    });
    expect(koffie.schedules[0]).not.toHaveProperty('interval');
    expect(koffie.schedules[0]).not.toHaveProperty('valid_to');
    expect(koffie.schedules[0]!.schedule_link).toBe('https://preventiekaart.example/data/agenda/koffie-inloop-ens.ics');
    expect(koffie.cost_options).toEqual([expect.objectContaining({ amount: 1, currency: 'EUR', amount_description: 'Per keer.' })]);
    const place = koffie.service_at_locations[0]!.location;
    expect(place).toMatchObject({ location_type: 'physical', name: 'Dorpshuis De Zuidwester', latitude: 52.6362, longitude: 5.8281 });
    expect(place.addresses![0]).toMatchObject({
      address_1: 'Dorpsstraat 1a',
      postal_code: '8307 AA',
      city: 'Ens',
      country: 'NL',
      address_type: 'physical',
    });
    expect(place.accessibility![0]!.description).toBe('Iemand met een rolstoel kan zonder hulp naar binnen.');
    expect(koffie.attributes.map((attribute) => `${attribute.link_type}:${attribute.taxonomy_term.code}`)).toEqual([
      'thema:ontmoeten',
      'doelgroep:iedereen',
      'klacht:eenzaamheid',
    ]);
    expect(
      koffie.attributes.every((attribute) => attribute.link_id === koffie.id && attribute.taxonomy_term_id === attribute.taxonomy_term.id),
    ).toBe(true);
  });

  it('every other week and monthly: interval with its first date, and the nth weekday of the month', () => {
    expect(service('eendagstocht-egmond').schedules[0]).toMatchObject({
      freq: 'WEEKLY',
      interval: 2,
      dtstart: '2026-11-07',
      byday: 'SA',
      valid_from: '2026-09-01',
      valid_to: '2027-06-30',
    });
    expect(service('eendagstocht-egmond').schedules[0]!.notes).toContain('Niet in de schoolvakanties.');
    expect(service('appeltaart-bakken').schedules[0]).toMatchObject({ freq: 'MONTHLY', byday: '1WE,3WE', opens_at: '14:00' });
  });

  it('free and "anders": amount 0 for free; no amount invented for a sentence', () => {
    expect(service('online-praatgroep').cost_options).toEqual([expect.objectContaining({ amount: 0, option: 'Gratis' })]);
    expect(service('appeltaart-bakken').cost_options).toEqual([]);
    expect(service('appeltaart-bakken').fees_description).toBe('U betaalt alleen de appels.');
  });

  it('by appointment and online: no schedule, a virtual place without coordinates', () => {
    const online = service('online-praatgroep');
    expect(online.schedules).toEqual([]);
    expect(online.application_process).toContain('Bel voor een afspraak.');
    expect(online.service_at_locations).toHaveLength(1);
    const place = online.service_at_locations[0]!.location;
    expect(place.location_type).toBe('virtual');
    expect(place).not.toHaveProperty('latitude');
    expect(place).not.toHaveProperty('longitude');
    expect(place).not.toHaveProperty('addresses');
    expect(hsdsProblems('service', online)).toEqual([]);
  });

  it('at home: no location at all, the service areas and the way of taking part say where', () => {
    const withHome = buildCatalog(
      input({
        locaties: [
          ...input().locaties,
          {
            id: 'aan-huis-ens',
            file: 'content/locaties/aan-huis-ens.yaml',
            data: { naam: 'Bij u thuis', soort: 'aan-huis', gebied: 'ens' },
          },
        ],
        activiteiten: [activiteit('huisbezoek-ens', 'Huisbezoek', { locaties: ['aan-huis-ens'] })],
      }),
    );
    const home = service('huisbezoek-ens', withHome);
    expect(home.service_at_locations).toEqual([]);
    expect(home.schedules[0]!.attending_type).toBe('Iemand komt bij u thuis.');
    expect(home.service_areas.map((area) => area.name)).toEqual(['Ens']);
    expect(hsdsProblems('service', home)).toEqual([]);
  });

  it('a period in the past stays valid: the schedule ends in the past, no calendar link is made up', () => {
    const past = buildCatalog(
      input({
        activiteiten: [
          activiteit('zomerwandeling', 'Zomerwandeling', {
            rooster: { ...weeklyTuesday, periode: { van: '2026-06-01', tot: '2026-08-31' } },
          }),
        ],
      }),
    );
    const summer = service('zomerwandeling', past);
    expect(summer.schedules[0]).toMatchObject({ valid_from: '2026-06-01', valid_to: '2026-08-31' });
    expect(summer.schedules[0]).not.toHaveProperty('schedule_link');
    expect(hsdsProblems('services', hsdsGemeenteFile(past, 'noordoostpolder', SITE))).toEqual([]);
  });

  it('our statuses: paused is "temporarily closed" with an alert; stopped activities are not exported', () => {
    expect(HSDS_STATUS).toEqual({ actief: 'active', gepauzeerd: 'temporarily closed', gestopt: 'defunct' });
    expect(service('bingo-marknesse')).toMatchObject({
      status: 'temporarily closed',
      alert: 'Deze activiteit is even gestopt. Later gaat hij weer door.',
    });
    const names = hsdsGemeenteFile(catalog, 'noordoostpolder', SITE).contents.map((entry) => entry.name);
    expect(names).toContain('Bingo');
    expect(names).not.toContain('Zumba');
  });
});

describe('content that would make invalid HSDS stops the build', () => {
  it('names the file and the field', () => {
    // Bypasses the content schema on purpose: the HSDS check is the last line of defence.
    const broken = buildCatalog(
      input({ activiteiten: [activiteit('kapot-ens', 'Kapot', { contact: { telefoon: '0527 630 000', email: 'geen e-mailadres' } })] }),
    );
    let error: unknown;
    try {
      hsdsGemeenteFile(broken, 'noordoostpolder', SITE);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(HsdsExportError);
    const message = (error as Error).message;
    expect(message).toContain('content/activiteiten/kapot-ens.md geeft een ongeldig HSDS-bestand');
    expect(message).toContain('veld contact.email: HSDS-veld /email must match format "email". De waarde is "geen e-mailadres".');
  });

  it('the schema check itself refuses what HSDS does not allow', () => {
    const valid = service('koffie-inloop-ens');
    expect(hsdsProblems('service', valid)).toEqual([]);
    const wrong = { ...valid, status: 'open', schedules: [{ ...valid.schedules[0]!, freq: 'DAILY' }] } as unknown as HsdsService;
    expect(hsdsProblems('service', wrong).map((problem) => problem.path)).toEqual(expect.arrayContaining(['/status', '/schedules/0/freq']));
    expect(hsdsProblems('service', { ...valid, id: 'koffie-inloop-ens' }).map((problem) => problem.path)).toContain('/id');
    expect(hsdsProblems('root', { profile: 'geen adres' }).length).toBeGreaterThan(0);
  });
});

describe('pages', () => {
  it('count as the HSDS API does', () => {
    expect(hsdsPage(['a', 'b'], 2, 5, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(hsdsPage([], 1, 0, 100)).toMatchObject({ total_pages: 1, first_page: true, last_page: true, empty: true, size: 0 });
  });
});

describe('every file of the example catalog', () => {
  const { entries } = loadContentFiles(process.cwd());
  const example = buildCatalog({
    today: '2026-11-23',
    ...entries,
    schoolHolidays: entries.schoolvakanties.flatMap((entry) => entry.data.vakanties),
  });
  const site = 'https://preventiekaart.example/';
  const listed = example.activities.filter((item) => item.listed);

  it('validates against the official HSDS 3.0 schemas', () => {
    expect(hsdsProblems('root', hsdsRoot(site))).toEqual([]);
    expect(hsdsRoot(site)).toEqual({ version: '3.0', profile: 'https://preventiekaart.example/open-data/#bestand-hsds' });
    expect(hsdsProblems('taxonomies', hsdsTaxonomiesFile(site))).toEqual([]);
    expect(hsdsProblems('taxonomy_terms', hsdsTaxonomyTermsFile(site))).toEqual([]);
    for (const gemeente of example.gemeenten)
      expect(hsdsProblems('services', hsdsGemeenteFile(example, gemeente.id, site)), gemeente.id).toEqual([]);
    for (let page = 1; page <= hsdsServicesPageCount(example); page++)
      expect(hsdsProblems('services', hsdsServicesPage(example, page, site)), `page ${page}`).toEqual([]);
  });

  it('each gemeente holds its own listed activities; the pages hold every listed activity once', () => {
    for (const gemeente of example.gemeenten) {
      const file = hsdsGemeenteFile(example, gemeente.id, site);
      expect(file.contents.map((entry) => entry.id)).toEqual(
        activitiesInGemeente(example, gemeente.id).map((item) => hsdsId('activiteit', item.id)),
      );
      expect(file).toMatchObject({ total_pages: 1, page_number: 1, total_items: file.contents.length });
    }
    const pages = Array.from({ length: hsdsServicesPageCount(example) }, (_, index) => hsdsServicesPage(example, index + 1, site));
    expect(pages.every((page) => page.size <= SERVICES_PER_PAGE && page.total_items === listed.length)).toBe(true);
    expect(pages.flatMap((page) => page.contents.map((entry) => entry.id)).sort()).toEqual(
      listed.map((item) => hsdsId('activiteit', item.id)).sort(),
    );
  });

  it('an id stands for one thing: no two different objects share one', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.id === 'string') {
        // The same organisation or place may appear under several services, always alike.
        const shape = JSON.stringify(record);
        if (seen.has(record.id) && seen.get(record.id) !== shape) clashes.push(record.id);
        seen.set(record.id, shape);
      }
      Object.values(record).forEach(visit);
    };
    for (let page = 1; page <= hsdsServicesPageCount(example); page++) visit(hsdsServicesPage(example, page, site).contents);
    expect(clashes).toEqual([]);
  });

  it('an activity by appointment has no schedule; one with a schedule says when', () => {
    const services = listed.map(
      (item) => [item, hsdsService(item, { site, today: example.today, schoolHolidays: example.schoolHolidays })] as const,
    );
    const byAppointment = services.filter(([item]) => item.data.rooster.soort === 'op-afspraak');
    expect(byAppointment.length).toBeGreaterThan(0);
    expect(byAppointment.every(([, entry]) => entry.schedules.length === 0)).toBe(true);
    const timed = services.filter(([item]) => item.data.rooster.soort !== 'op-afspraak');
    expect(timed.every(([, entry]) => entry.schedules.length === 1 && /^\d{2}:\d{2}$/.test(entry.schedules[0]!.opens_at))).toBe(true);
  });
});
