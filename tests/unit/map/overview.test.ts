import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../scripts/content-files';
import { activitiesInGemeente, buildCatalog } from '../../../src/lib/catalog';
import { buildClusterIndex, featuresInView, type ClusterInput } from '../../../src/lib/map/cluster';
import { activitiesOnMap, mapDataOf, type MapActivity, type MapData } from '../../../src/lib/map/data';
import { checkMapData } from '../../../src/lib/map/data-guard';
import { checkMapOverview } from '../../../src/lib/map/overview-guard';
import { clusterLabel } from '../../../src/lib/map/labels';
import { areaClusterLabel, areaLabel, gemeenteCountText } from '../../../src/lib/map/overview-labels';
import {
  areasInView,
  areasToDraw,
  countPerGemeente,
  gemeenteMapDataUrl,
  MAP_OVERVIEW_VERSION,
  mergeMapData,
  overviewEntry,
  type MapOverview,
} from '../../../src/lib/map/overview';
import { buildMapData, siteMapData } from '../../../src/lib/map/points';

const { entries } = loadContentFiles(process.cwd());
const catalog = buildCatalog({
  today: '2026-11-23',
  ...entries,
  schoolHolidays: entries.schoolvakanties.flatMap((entry) => entry.data.vakanties),
});
const problemOf = (result: { ok: true } | { ok: false; problem: string }) => (result.ok ? undefined : result.problem);

const activity = (id: string, g = 'a'): MapActivity => ({ id, t: id, u: `/activiteiten/${id}/`, w: 'Op afspraak', g, b: [] });
const place = (naam: string, lat: number, lon: number) => ({ naam, lat, lon });

describe('overviewEntry', () => {
  const data = mapDataOf([
    { activity: activity('x'), places: [place('Dorpshuis', 52, 5)] },
    { activity: activity('y'), places: [place('Dorpshuis', 52, 5), place('Kerk', 52.2, 5.4)] },
    { activity: activity('online'), places: [] },
  ]);

  it('counts the activities with a place once, puts the marker in the middle of the places and keeps their box', () => {
    expect(overviewEntry('a', 'Aa', data)).toEqual({ id: 'a', n: 'Aa', k: 2, lat: 52.1, lon: 5.2, s: [52, 5, 52.2, 5.4] });
  });

  it('gives no entry to a gemeente without any place', () => {
    expect(overviewEntry('b', 'Bee', mapDataOf([{ activity: activity('online'), places: [] }]))).toBeUndefined();
  });
});

describe('mergeMapData', () => {
  const first = mapDataOf([
    { activity: activity('x'), places: [place('Dorpshuis', 52, 5)] },
    { activity: activity('both'), places: [place('Grenshuis', 52.5, 5.5)] },
  ]);
  const second = mapDataOf([
    { activity: activity('both', 'b'), places: [place('Grenshuis', 52.5, 5.5)] },
    { activity: activity('z', 'b'), places: [place('Grenshuis', 52.5, 5.5), place('School', 53, 6)] },
    { activity: activity('thuis', 'b'), places: [] },
  ]);
  const merged = mergeMapData([first, second]);

  it('keeps an activity of two gemeenten once, and one marker per address', () => {
    expect(merged.a.map((item) => item.id)).toEqual(['x', 'both', 'z', 'thuis']);
    expect(merged.p.map((item) => [item.n, item.a.map((index) => merged.a[index]!.id)])).toEqual([
      ['Dorpshuis', ['x']],
      ['Grenshuis', ['both', 'z']],
      ['School', ['z']],
    ]);
    expect(merged.r).toBe(1);
  });

  it('keeps the places and activities loaded earlier at their index, so markers on the map stay right', () => {
    expect(merged.a.slice(0, first.a.length)).toEqual(first.a);
    expect(merged.p.slice(0, first.p.length).map((item) => [item.lat, item.lon])).toEqual(first.p.map((item) => [item.lat, item.lon]));
  });

  it('is the same data for one part, and empty for none', () => {
    expect(mergeMapData([first])).toEqual(first);
    expect(mergeMapData([])).toEqual({ a: [], p: [], r: 0 });
  });
});

describe('the markers of gemeenten not loaded', () => {
  const overview: MapOverview = {
    v: MAP_OVERVIEW_VERSION,
    r: 0,
    g: [
      { id: 'noord', n: 'Noord', k: 10, lat: 53, lon: 6, s: [52.9, 5.9, 53.1, 6.1] },
      { id: 'midden', n: 'Midden', k: 5, lat: 52, lon: 5, s: [51.9, 4.9, 52.1, 5.1] },
      { id: 'zuid', n: 'Zuid', k: 7, lat: 51, lon: 5, s: [50.9, 4.9, 51.1, 5.1] },
    ],
  };

  it('without a search: every gemeente not loaded, with all its activities', () => {
    expect(areasToDraw(overview, new Set(['midden'])).map((area) => [area.id, area.count])).toEqual([
      ['noord', 10],
      ['zuid', 7],
    ]);
    expect(areasToDraw(overview, new Set())[0]!.bounds).toEqual({ south: 52.9, west: 5.9, north: 53.1, east: 6.1 });
  });

  it('with a search: only where it found something, with the number found', () => {
    expect(
      areasToDraw(
        overview,
        new Set(['noord']),
        new Map([
          ['noord', 2],
          ['zuid', 3],
        ]),
      ).map((area) => [area.id, area.count]),
    ).toEqual([['zuid', 3]]);
  });

  it('loads the gemeenten whose box meets the view, nearest to its middle first, a few at a time', () => {
    const areas = areasToDraw(overview, new Set());
    const view = { south: 50.9, west: 4.8, north: 52, east: 5.2 };
    expect(areasInView(areas, view, 3).map((area) => area.id)).toEqual(['zuid', 'midden']);
    expect(areasInView(areas, { south: 51.9, west: 4.9, north: 52.1, east: 5.1 }, 3).map((area) => area.id)).toEqual(['midden']);
    expect(areasInView(areas, view, 1).map((area) => area.id)).toEqual(['zuid']);
    expect(areasInView(areas, { south: 40, west: 0, north: 41, east: 1 }, 3)).toEqual([]);
  });

  it('counts search results per gemeente, each activity once', () => {
    expect(countPerGemeente(['a', 'b', 'a', 'c'], ['noord', 'zuid', 'noord', 'zuid'])).toEqual(
      new Map([
        ['noord', 1],
        ['zuid', 2],
      ]),
    );
  });

  it('clusters gemeenten like places, and a cluster says it holds gemeenten', () => {
    const inputs: ClusterInput[] = [
      ...overview.g.map((entry, index) => ({ index, lat: entry.lat, lon: entry.lon, count: entry.k, area: true })),
      { index: 0, lat: 52.05, lon: 5.05, count: 2 },
    ];
    const index = buildClusterIndex(inputs);
    const zoomedOut = featuresInView(index, { south: 49, west: 3, north: 55, east: 8 }, 6);
    expect(zoomedOut.reduce((sum, feature) => sum + feature.count, 0)).toBe(24);
    const zoomedIn = featuresInView(index, { south: 49, west: 3, north: 55, east: 8 }, 14);
    expect(zoomedIn.filter((feature) => feature.kind === 'area').map((feature) => [feature.index, feature.count])).toEqual(
      expect.arrayContaining([
        [0, 10],
        [1, 5],
        [2, 7],
      ]),
    );
    expect(zoomedIn.filter((feature) => feature.kind === 'place')).toHaveLength(1);
    const mixed = featuresInView(index, { south: 49, west: 3, north: 55, east: 8 }, 8).find(
      (feature) => feature.kind === 'cluster' && feature.count === 7,
    );
    expect(mixed).toMatchObject({ kind: 'cluster', places: 2, areas: 1 });
  });

  it('says in Dutch what a marker of a gemeente and a group of gemeenten hold', () => {
    expect(areaLabel('Heiloo', 12)).toBe('Gemeente Heiloo: 12 activiteiten. Kies om ze te zien.');
    expect(areaClusterLabel(3, 40, 3)).toBe('Groep van 3 gemeenten met 40 activiteiten. Kies om in te zoomen.');
    expect(areaClusterLabel(4, 40, 1)).toBe('Groep met 40 activiteiten. Kies om in te zoomen.');
    expect(clusterLabel(4, 4)).toBe('Groep van 4 plekken. Kies om in te zoomen.');
    expect(gemeenteCountText(1, true)).toBe('1 activiteit gevonden');
    expect(gemeenteCountText(12, false)).toBe('12 activiteiten');
  });
});

describe('siteMapData on the example content', () => {
  const site = siteMapData(catalog);

  it('writes every gemeente with activities a file with the map data of its page', () => {
    const withActivities = catalog.gemeenten.filter((gemeente) => activitiesInGemeente(catalog, gemeente.id).length > 0);
    expect([...site.gemeenten.keys()]).toEqual(withActivities.map((gemeente) => gemeente.id));
    for (const gemeente of withActivities)
      expect(site.gemeenten.get(gemeente.id), gemeente.id).toEqual(buildMapData(activitiesInGemeente(catalog, gemeente.id)));
    expect(site.groups.map((group) => group.count)).toEqual(
      withActivities.map((gemeente) => activitiesInGemeente(catalog, gemeente.id).length),
    );
    expect(gemeenteMapDataUrl('heiloo')).toBe('/data/kaart/heiloo.json');
  });

  it('puts one marker per gemeente in the overview, numbered with its activities that have a place', () => {
    expect(site.overview.g.length).toBeGreaterThan(1);
    for (const entry of site.overview.g) expect(entry.k, entry.id).toBe(activitiesOnMap(site.gemeenten.get(entry.id)!).size);
  });

  it('counts every activity once, also one of two gemeenten, and those online or at home once', () => {
    const all = mergeMapData([...site.gemeenten.values()]);
    expect(site.total).toBe(all.a.length);
    expect(site.overview.r).toBe(all.r);
    expect(site.overview.r).toBeGreaterThan(0);
  });

  it("writes files that pass the browser's shape checks, which refuse another version or a broken box", () => {
    const overview = JSON.parse(JSON.stringify(site.overview)) as MapOverview;
    expect(problemOf(checkMapOverview(overview))).toBeUndefined();
    for (const [id, data] of site.gemeenten)
      expect(problemOf(checkMapData(JSON.parse(JSON.stringify(data)) as MapData, id)), id).toBeUndefined();
    expect(problemOf(checkMapOverview({ ...overview, v: MAP_OVERVIEW_VERSION + 1 }))).toBe(
      `index.json.v is ${MAP_OVERVIEW_VERSION + 1}, expected ${MAP_OVERVIEW_VERSION}`,
    );
    expect(problemOf(checkMapOverview({ ...overview, g: [{ ...overview.g[0], s: [1, 2] }] }))).toBe('index.json.g[0].s is not a list of 4');
    expect(problemOf(checkMapData({ a: [], p: 'x', r: 0 }, '/data/kaart/heiloo.json'))).toBe(
      '/data/kaart/heiloo.json.p is string, not a list',
    );
  });
});
