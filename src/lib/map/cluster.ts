/**
 * Clustering with supercluster, kept apart from Leaflet so it runs (and is tested) in Node.
 * Each place carries the number of activities it shows; clusters add them up, so the number on a
 * cluster is the number of activities inside it, the same unit as on a single marker.
 */
import Supercluster from 'supercluster';
import { toBBox, type Bounds } from './bounds';

export interface ClusterInput {
  /** Index of the place in MapData.p, or with `area` of the area (a gemeente not loaded yet, see overview.ts) */
  index: number;
  area?: boolean;
  lat: number;
  lon: number;
  /** Activities shown at this place */
  count: number;
}

interface PlaceProps {
  i: number;
  n: number;
  /** 1 for an area, 0 for a place: clusters add them up, so a label can say "gemeenten". */
  g: number;
}
interface ClusterProps {
  n: number;
  g: number;
}

export type MapFeature =
  | { kind: 'place'; key: string; lat: number; lon: number; index: number; count: number }
  | { kind: 'area'; key: string; lat: number; lon: number; index: number; count: number }
  | { kind: 'cluster'; key: string; lat: number; lon: number; id: number; places: number; count: number; areas: number };

export type ClusterIndex = Supercluster<PlaceProps, ClusterProps>;

/** Above this zoom every place has its own marker; the map can zoom two steps further. */
export const CLUSTER_MAX_ZOOM = 16;
/** The map zooms out no further than the whole country, so no clusters are made below it. */
export const MIN_ZOOM = 6;

/**
 * radius is in screen pixels: with Leaflet's 256-pixel tiles, markers that stay apart are at least
 * this far from each other, so 34-pixel markers do not overlap (WCAG 2.5.8, target size).
 */
export function buildClusterIndex(inputs: readonly ClusterInput[], radius = 56): ClusterIndex {
  const index = new Supercluster<PlaceProps, ClusterProps>({
    radius,
    extent: 256,
    minZoom: MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ n: props.n, g: props.g }),
    reduce: (accumulated, props) => {
      accumulated.n += props.n;
      accumulated.g += props.g;
    },
  });
  index.load(
    inputs.map((input) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [input.lon, input.lat] },
      properties: { i: input.index, n: input.count, g: input.area ? 1 : 0 },
    })),
  );
  return index;
}

export function featuresInView(index: ClusterIndex, bounds: Bounds, zoom: number): MapFeature[] {
  const [west, south, east, north] = toBBox(bounds);
  // supercluster expects longitudes within -180..180 and a west edge below the east edge.
  const box: [number, number, number, number] = [Math.max(-180, west), Math.max(-85, south), Math.min(180, east), Math.min(85, north)];
  return index.getClusters(box, Math.round(zoom)).map((feature): MapFeature => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      return {
        kind: 'cluster',
        key: `c${props.cluster_id}`,
        lat,
        lon,
        id: props.cluster_id,
        places: props.point_count,
        count: props.n,
        areas: props.g,
      };
    }
    const place = props as PlaceProps;
    if (place.g) return { kind: 'area', key: `g${place.i}`, lat, lon, index: place.i, count: place.n };
    return { kind: 'place', key: `p${place.i}`, lat, lon, index: place.i, count: place.n };
  });
}

/** The lowest zoom at which the place has a marker of its own instead of being in a cluster. */
export function zoomToReveal(index: ClusterIndex, place: ClusterInput, fromZoom = 0): number {
  // supercluster keeps coordinates in 32-bit floats, so a box of no size can miss the point: use ~10 m.
  const epsilon = 1e-4;
  const box: [number, number, number, number] = [place.lon - epsilon, place.lat - epsilon, place.lon + epsilon, place.lat + epsilon];
  for (let zoom = Math.max(0, Math.floor(fromZoom)); zoom <= CLUSTER_MAX_ZOOM; zoom++) {
    const alone = index
      .getClusters(box, zoom)
      .some(
        (feature) =>
          !('cluster' in feature.properties) &&
          (feature.properties as PlaceProps).i === place.index &&
          !(feature.properties as PlaceProps).g === !place.area,
      );
    if (alone) return zoom;
  }
  return CLUSTER_MAX_ZOOM + 1;
}
