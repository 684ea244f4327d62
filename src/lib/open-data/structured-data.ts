/**
 * schema.org data for gebied pages (a Place) and for the organisation behind an activity, so search engines
 * and other directories can read them. The activity itself is an Event: see json-ld.ts.
 *
 * Inputs it reads: the gebied's `naam`, `omschrijving`, `centrum`, `soort`, `gemeenteNaam`; the organisation's
 * `naam`, `website`, `telefoon`, `email`. A field the content leaves out stays out.
 */
import type { GebiedView, WithId } from '../catalog';
import type { Organisatie } from '../schemas';

export type GebiedFacts = Pick<GebiedView, 'naam' | 'omschrijving' | 'centrum' | 'gemeenteNaam'>;

export function gebiedJsonLd(gebied: GebiedFacts, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: gebied.naam,
    description: gebied.omschrijving,
    url: pageUrl,
    geo: { '@type': 'GeoCoordinates', latitude: gebied.centrum.lat, longitude: gebied.centrum.lon },
    containedInPlace: { '@type': 'AdministrativeArea', name: `Gemeente ${gebied.gemeenteNaam}` },
  };
}

export type OrganisationFacts = Pick<WithId<Organisatie>, 'naam' | 'website' | 'telefoon' | 'email'>;

export function organizationJsonLd(organisatie: OrganisationFacts): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: organisatie.naam,
    ...(organisatie.website ? { url: organisatie.website } : {}),
    ...(organisatie.telefoon ? { telephone: organisatie.telefoon } : {}),
    ...(organisatie.email ? { email: organisatie.email } : {}),
  };
}
