/**
 * The visitor's own starting point for "Wat is dichtbij?": the device's position or a typed postcode.
 * Both stay on this device: the postcode input has no name, so it never enters the URL, and neither
 * point is sent anywhere; the page only sorts by distance with it.
 */
import type { Origin } from '../lib/search/engine';
import type { ManifestGebied } from '../lib/search/shard';
import { gebiedenForPostcode } from '../lib/postcode';
import { element } from './search-dom';

/** Watches the postcode input; `changed` gets the centre of the postcode's gebied, or undefined. */
export function watchPostcode(
  form: HTMLFormElement,
  gebieden: () => readonly ManifestGebied[],
  centre: (gebied: string) => Origin | undefined,
  changed: (origin: Origin | undefined) => void,
) {
  const input = element<HTMLInputElement>(form, '[data-search-postcode]');
  const note = element<HTMLElement>(form, '[data-search-postcode-note]');
  input.addEventListener('input', (event) => {
    // The form's own listener would search too; this one searches once, with the new point.
    event.stopPropagation();
    const found = gebiedenForPostcode(input.value, gebieden());
    const wrong =
      found.kind === 'invalid'
        ? 'Typ de vier cijfers van uw postcode, zoals 8307.'
        : found.kind === 'unknown'
          ? `Postcode ${found.pc4} kennen we niet. Kies hierboven uw dorp of wijk.`
          : '';
    note.textContent = wrong;
    input.setAttribute('aria-invalid', String(wrong !== ''));
    changed(found.kind === 'found' ? centre(found.gebieden[0]!.id) : undefined);
  });
}

export interface DevicePositionHooks {
  /** The page's notes: what is going on while the browser looks for the position. */
  note: (line: string, kind: 'info' | 'warning') => void;
  /** The new position, or undefined when the visitor stops using it. */
  changed: (device: Origin | undefined) => void;
}

/** The "Gebruik mijn plek" buttons, shown only when the browser can find a position. */
export function offerDevicePosition(root: HTMLElement, form: HTMLFormElement, hooks: DevicePositionHooks) {
  if (!('geolocation' in navigator)) return;
  const box = element<HTMLElement>(root, '[data-search-geo]');
  const start = element<HTMLButtonElement>(box, '[data-search-geo-start]');
  const stop = element<HTMLButtonElement>(box, '[data-search-geo-stop]');
  box.hidden = false;
  start.addEventListener('click', () => {
    start.disabled = true;
    hooks.note('We zoeken uw plek. Uw browser vraagt misschien of dat mag.', 'info');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        start.disabled = false;
        start.hidden = true;
        stop.hidden = false;
        // The device position replaces a chosen gebied as the point to measure from.
        element<HTMLSelectElement>(form, 'select[name="bij"]').value = '';
        hooks.changed({ lat: position.coords.latitude, lon: position.coords.longitude });
        stop.focus();
      },
      () => {
        start.disabled = false;
        hooks.note('We konden uw plek niet vinden. Kies dan bij "vanaf" uw dorp of wijk.', 'warning');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
  stop.addEventListener('click', () => {
    stop.hidden = true;
    start.hidden = false;
    hooks.changed(undefined);
    start.focus();
  });
}
