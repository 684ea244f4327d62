import { describe, expect, it } from 'vitest';
import { gebiedJsonLd, organizationJsonLd } from '../../../src/lib/open-data/structured-data';
import { activityPageTitle } from '../../../src/lib/page-title';

describe('page titles', () => {
  it('name the dorp unless the name already does', () => {
    expect(activityPageTitle('Taalmaatje', 'Bergen')).toBe('Taalmaatje, Bergen');
    expect(activityPageTitle('Wandelgroep Ens', 'Ens')).toBe('Wandelgroep Ens');
    expect(activityPageTitle('Koffie in ENS', 'Ens')).toBe('Koffie in ENS');
  });
});

describe('structured data', () => {
  it('describes a gebied as a Place in its gemeente', () => {
    const gebied = { naam: 'Ens', omschrijving: 'Een dorp.', centrum: { lat: 52.64, lon: 5.82 }, gemeenteNaam: 'Noordoostpolder' };
    expect(gebiedJsonLd(gebied, 'https://preventiekaart.example/gebieden/ens/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Ens',
      description: 'Een dorp.',
      url: 'https://preventiekaart.example/gebieden/ens/',
      geo: { '@type': 'GeoCoordinates', latitude: 52.64, longitude: 5.82 },
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Gemeente Noordoostpolder' },
    });
  });

  it('names only the contact details an organisation has, never invents one', () => {
    expect(organizationJsonLd({ naam: 'Dorpsbelang Ens' })).toEqual({ '@type': 'Organization', name: 'Dorpsbelang Ens' });
    expect(
      organizationJsonLd({ naam: 'Welzijn', website: 'https://welzijn.example', telefoon: '0527 123 456', email: 'info@welzijn.example' }),
    ).toEqual({
      '@type': 'Organization',
      name: 'Welzijn',
      url: 'https://welzijn.example',
      telephone: '0527 123 456',
      email: 'info@welzijn.example',
    });
  });
});
