import { describe, expect, it } from 'vitest';
import { boundsOf, contains, padBounds, toBBox } from '../../../src/lib/map/bounds';

describe('boundsOf', () => {
  it('is null without points', () => {
    expect(boundsOf([])).toBeNull();
  });

  it('is the smallest box around the points', () => {
    expect(
      boundsOf([
        { lat: 52.6, lon: 5.8 },
        { lat: 52.7, lon: 5.7 },
        { lat: 52.65, lon: 5.9 },
      ]),
    ).toEqual({ south: 52.6, west: 5.7, north: 52.7, east: 5.9 });
  });

  it('grows a box of one point, so the map does not zoom in all the way', () => {
    const box = boundsOf([{ lat: 52.6, lon: 5.8 }])!;
    expect(box.north - box.south).toBeCloseTo(0.02);
    expect(box.east - box.west).toBeCloseTo(0.02);
    expect(contains(box, { lat: 52.6, lon: 5.8 })).toBe(true);
  });
});

describe('padBounds, contains and toBBox', () => {
  const box = { south: 52, west: 5, north: 53, east: 6 };

  it('pads by a fraction on every side', () => {
    expect(padBounds(box, 0.1)).toEqual({ south: 51.9, west: 4.9, north: 53.1, east: 6.1 });
  });

  it('includes the edges', () => {
    expect(contains(box, { lat: 52, lon: 6 })).toBe(true);
    expect(contains(box, { lat: 53.01, lon: 5.5 })).toBe(false);
  });

  it('orders as west, south, east, north', () => {
    expect(toBBox(box)).toEqual([5, 52, 6, 53]);
  });
});
