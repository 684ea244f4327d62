import { STORED_DATES } from '../../../src/lib/upcoming';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../scripts/content-files';
import { activitiesInGebied, activitiesInGemeente, buildCatalog, type ActivityView } from '../../../src/lib/catalog';
import { activityWhenText } from '../../../src/lib/format';
import { activitiesOnMap, buildMapData, gebiedCentre, roundCoordinate, serialiseMapData, visiblePlaces } from '../../../src/lib/map/points';
import { packDates, unpackDates } from '../../../src/lib/map/packed-dates';
import { isPhysical } from '../../../src/lib/schemas';

// The real example content, for 2026-11-23, as the test build uses.
const { entries } = loadContentFiles(process.cwd());
const catalog = buildCatalog({
  today: '2026-11-23',
  ...entries,
  schoolHolidays: entries.schoolvakanties.flatMap((entry) => entry.data.vakanties),
});
const ens = catalog.gebieden.find((gebied) => gebied.id === 'ens')!;
const ensActivities = activitiesInGebied(catalog, 'ens');
const hasPlace = (activity: ActivityView) => activity.locaties.some(isPhysical);

describe('buildMapData', () => {
  const data = buildMapData(ensActivities, gebiedCentre(ens));

  it('lists every activity of the page once, and counts those without a place', () => {
    expect(data.a.map((activity) => activity.id)).toEqual(ensActivities.map((activity) => activity.id));
    expect(data.r).toBe(ensActivities.filter((activity) => !hasPlace(activity)).length);
    expect(data.r).toBeGreaterThan(0);
  });

  it('gives every activity with a physical place a point, and none to online or at-home ones', () => {
    const onMap = activitiesOnMap(data);
    for (const activity of ensActivities) expect(onMap.has(activity.id), activity.id).toBe(hasPlace(activity));
  });

  it('shares one point between the activities at one address, in title order', () => {
    const zuidwester = data.p.find((place) => place.n === 'Dorpshuis De Zuidwester')!;
    expect(zuidwester.a.length).toBeGreaterThan(1);
    const titles = zuidwester.a.map((index) => data.a[index]!.t);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(new Set(data.p.map((place) => `${place.lat},${place.lon}`)).size).toBe(data.p.length);
  });

  it('carries title, url and the stored coming dates, from which the popup names the next one', () => {
    const koffie = data.a.find((activity) => activity.id === 'koffie-inloop-ens')!;
    expect(koffie).toMatchObject({
      t: 'Koffie-inloop in De Zuidwester',
      u: '/activiteiten/koffie-inloop-ens/',
      g: 'noordoostpolder',
      b: ['ens'],
    });
    expect(koffie.n).toEqual({ f: '2026-11-24', s: Array(STORED_DATES - 1).fill(7), van: '10:00', tot: '11:30' });
    expect(koffie.w).toBeUndefined();
  });

  it("carries the card's words for an activity without coming dates", () => {
    const withoutDates = ensActivities.filter((activity) => activity.upcoming.dates.length === 0 || activity.data.status !== 'actief');
    expect(withoutDates.length).toBeGreaterThan(0);
    for (const activity of withoutDates) {
      const mapped = data.a.find((item) => item.id === activity.id);
      if (mapped) expect(mapped, activity.id).toEqual(expect.objectContaining({ w: activityWhenText(activity) }));
      expect(mapped?.n, activity.id).toBeUndefined();
    }
  });

  it('adds the gebied centre, rounded', () => {
    expect(data.c).toEqual({ n: 'Ens', lat: roundCoordinate(ens.centrum.lat), lon: roundCoordinate(ens.centrum.lon) });
    expect(buildMapData(ensActivities).c).toBeUndefined();
  });

  it('stays small enough to put in the page', () => {
    const gemeente = buildMapData(activitiesInGemeente(catalog, 'noordoostpolder'));
    expect(serialiseMapData(gemeente).length).toBeLessThan(300 * gemeente.a.length);
  });
});

describe('activityWhenText', () => {
  it('says why there is no date', () => {
    const texts = new Set(catalog.activities.filter((activity) => activity.upcoming.dates.length === 0).map(activityWhenText));
    for (const text of texts) expect(['Op afspraak', 'Tijdelijk gestopt', 'Gestopt', 'Geen datum bekend']).toContain(text);
  });

  it('gives the next date with its times', () => {
    const next = catalog.activities.find((activity) => activity.id === 'koffie-inloop-ens')!;
    expect(activityWhenText(next)).toMatch(/^Volgende keer: dinsdag \d+ \w+, 10\.00 tot 11\.30 uur$/);
  });
});

describe('visiblePlaces', () => {
  const data = buildMapData(ensActivities);

  it('keeps every place when nothing is chosen', () => {
    expect(visiblePlaces(data, null).map((entry) => entry.index)).toEqual(data.p.map((_, index) => index));
  });

  it('drops places without a chosen activity and lists only the chosen ones', () => {
    const result = visiblePlaces(data, new Set(['koffie-inloop-ens']));
    expect(result).toHaveLength(1);
    expect(result[0]!.shown.map((index) => data.a[index]!.id)).toEqual(['koffie-inloop-ens']);
    expect(visiblePlaces(data, new Set())).toEqual([]);
  });
});

describe('serialiseMapData', () => {
  it('cannot close the script element it goes into', () => {
    const text = serialiseMapData({ a: [{ id: 'x', t: '</script><b>', u: '/', w: '', g: 'g', b: [] }], p: [], r: 1 });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).a[0].t).toBe('</script><b>');
  });
});

describe('packDates', () => {
  it('packs dates as the first and the days between, and unpacks them again', () => {
    const dates = ['2026-11-24', '2026-12-01', '2026-12-29', '2027-01-05', '2027-03-30', '2027-04-06'];
    const packed = packDates(dates)!;
    expect(packed).toEqual({ f: '2026-11-24', s: [7, 28, 7, 84, 7] });
    expect(unpackDates(packed)).toEqual(dates);
    expect(unpackDates(packDates(['2026-11-24'])!)).toEqual(['2026-11-24']);
    expect(packDates([])).toBeUndefined();
  });
});
