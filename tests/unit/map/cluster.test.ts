import { describe, expect, it } from 'vitest';
import { buildClusterIndex, CLUSTER_MAX_ZOOM, featuresInView, zoomToReveal, type ClusterInput } from '../../../src/lib/map/cluster';

// Three places in one village (a few hundred metres apart) and one in the next village.
const inputs: ClusterInput[] = [
  { index: 0, lat: 52.6362, lon: 5.8281, count: 3 },
  { index: 1, lat: 52.6371, lon: 5.8302, count: 1 },
  { index: 2, lat: 52.6349, lon: 5.8266, count: 2 },
  { index: 3, lat: 52.7003, lon: 5.7537, count: 1 },
];
const all = { south: 50, west: 3, north: 54, east: 8 };
const total = (features: ReturnType<typeof featuresInView>) => features.reduce((sum, feature) => sum + feature.count, 0);

describe('featuresInView', () => {
  const index = buildClusterIndex(inputs);

  it('clusters nearby places when zoomed out, and counts activities, not places', () => {
    const features = featuresInView(index, all, 8);
    expect(features).toHaveLength(1);
    expect(features[0]).toMatchObject({ kind: 'cluster', places: 4, count: 7 });
  });

  it('never loses an activity, at any zoom', () => {
    for (let zoom = 6; zoom <= CLUSTER_MAX_ZOOM + 2; zoom++) expect(total(featuresInView(index, all, zoom)), `zoom ${zoom}`).toBe(7);
  });

  it('shows every place on its own when zoomed in far', () => {
    const features = featuresInView(index, all, CLUSTER_MAX_ZOOM + 1);
    expect(features.map((feature) => feature.kind)).toEqual(['place', 'place', 'place', 'place']);
    expect(new Set(features.map((feature) => feature.key)).size).toBe(4);
  });

  it('leaves out what is outside the box', () => {
    const village = { south: 52.63, west: 5.82, north: 52.64, east: 5.84 };
    expect(total(featuresInView(index, village, CLUSTER_MAX_ZOOM + 1))).toBe(6);
  });
});

describe('zoomToReveal', () => {
  const index = buildClusterIndex(inputs);

  it('finds the zoom where a place leaves its cluster', () => {
    const zoom = zoomToReveal(index, inputs[1]!);
    expect(featuresInView(index, all, zoom).some((feature) => feature.kind === 'place' && feature.index === 1)).toBe(true);
    expect(featuresInView(index, all, zoom - 1).some((feature) => feature.kind === 'place' && feature.index === 1)).toBe(false);
  });

  it('is the current zoom for a place that is already alone', () => {
    expect(zoomToReveal(index, inputs[3]!, 12)).toBe(12);
  });
});
