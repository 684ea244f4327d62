/** Bounding boxes in degrees (WGS84), shared by the map's first view and the "in view" filter. */

export interface LatLon {
  lat: number;
  lon: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The smallest box around the points. One point alone would give a box of zero size,
 * which a map would zoom into as far as it can: grow it to about 1 km either way.
 */
export function boundsOf(points: readonly LatLon[], minimumSpan = 0.02): Bounds | null {
  if (points.length === 0) return null;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lon } of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  const grow = (low: number, high: number): [number, number] => {
    const missing = minimumSpan - (high - low);
    return missing > 0 ? [low - missing / 2, high + missing / 2] : [low, high];
  };
  [south, north] = grow(south, north);
  [west, east] = grow(west, east);
  return { south, west, north, east };
}

/** The box grown by a fraction of its size on every side, so markers at the edge stay in view. */
export function padBounds(bounds: Bounds, fraction: number): Bounds {
  const lat = (bounds.north - bounds.south) * fraction;
  const lon = (bounds.east - bounds.west) * fraction;
  return { south: bounds.south - lat, west: bounds.west - lon, north: bounds.north + lat, east: bounds.east + lon };
}

export function contains(bounds: Bounds, point: LatLon): boolean {
  return point.lat >= bounds.south && point.lat <= bounds.north && point.lon >= bounds.west && point.lon <= bounds.east;
}

/** [west, south, east, north], the order supercluster and GeoJSON use. */
export function toBBox(bounds: Bounds): [number, number, number, number] {
  return [bounds.west, bounds.south, bounds.east, bounds.north];
}
