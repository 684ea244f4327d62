/**
 * One activity as a fully nested HSDS 3.0 service (what `/services/{id}` returns): its organization, places
 * (service_at_locations with their location), schedule, cost, languages, phones, contacts, the gebieden it is
 * for (service_areas) and its themes, target groups and klachten (attributes). Picked from the activity facts.
 *
 * Nothing is invented: a field we do not know is left out. By appointment: no schedule. Online: a virtual
 * location without coordinates. At home: no location at all (HSDS has no kind of place for "at your home"),
 * the schedule's attending_type and the service areas say it. A period in the past stays as it is
 * (valid_to in the past), so a consumer sees the schedule has ended.
 */
import type { ActivityView } from '../../catalog';
import type { PlainDate } from '../../dates';
import { activityFacts, isAddressPlace, type ActivityFacts, type PlaceFact } from '../../facts/activity-facts';
import { REMOTE_WORDS } from '../../format';
import type { SchoolHoliday } from '../../schemas';
import { activityStatuses, languages, organisationKinds, type ActivityStatusId } from '../../taxonomy';
import { activityCalendarUrl, byDay, recurringEvent } from '../ical';
import { hsdsId } from './ids';
import { serviceAttributes } from './taxonomies';
import type { HsdsCostOption, HsdsLocation, HsdsSchedule, HsdsService, HsdsServiceAtLocation, HsdsStatus } from './types';

export interface HsdsContext {
  /** The site's address, such as "https://preventiekaart.nl/". */
  site: string;
  /** The build's today and the school holidays: whether an activity has a calendar file to link to. */
  today: PlainDate;
  schoolHolidays: readonly SchoolHoliday[];
}

/** Our status in HSDS words. Paused is "temporarily closed"; stopped is "defunct" (it will not come back). */
export const HSDS_STATUS: Readonly<Record<ActivityStatusId, HsdsStatus>> = {
  actief: 'active',
  gepauzeerd: 'temporarily closed',
  gestopt: 'defunct',
};

/**
 * HSDS wants a state or province in every address, and our content has none; a province is not something we
 * may guess from a postcode. An empty string is valid HSDS and says "not given".
 */
const NO_PROVINCE = '';

/** Written into every schedule: HSDS reads times without an offset as UTC, and ours follow Dutch summer time. */
const LOCAL_TIME_NOTE = 'De tijden zijn Nederlandse tijd.';

const ATTENDING_WORDS: Record<PlaceFact['soort'], string> = {
  gebouw: 'U komt naar de plek van de activiteit.',
  buiten: 'U komt naar de plek van de activiteit.',
  online: REMOTE_WORDS.online.page,
  'aan-huis': REMOTE_WORDS['aan-huis'].page,
};

/** How someone takes part: "U komt naar de plek van de activiteit. U doet mee via internet." */
function attendingType(facts: ActivityFacts): string {
  return [...new Set(facts.plekken.map((place) => ATTENDING_WORDS[place.soort]))].join(' ');
}

const sentences = (...parts: (string | undefined)[]) => parts.filter((part): part is string => part !== undefined && part !== '').join(' ');

function location(place: PlaceFact): HsdsLocation | undefined {
  const locationId = hsdsId('locatie', place.id);
  if (isAddressPlace(place)) {
    return {
      id: locationId,
      location_type: 'physical',
      name: place.naam,
      latitude: place.lat,
      longitude: place.lon,
      addresses: [
        {
          id: hsdsId('adres', place.id),
          location_id: locationId,
          address_1: `${place.adres.straat} ${place.adres.huisnummer}`,
          city: place.adres.plaats,
          state_province: NO_PROVINCE,
          postal_code: place.adres.postcode,
          country: 'NL',
          address_type: 'physical',
        },
      ],
      accessibility: [
        {
          id: hsdsId('toegankelijkheid', place.id),
          location_id: locationId,
          description: place.rolstoel
            ? 'Iemand met een rolstoel kan zonder hulp naar binnen.'
            : 'Iemand met een rolstoel kan niet zonder hulp naar binnen.',
        },
      ],
    };
  }
  if (place.soort === 'online') return { id: locationId, location_type: 'virtual', name: place.naam, description: place.regel };
  return undefined;
}

function schedules(activity: ActivityView, facts: ActivityFacts, serviceId: string, context: HsdsContext): HsdsSchedule[] {
  const { rooster } = facts;
  if (rooster.soort === 'op-afspraak') return [];
  // Link the calendar file only when the build writes one (same rule as src/pages/data/agenda/[id].ics.ts).
  const calendar = recurringEvent(activity, { today: context.today, schoolHolidays: context.schoolHolidays, site: context.site });
  return [
    {
      id: hsdsId('rooster', facts.id),
      service_id: serviceId,
      freq: rooster.soort === 'maandelijks' ? 'MONTHLY' : 'WEEKLY',
      ...(rooster.soort === 'tweewekelijks' ? { interval: 2, dtstart: rooster.eersteKeer } : {}),
      wkst: 'MO',
      byday: byDay(rooster),
      ...(facts.period ? { valid_from: facts.period.van, valid_to: facts.period.tot } : {}),
      opens_at: rooster.van,
      closes_at: rooster.tot,
      description: facts.roosterZin,
      // The pauses (school holidays, public holidays) have no field in HSDS: they are said here, and each
      // skipped date is an EXDATE in the calendar file of schedule_link.
      notes: sentences(...facts.pauzes, facts.roosterOpmerking, LOCAL_TIME_NOTE),
      attending_type: attendingType(facts),
      ...(calendar ? { schedule_link: new URL(activityCalendarUrl(facts.id), context.site).href } : {}),
    },
  ];
}

function costOptions(facts: ActivityFacts, serviceId: string): HsdsCostOption[] {
  const { kosten } = facts;
  const base = { id: hsdsId('kosten', facts.id), service_id: serviceId, currency: 'EUR' as const };
  switch (kosten.soort) {
    case 'gratis':
      return [{ ...base, option: facts.kostenTekst, amount: 0, ...(kosten.toelichting ? { amount_description: kosten.toelichting } : {}) }];
    case 'bedrag':
      return [
        {
          ...base,
          option: facts.kostenTekst,
          amount: kosten.bedrag,
          amount_description: sentences(`Per ${kosten.per}.`, kosten.toelichting),
        },
      ];
    case 'anders':
      // No amount to give: fees_description holds the editor's sentence.
      return [];
  }
}

/** One activity as a fully nested HSDS service. */
export function hsdsService(activity: ActivityView, context: HsdsContext): HsdsService {
  const facts = activityFacts(activity);
  const serviceId = hsdsId('activiteit', facts.id);
  const organizationId = hsdsId('organisatie', facts.organisatie.id);
  const { contact } = facts;
  const serviceAtLocations = facts.plekken.flatMap((place): HsdsServiceAtLocation[] => {
    const placeLocation = location(place);
    return placeLocation
      ? [
          {
            id: hsdsId('activiteit-op-locatie', facts.id, place.id),
            service_id: serviceId,
            location_id: placeLocation.id,
            location: placeLocation,
          },
        ]
      : [];
  });
  return {
    id: serviceId,
    organization_id: organizationId,
    name: facts.titel,
    description: facts.samenvatting,
    url: new URL(facts.url, context.site).href,
    ...(contact.email ? { email: contact.email } : {}),
    status: HSDS_STATUS[facts.status],
    ...(facts.status === 'gepauzeerd' ? { alert: activityStatuses.get('gepauzeerd').uitleg } : {}),
    application_process: facts.opAfspraak
      ? sentences(facts.aanmeldenZin, facts.aanmeldenHoe, facts.roosterZin, facts.roosterOpmerking, attendingType(facts))
      : sentences(facts.aanmeldenZin, facts.aanmeldenHoe),
    fees_description: facts.kostenTekst,
    ...(facts.leeftijd?.van !== undefined ? { minimum_age: facts.leeftijd.van } : {}),
    ...(facts.leeftijd?.tot !== undefined ? { maximum_age: facts.leeftijd.tot } : {}),
    assured_date: facts.laatstGecontroleerd,
    organization: {
      id: organizationId,
      name: facts.organisatie.naam,
      description: `Soort organisatie: ${organisationKinds.get(facts.organisatie.soort).label}.`,
      ...(facts.organisatie.website ? { website: facts.organisatie.website } : {}),
      ...(facts.organisatie.email ? { email: facts.organisatie.email } : {}),
      ...(facts.organisatie.telefoon
        ? {
            phones: [
              {
                id: hsdsId('telefoon', 'organisatie', facts.organisatie.id),
                organization_id: organizationId,
                number: facts.organisatie.telefoon,
                type: 'voice' as const,
              },
            ],
          }
        : {}),
    },
    phones: contact.telefoon
      ? [{ id: hsdsId('telefoon', 'activiteit', facts.id), service_id: serviceId, number: contact.telefoon, type: 'voice' }]
      : [],
    schedules: schedules(activity, facts, serviceId, context),
    service_areas: facts.gebieden.map((gebied) => ({
      id: hsdsId('werkgebied', facts.id, gebied.id),
      service_id: serviceId,
      name: gebied.naam,
      description: `Voor inwoners van ${gebied.naam}.`,
    })),
    service_at_locations: serviceAtLocations,
    languages: facts.talen.map((code) => ({
      id: hsdsId('taal', facts.id, code),
      service_id: serviceId,
      name: languages.label(code),
      code,
    })),
    cost_options: costOptions(facts, serviceId),
    contacts:
      contact.naam || contact.email
        ? [
            {
              id: hsdsId('contact', facts.id),
              service_id: serviceId,
              ...(contact.naam ? { name: contact.naam } : {}),
              ...(contact.email ? { email: contact.email } : {}),
            },
          ]
        : [],
    attributes: serviceAttributes(facts.id, serviceId, facts, context.site),
  };
}
