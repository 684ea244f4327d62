/**
 * schema.org data for an activity, so search engines and other directories can read it.
 * A recurring activity is an Event with an eventSchedule (schema.org/Schedule).
 */
import type { ActivityView } from './catalog';
import { activityFacts, isAddressPlace } from './facts/activity-facts';
import { weekdayNumber } from './schedule';

const eventStatus = { actief: 'EventScheduled', gepauzeerd: 'EventPostponed', gestopt: 'EventCancelled' } as const;
const schemaDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function activityJsonLd(activity: ActivityView, pageUrl: string): Record<string, unknown> {
  const facts = activityFacts(activity);
  const rooster = activity.data.rooster;
  const locations = facts.plekken.map((place) =>
    isAddressPlace(place)
      ? {
          '@type': 'Place',
          name: place.naam,
          address: {
            '@type': 'PostalAddress',
            streetAddress: `${place.adres.straat} ${place.adres.huisnummer}`,
            postalCode: place.adres.postcode,
            addressLocality: place.adres.plaats,
            addressCountry: 'NL',
          },
          geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
        }
      : place.soort === 'online'
        ? { '@type': 'VirtualLocation', name: place.naam }
        : { '@type': 'Place', name: place.naam },
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
    name: facts.titel,
    description: facts.samenvatting,
    url: pageUrl,
    inLanguage: facts.talen,
    eventStatus: `https://schema.org/${eventStatus[facts.status]}`,
    eventAttendanceMode: facts.plekken.every((place) => place.soort === 'online')
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: locations.length === 1 ? locations[0] : locations,
    organizer: {
      '@type': 'Organization',
      name: facts.organisatie.naam,
      ...(facts.organisatie.website ? { url: facts.organisatie.website } : {}),
    },
    isAccessibleForFree: facts.gratis,
    ...(facts.kosten.soort === 'bedrag'
      ? { offers: { '@type': 'Offer', price: facts.kosten.bedrag.toFixed(2), priceCurrency: 'EUR' } }
      : {}),
    ...(schedule ? { eventSchedule: schedule } : {}),
    ...(facts.komendeData[0] ? { startDate: `${facts.komendeData[0].date}T${facts.komendeData[0].van}` } : {}),
  };
}
