/**
 * schema.org data for an activity, so search engines and other directories can read it.
 * A recurring activity is an Event with an eventSchedule (schema.org/Schedule).
 */
import type { ActivityView } from './catalog';
import { isPhysical } from './schemas';
import { weekdayNumber } from './schedule';

const eventStatus = { actief: 'EventScheduled', gepauzeerd: 'EventPostponed', gestopt: 'EventCancelled' } as const;
const schemaDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function activityJsonLd(activity: ActivityView, pageUrl: string): Record<string, unknown> {
  const { data } = activity;
  const rooster = data.rooster;
  const locations = activity.locaties.map((locatie) =>
    isPhysical(locatie)
      ? {
          '@type': 'Place',
          name: locatie.naam,
          address: {
            '@type': 'PostalAddress',
            streetAddress: `${locatie.adres.straat} ${locatie.adres.huisnummer}`,
            postalCode: locatie.adres.postcode,
            addressLocality: locatie.adres.plaats,
            addressCountry: 'NL',
          },
          geo: { '@type': 'GeoCoordinates', latitude: locatie.coordinaten.lat, longitude: locatie.coordinaten.lon },
        }
      : locatie.soort === 'online'
        ? { '@type': 'VirtualLocation', name: locatie.naam }
        : { '@type': 'Place', name: locatie.naam },
  );
  const schedule =
    rooster.soort === 'op-afspraak'
      ? undefined
      : {
          '@type': 'Schedule',
          byDay: rooster.dagen.map((day) => `https://schema.org/${schemaDays[weekdayNumber(day) - 1]}`),
          startTime: rooster.van,
          endTime: rooster.tot,
          repeatFrequency: rooster.soort === 'wekelijks' ? 'P1W' : rooster.soort === 'tweewekelijks' ? 'P2W' : 'P1M',
          scheduleTimezone: 'Europe/Amsterdam',
          ...(rooster.periode ? { startDate: rooster.periode.van, endDate: rooster.periode.tot } : {}),
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.titel,
    description: data.samenvatting,
    url: pageUrl,
    inLanguage: data.talen,
    eventStatus: `https://schema.org/${eventStatus[data.status]}`,
    eventAttendanceMode:
      activity.locaties.every((locatie) => locatie.soort === 'online')
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: activity.organisatie.naam, ...(activity.organisatie.website ? { url: activity.organisatie.website } : {}) },
    isAccessibleForFree: data.kosten.soort === 'gratis',
    ...(data.kosten.soort === 'bedrag' ? { offers: { '@type': 'Offer', price: data.kosten.bedrag.toFixed(2), priceCurrency: 'EUR' } } : {}),
    ...(schedule ? { eventSchedule: schedule } : {}),
    ...(activity.upcoming.dates[0] ? { startDate: `${activity.upcoming.dates[0].date}T${activity.upcoming.dates[0].van}` } : {}),
  };
}
