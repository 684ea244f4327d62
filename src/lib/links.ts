/** Links that leave the page: phone, route planner, error reports. */
import type { PhysicalLocatie } from './schemas';

/** "0527 123 456" → "tel:+31527123456"; the 14 numbers stay as dialled. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('14')) return `tel:${digits}`;
  return `tel:${digits.startsWith('0') ? `+31${digits.slice(1)}` : digits}`;
}

/** A route to the address on OpenStreetMap; only followed when the visitor clicks it. */
export function routeHref(locatie: PhysicalLocatie): string {
  const { lat, lon } = locatie.coordinaten;
  return `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lon}#map=17/${lat}/${lon}`;
}

/**
 * A pre-filled e-mail to the editors about one page, so nobody needs a form or an account.
 * `form` is the page's current data as text lines (see redactie/report-form.ts), to correct in place.
 */
export function reportErrorHref(editorsEmail: string, pageTitle: string, pageUrl: string, form?: string): string {
  const subject = `Fout op de Preventiekaart: ${pageTitle}`;
  const body = `Over deze pagina: ${pageUrl}\n\nWat klopt er niet?\n\n${form ? `\n${form}\n` : ''}`;
  return `mailto:${editorsEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * The link to an activity from a gebied page or a search in one gebied. For an activity in several
 * gebieden, `?vanuit=` lets the activity page put that gebied's coach and loket first.
 */
export function activityHref(
  activity: { url: string; gebieden: readonly (string | { id: string })[] },
  vanuit: string | undefined,
): string {
  const ids = activity.gebieden.map((gebied) => (typeof gebied === 'string' ? gebied : gebied.id));
  return vanuit && ids.length > 1 && ids.includes(vanuit) ? `${activity.url}?vanuit=${encodeURIComponent(vanuit)}` : activity.url;
}
