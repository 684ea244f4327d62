/**
 * The heavy half of the map: Leaflet and supercluster. Only imported when a map comes into view
 * (see activity-map.ts, which also adds Leaflet's CSS then), so pages without a map load none of it.
 * Also bundled on its own by scripts/bench-map.ts, so the benchmark measures this very code.
 */
import L from 'leaflet';
import { boundsOf, contains, padBounds, type Bounds } from '../lib/map/bounds';
import {
  buildClusterIndex,
  CLUSTER_MAX_ZOOM,
  featuresInView,
  MIN_ZOOM,
  zoomToReveal,
  type ClusterIndex,
  type ClusterInput,
  type MapFeature,
} from '../lib/map/cluster';
import { clusterLabel, MAP_TEXT, placeLabel } from '../lib/map/labels';
import { areaClusterLabel, areaLabel } from '../lib/map/overview-labels';
import { visiblePlaces, type MapActivity, type MapData } from '../lib/map/data';
import type { MapArea } from '../lib/map/overview';
import { unpackDates } from '../lib/map/packed-dates';
import { todayInNetherlands } from '../lib/dates';
import { nextDateText } from '../lib/upcoming';

/** The popup's "Volgende keer" for the visitor's today, not the build's (see upcoming.ts). */
function whenOf(activity: MapActivity): string {
  const next = activity.n;
  return next
    ? nextDateText(
        unpackDates(next).map((date) => ({ date, van: next.van, tot: next.tot })),
        todayInNetherlands({}, new Date()),
      )
    : (activity.w ?? '');
}

export interface TileConfig {
  url: string;
  attributie: string;
  maxZoom: number;
}

export interface MapCallbacks {
  /** A place was chosen on the map: these activities are there. */
  onSelect?(ids: string[]): void;
  /** "Toon in de lijst" in a popup. */
  onShowInList?(ids: string[]): void;
  /** The view changed: these activities have a marker inside it. */
  onView?(ids: Set<string>): void;
  /** No tile has loaded and one failed (true), or tiles load again (false). */
  onTiles?(failed: boolean): void;
  /** A gemeente not loaded yet was chosen (/kaart/): load its points; the map zooms to it after. */
  onArea?(id: string): Promise<void>;
  /** The view moved, so /kaart/ can load the gemeenten the visitor zoomed in on. */
  onMove?(view: Bounds, zoom: number): void;
}

export interface MapEngine {
  map: L.Map;
  /** Show only these activities (null: all), and fit the map around them. */
  setVisible(ids: ReadonlySet<string> | null): void;
  /** Show other activities altogether, such as a new list of search results. */
  setData(next: MapData): void;
  /**
   * /kaart/: the points of the loaded gemeenten, a marker for each gemeente not loaded, and the
   * activities to show (null: all). `fit` moves the map around them; without it the view stays.
   */
  setOverview(next: MapData, areas: readonly MapArea[], ids: ReadonlySet<string> | null, fit: boolean): void;
  /** Show this box; with `focusNear` the marker nearest to it gets focus (for the keyboard). */
  zoomTo(bounds: Bounds, focusNear?: { lat: number; lon: number }): void;
  /** Zoom to the place of this activity, open its popup and focus its marker. */
  reveal(activityId: string): Promise<boolean>;
  /** Markers and clusters now on the map, for tests and the benchmark. */
  markerCount(): number;
}

const el = (tag: string, className?: string, text?: string) => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

const nextMoveEnd = (map: L.Map) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    map.once('moveend', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Lets the browser paint and handle input between the steps of drawing the map (no task over 50 ms). */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function createLeafletMap(
  container: HTMLElement,
  initial: MapData,
  tiles: TileConfig | null,
  callbacks: MapCallbacks = {},
): Promise<MapEngine> {
  let data = initial;
  // Named in the browser's performance timeline, so DevTools and the benchmark show each step.
  let stepStart = performance.now();
  const step = (name: string) => {
    performance.measure(`pk-map:${name}`, { start: stepStart });
    stepStart = performance.now();
  };
  // Leaflet animates zooms, fades and pans; people who asked their system for less motion get none.
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = !reduced;
  const maxZoom = Math.min(tiles?.maxZoom ?? 18, 18);
  const minZoom = MIN_ZOOM;

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
    maxZoom,
    minZoom,
    keyboard: true,
  });
  L.control.zoom({ zoomInTitle: MAP_TEXT.zoomIn, zoomOutTitle: MAP_TEXT.zoomOut }).addTo(map);
  const attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' }).addTo(map);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', MAP_TEXT.mapRegion);

  const tileLayer = tiles && L.tileLayer(tiles.url, { maxZoom, attribution: '' });
  if (tiles && tileLayer) {
    let loaded = 0;
    let failed = false;
    attribution.addAttribution(tiles.attributie);
    tileLayer
      .on('tileerror', () => {
        if (loaded === 0 && !failed) {
          failed = true;
          container.classList.add('pk-map__box--no-tiles');
          callbacks.onTiles?.(true);
        }
      })
      .on('tileload', () => {
        loaded++;
        if (failed) {
          failed = false;
          container.classList.remove('pk-map__box--no-tiles');
          callbacks.onTiles?.(false);
        }
      });
  } else {
    container.classList.add('pk-map__box--no-tiles');
  }

  // The gebied's centre, or on the search page the point that "dichtbij" measures from.
  let centreMarker: L.Marker | undefined;
  const placeCentre = () => {
    centreMarker?.remove();
    centreMarker = data.c
      ? L.marker([data.c.lat, data.c.lon], {
          icon: L.divIcon({ className: 'pk-map-centre', iconSize: [28, 28] }),
          interactive: false,
          keyboard: false,
          zIndexOffset: -1000,
        })
          .on('add', (event) => (event.target as L.Marker).getElement()?.setAttribute('aria-hidden', 'true'))
          .addTo(map)
      : undefined;
  };
  placeCentre();

  const layer = L.layerGroup().addTo(map);
  let markers = new Map<string, L.Marker>();
  let visible: ReadonlySet<string> | null = null;
  let inputs: ClusterInput[] = [];
  let areas: readonly MapArea[] = [];
  let shownAt = new Map<number, number[]>();
  let index: ClusterIndex = buildClusterIndex([]);
  let selectedPlace: number | undefined;
  let openMarkerKey: string | undefined;
  let focusNear: L.LatLng | undefined;

  const rebuild = () => {
    const places = visiblePlaces(data, visible);
    shownAt = new Map(places.map(({ index: placeIndex, shown }) => [placeIndex, shown]));
    inputs = places.map(({ place, index: placeIndex, shown }) => ({
      index: placeIndex,
      lat: place.lat,
      lon: place.lon,
      count: shown.length,
    }));
    index = buildClusterIndex([
      ...inputs,
      ...areas.map((area, areaIndex) => ({ index: areaIndex, lat: area.lat, lon: area.lon, count: area.count, area: true })),
    ]);
  };

  const currentBounds = (): Bounds => {
    const b = map.getBounds();
    return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
  };

  const idsAt = (placeIndex: number) => (shownAt.get(placeIndex) ?? []).map((activity) => data.a[activity]!.id);

  function popupContent(placeIndex: number): HTMLElement {
    const place = data.p[placeIndex]!;
    const box = el('div', 'pk-map-popup');
    box.append(el('p', 'pk-map-popup__place', place.n));
    const list = el('ul', 'pk-map-popup__list');
    for (const activityIndex of shownAt.get(placeIndex) ?? []) {
      const activity = data.a[activityIndex]!;
      const item = el('li');
      const link = el('a', undefined, activity.t) as HTMLAnchorElement;
      link.href = activity.u;
      item.append(link, el('span', 'pk-map-popup__when', whenOf(activity)));
      list.append(item);
    }
    const button = el('button', 'pk-button pk-button--secondary pk-map-popup__button', MAP_TEXT.showInList) as HTMLButtonElement;
    button.type = 'button';
    button.addEventListener('click', () => callbacks.onShowInList?.(idsAt(placeIndex)));
    box.append(list, button);
    return box;
  }

  function select(placeIndex: number, marker: L.Marker, focusPopup: boolean) {
    selectedPlace = placeIndex;
    for (const [key, other] of markers) other.getElement()?.classList.toggle('pk-map-marker--selected', key.startsWith(`p${placeIndex}:`));
    openMarkerKey = `p${placeIndex}`;
    const popup = L.popup({
      maxWidth: 320,
      minWidth: 200,
      autoPan: animate,
      autoPanPaddingTopLeft: [64, 16],
      autoPanPaddingBottomRight: [16, 32],
      closeButton: true,
    })
      .setLatLng(marker.getLatLng())
      .setContent(popupContent(placeIndex));
    popup.openOn(map);
    if (!animate) keepInside(popup);
    if (focusPopup) popup.getElement()?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
    callbacks.onSelect?.(idsAt(placeIndex));
  }

  /** Leaflet's auto-pan always animates; with reduced motion we move the map in one jump instead. */
  function keepInside(popup: L.Popup) {
    const element = popup.getElement();
    if (!element) return;
    const box = container.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    // The same room as autoPanPadding: the zoom buttons are on the left.
    const [left, top, right] = [64, 16, 16];
    const dx =
      rect.left < box.left + left ? rect.left - box.left - left : rect.right > box.right - right ? rect.right - box.right + right : 0;
    const dy = rect.top < box.top + top ? rect.top - box.top - top : 0;
    if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false });
  }

  function expand(feature: Extract<MapFeature, { kind: 'cluster' }>, viaKeyboard: boolean) {
    const zoom = Math.min(index.getClusterExpansionZoom(feature.id), maxZoom);
    if (viaKeyboard) focusNear = L.latLng(feature.lat, feature.lon);
    map.setView([feature.lat, feature.lon], zoom, { animate });
  }

  /** A gemeente whose points are not loaded: load them, then show the gemeente. */
  async function openArea(area: MapArea, viaKeyboard: boolean) {
    await callbacks.onArea?.(area.id);
    zoomTo(area.bounds, viaKeyboard ? area : undefined);
  }

  function zoomTo(bounds: Bounds, near?: { lat: number; lon: number }) {
    if (near) focusNear = L.latLng(near.lat, near.lon);
    map.fitBounds(
      [
        [bounds.south, bounds.west],
        [bounds.north, bounds.east],
      ],
      { padding: [48, 48], maxZoom: 15, animate },
    );
  }

  function makeMarker(feature: MapFeature): L.Marker {
    // An area (a gemeente not loaded) looks like a cluster: a number that opens into places.
    const isCluster = feature.kind !== 'place';
    const size = isCluster ? (feature.count < 10 ? 40 : feature.count < 100 ? 46 : 54) : 34;
    const label =
      feature.kind === 'cluster'
        ? feature.areas > 0
          ? areaClusterLabel(feature.places, feature.count, feature.areas)
          : clusterLabel(feature.places, feature.count)
        : feature.kind === 'area'
          ? areaLabel(areas[feature.index]!.n, feature.count)
          : placeLabel(
              data.p[feature.index]!.n,
              (shownAt.get(feature.index) ?? []).map((activity) => data.a[activity]!.t),
            );
    const icon = L.divIcon({
      className: isCluster ? 'pk-map-marker pk-map-marker--cluster' : 'pk-map-marker pk-map-marker--place',
      html: `<span aria-hidden="true">${isCluster || feature.count > 1 ? feature.count : ''}</span>`,
      iconSize: [size, size],
    });
    const marker = L.marker([feature.lat, feature.lon], { icon, keyboard: true, title: label, riseOnHover: true });
    marker.on('add', () => {
      const element = marker.getElement()!;
      element.setAttribute('aria-label', label);
      element.dataset.kind = feature.kind;
      element.dataset.count = String(feature.count);
      if (feature.kind === 'area') element.dataset.gemeente = areas[feature.index]!.id;
      if (feature.kind === 'place') {
        element.dataset.place = String(feature.index);
        if (feature.index === selectedPlace) element.classList.add('pk-map-marker--selected');
      }
    });
    const choose = (viaKeyboard: boolean) =>
      feature.kind === 'cluster'
        ? expand(feature, viaKeyboard)
        : feature.kind === 'area'
          ? void openArea(areas[feature.index]!, viaKeyboard)
          : select(feature.index, marker, viaKeyboard);
    marker.on('click', (event) => choose((event as L.LeafletMouseEvent).originalEvent?.detail === 0));
    // Leaflet turns Enter on a focused marker into "keypress", not "click"; Space is what buttons also do.
    marker.on('keypress', (event) => {
      if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') choose(true);
    });
    marker.on('keydown', (event) => {
      const original = (event as L.LeafletKeyboardEvent).originalEvent;
      if (original.key === ' ') {
        original.preventDefault();
        choose(true);
      }
    });
    return marker;
  }

  function render() {
    const features = featuresInView(index, padBounds(currentBounds(), 0.2), map.getZoom());
    const next = new Map<string, L.Marker>();
    for (const feature of features) {
      // An area's index changes as gemeenten load: its key names the gemeente.
      const key =
        feature.kind === 'cluster'
          ? `${feature.key}:${feature.places}:${feature.count}:${feature.areas}`
          : feature.kind === 'area'
            ? `g:${areas[feature.index]!.id}:${feature.count}`
            : `${feature.key}:${feature.count}`;
      const existing = markers.get(key);
      if (existing) {
        markers.delete(key);
        next.set(key, existing);
      } else {
        const marker = makeMarker(feature);
        next.set(key, marker);
        layer.addLayer(marker);
      }
    }
    for (const marker of markers.values()) layer.removeLayer(marker);
    markers = next;
    if (focusNear) {
      const target = focusNear;
      focusNear = undefined;
      let best: L.Marker | undefined;
      let bestDistance = Infinity;
      for (const marker of markers.values()) {
        const distance = map.distance(marker.getLatLng(), target);
        if (distance < bestDistance) [best, bestDistance] = [marker, distance];
      }
      best?.getElement()?.focus({ preventScroll: true });
    }
    if (callbacks.onView) {
      const view = currentBounds();
      const ids = new Set<string>();
      for (const input of inputs) if (contains(view, input)) for (const id of idsAt(input.index)) ids.add(id);
      callbacks.onView(ids);
    }
  }

  // A popup is on top of everything: Escape closes it and gives focus back to its marker.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !openPopup) return;
    const popupWasFocused = container.querySelector('.leaflet-popup')?.contains(document.activeElement);
    map.closePopup();
    if (popupWasFocused) markerFor(openMarkerKey)?.getElement()?.focus({ preventScroll: true });
  });
  let openPopup: L.Popup | undefined;
  map.on('popupclose', () => (openPopup = undefined));
  map.on('popupopen', (event) => {
    openPopup = event.popup;
    const close = event.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    if (close) {
      close.setAttribute('aria-label', MAP_TEXT.closePopup);
      close.title = MAP_TEXT.closePopup;
      close.addEventListener('click', () => markerFor(openMarkerKey)?.getElement()?.focus({ preventScroll: true }), { once: true });
    }
  });

  const markerFor = (keyStart: string | undefined) => {
    if (!keyStart) return undefined;
    for (const [key, marker] of markers) if (key.startsWith(`${keyStart}:`)) return marker;
    return undefined;
  };

  const fit = () => {
    const around = boundsOf([...(visible ? inputs : data.p), ...areas, ...(data.c ? [data.c] : [])]);
    if (around)
      map.fitBounds(
        [
          [around.south, around.west],
          [around.north, around.east],
        ],
        { padding: [48, 48], maxZoom: 15, animate: false },
      );
    else map.setView([52.2, 5.3], 7, { animate: false });
  };

  // Four steps, each its own task: the map, its tiles, the clusters, the markers.
  fit();
  step('leaflet');
  await yieldToMain();
  stepStart = performance.now();
  tileLayer?.addTo(map);
  step('tiles');
  await yieldToMain();
  stepStart = performance.now();
  rebuild();
  step('clusters');
  await yieldToMain();
  stepStart = performance.now();
  map.on('moveend', render);
  // Only a move, not a redraw, may load more: new points never make the map load again by themselves.
  map.on('moveend', () => callbacks.onMove?.(currentBounds(), map.getZoom()));
  render();
  step('draw');

  const redraw = () => {
    map.closePopup();
    layer.clearLayers();
    markers = new Map();
    rebuild();
    fit();
    render();
  };

  return {
    map,
    setVisible(ids) {
      visible = ids;
      redraw();
    },
    setData(next) {
      data = next;
      visible = null;
      placeCentre();
      redraw();
    },
    setOverview(next, nextAreas, ids, refit) {
      data = next;
      areas = nextAreas;
      visible = ids;
      if (refit) return redraw();
      // New points while the visitor looks: the view stays, an open popup too when its place is still there.
      rebuild();
      render();
    },
    zoomTo,
    async reveal(activityId) {
      const activityIndex = data.a.findIndex((activity) => activity.id === activityId);
      const input = inputs.find((candidate) => shownAt.get(candidate.index)?.includes(activityIndex));
      if (!input) return false;
      const zoom = Math.min(Math.max(map.getZoom(), zoomToReveal(index, input)), maxZoom, CLUSTER_MAX_ZOOM + 1);
      const moved = nextMoveEnd(map);
      map.setView([input.lat, input.lon], zoom, { animate });
      await moved;
      // Another move (the zoom to a gemeente that just loaded) can end first: then jump there at once.
      if (!markerFor(`p${input.index}`)) map.setView([input.lat, input.lon], zoom, { animate: false });
      const marker = markerFor(`p${input.index}`);
      if (!marker) return false;
      select(input.index, marker, false);
      marker.getElement()?.focus({ preventScroll: true });
      return true;
    },
    markerCount: () => markers.size,
  };
}
