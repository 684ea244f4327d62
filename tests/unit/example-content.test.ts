/**
 * What the example content in content/ promises: enough activities in every gebied, every theme
 * in every gemeente, and places on the map where they really are.
 * Reads the files the way scripts/check-content.ts does, and builds the catalog for 2026-11-23.
 * Each check collects the offenders by name, so a failure says which gebied, theme or file to fix.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/content-files';
import { activitiesInGebied, activitiesInGemeente, buildCatalog } from '../../src/lib/catalog';
import { haversineMetres } from '../../src/lib/geo';
import { isPhysical } from '../../src/lib/schemas';
import { themes } from '../../src/lib/taxonomy';

const TODAY = '2026-11-23';
const { entries, problems } = loadContentFiles(process.cwd());
const { gemeenten, gebieden, organisaties, locaties, activiteiten, schoolvakanties } = entries;

const catalog = buildCatalog({
  today: TODAY,
  gemeenten,
  gebieden,
  organisaties,
  locaties,
  activiteiten,
  schoolHolidays: schoolvakanties.flatMap((entry) => entry.data.vakanties),
});

const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => haversineMetres(a, b) / 1000;

const gebiedIdsOf = (gemeenteId: string) => catalog.gebieden.filter((gebied) => gebied.gemeente === gemeenteId).map((gebied) => gebied.id);

describe('the example content', () => {
  it('has no schema problems', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 150 listed activities', () => {
    expect(catalog.activities.filter((activity) => activity.listed).length).toBeGreaterThanOrEqual(150);
  });

  it('has at least 5 listed activities in every gebied', () => {
    const thin = catalog.gebieden
      .map((gebied) => ({ gebied: gebied.id, count: activitiesInGebied(catalog, gebied.id).length }))
      .filter(({ count }) => count < 5)
      .map(({ gebied, count }) => `${gebied}: ${count}`);
    expect(thin).toEqual([]);
  });

  it('has every theme in every gemeente', () => {
    const missing = catalog.gemeenten.flatMap((gemeente) => {
      const present = new Set(activitiesInGemeente(catalog, gemeente.id).flatMap((activity) => activity.data.themas));
      return themes.ids.filter((theme) => !present.has(theme)).map((theme) => `${gemeente.id}: ${theme}`);
    });
    expect(missing).toEqual([]);
  });

  it('has at least 40 listed activities for Welzijn op Recept', () => {
    expect(catalog.activities.filter((activity) => activity.listed && activity.data.welzijnOpRecept).length).toBeGreaterThanOrEqual(40);
  });
});

describe('gemeenten and their gebieden', () => {
  it('has ens, emmeloord-revelsant, marknesse and one more Emmeloord wijk in Noordoostpolder', () => {
    const ids = gebiedIdsOf('noordoostpolder');
    expect(ids).toEqual(expect.arrayContaining(['ens', 'emmeloord-revelsant', 'marknesse']));
    expect(ids.filter((id) => id.startsWith('emmeloord-') && id !== 'emmeloord-revelsant').length, ids.join(', ')).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('has bergen, egmond-aan-zee, egmond-binnen and schoorl in Bergen', () => {
    expect(gebiedIdsOf('bergen').sort()).toEqual(['bergen', 'egmond-aan-zee', 'egmond-binnen', 'schoorl']);
  });

  it('has castricum, limmen, akersloot and de-woude in Castricum', () => {
    expect(gebiedIdsOf('castricum').sort()).toEqual(['akersloot', 'castricum', 'de-woude', 'limmen']);
  });

  it.each(['neder-betuwe', 'tubbergen'])('has at least 4 gebieden in %s', (gemeente) => {
    expect(gebiedIdsOf(gemeente).length, gebiedIdsOf(gemeente).join(', ')).toBeGreaterThanOrEqual(4);
  });
});

describe('places on the map', () => {
  it('puts every physical location within 3 km of the centre of its gebied', () => {
    const centres = new Map(catalog.gebieden.map((gebied) => [gebied.id, gebied.centrum]));
    const far = locaties.flatMap(({ file, data }) => {
      if (!isPhysical(data)) return [];
      const centre = centres.get(data.gebied);
      if (!centre) return [`${file}: gebied ${data.gebied} not found`];
      const km = distanceKm(data.coordinaten, centre);
      return km > 3 ? [`${file}: ${km.toFixed(1)} km from the centre of ${data.gebied}`] : [];
    });
    expect(far).toEqual([]);
  });

  // Reference points of the real villages and towns (rounded, from OpenStreetMap).
  const reference: Record<string, { lat: number; lon: number }> = {
    Ens: { lat: 52.636, lon: 5.829 },
    Emmeloord: { lat: 52.711, lon: 5.748 },
    Marknesse: { lat: 52.714, lon: 5.865 },
    Bergen: { lat: 52.66, lon: 4.703 },
    'Egmond aan Zee': { lat: 52.621, lon: 4.627 },
    'Egmond-Binnen': { lat: 52.597, lon: 4.651 },
    Schoorl: { lat: 52.702, lon: 4.689 },
    Castricum: { lat: 52.548, lon: 4.667 },
    Limmen: { lat: 52.57, lon: 4.696 },
    Akersloot: { lat: 52.562, lon: 4.733 },
    'De Woude': { lat: 52.533, lon: 4.761 },
    Uitgeest: { lat: 52.529, lon: 4.71 },
    Heiloo: { lat: 52.601, lon: 4.7 },
    Kesteren: { lat: 51.934, lon: 5.569 },
    Opheusden: { lat: 51.932, lon: 5.633 },
    Ochten: { lat: 51.91, lon: 5.572 },
    Dodewaard: { lat: 51.913, lon: 5.652 },
    Tubbergen: { lat: 52.407, lon: 6.784 },
    Albergen: { lat: 52.366, lon: 6.754 },
    Geesteren: { lat: 52.409, lon: 6.727 },
    Vasse: { lat: 52.438, lon: 6.833 },
  };
  const placeOf: Record<string, string> = {
    ens: 'Ens',
    marknesse: 'Marknesse',
    bergen: 'Bergen',
    'egmond-aan-zee': 'Egmond aan Zee',
    'egmond-binnen': 'Egmond-Binnen',
    schoorl: 'Schoorl',
    castricum: 'Castricum',
    limmen: 'Limmen',
    akersloot: 'Akersloot',
    'de-woude': 'De Woude',
    uitgeest: 'Uitgeest',
    heiloo: 'Heiloo',
    kesteren: 'Kesteren',
    opheusden: 'Opheusden',
    ochten: 'Ochten',
    dodewaard: 'Dodewaard',
    tubbergen: 'Tubbergen',
    albergen: 'Albergen',
    geesteren: 'Geesteren',
    vasse: 'Vasse',
  };
  /** Emmeloord's wijken are all measured from the centre of Emmeloord. */
  const referenceFor = (gebiedId: string) => reference[gebiedId.startsWith('emmeloord-') ? 'Emmeloord' : (placeOf[gebiedId] ?? '')];

  it('knows a reference point for every gebied', () => {
    expect(catalog.gebieden.filter((gebied) => !referenceFor(gebied.id)).map((gebied) => gebied.id)).toEqual([]);
  });

  it('puts the centre of every gebied within 5 km of the real place', () => {
    const far = catalog.gebieden.flatMap((gebied) => {
      const point = referenceFor(gebied.id);
      if (!point) return [];
      const km = distanceKm(gebied.centrum, point);
      return km > 5 ? [`${gebied.id}: ${km.toFixed(1)} km`] : [];
    });
    expect(far).toEqual([]);
  });

  it('measures distances correctly (Ens to Emmeloord is about 10 km)', () => {
    expect(distanceKm(reference.Ens!, reference.Emmeloord!)).toBeCloseTo(10, 0);
    expect(distanceKm(reference.Ens!, reference.Ens!)).toBe(0);
  });
});
