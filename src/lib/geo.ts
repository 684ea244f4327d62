/**
 * Distances on the map, shared by referral, search and the map.
 * Pure and browser-safe.
 */

export interface Coordinates {
  lat: number;
  lon: number;
}

/** Great-circle distance in metres; accurate to a few metres at Dutch distances. */
export function haversineMetres(a: Coordinates, b: Coordinates): number {
  const earthRadius = 6_371_000;
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "400 m" below a kilometre (in steps of 100 m), "2,3 km" below 10 km, "12 km" above. */
export function formatDistance(metres: number): string {
  if (metres < 950) return `${Math.max(100, Math.round(metres / 100) * 100)} m`;
  if (metres < 9950) return `${(Math.round(metres / 100) / 10).toFixed(1).replace('.', ',').replace(/,0$/, '')} km`;
  return `${Math.round(metres / 1000)} km`;
}
