/**
 * Dutch formatting the B1 way (Utrecht and Rijksoverheid writing guides):
 * dates with weekday and year, times as "10.00 uur", amounts as "€ 2,50".
 */
import { toUtcDate, type PlainDate } from './dates';
import type { Kosten, Locatie, Rooster } from './schemas';
import { placeStatuses, type ActivityStatusId, type PlaceStatusId } from './taxonomy';
import { joinDutch } from './text';

const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * Intl formatting is slow next to a lookup, and result cards on every keystroke name the same few dates;
 * the cache stays small because only dates of the coming weeks are formatted in a page's life.
 */
function cachedFormat(format: Intl.DateTimeFormat): (date: PlainDate) => string {
  const made = new Map<PlainDate, string>();
  return (date) => {
    let text = made.get(date);
    if (text === undefined) {
      if (made.size > 2000) made.clear();
      made.set(date, (text = format.format(toUtcDate(date))));
    }
    return text;
  };
}

/** "dinsdag 1 december 2026" */
export const formatDate = cachedFormat(longDate);

/** "dinsdag 1 december", for lists of dates within the coming months. */
export const formatDateShort = cachedFormat(dayMonth);

/** "10:00" → "10.00", "09:30" → "9.30": the B1 guides write hours without a leading zero. */
export function formatTime(time: string): string {
  return time.replace(/^0(\d)/, '$1').replace(':', '.');
}

/** "10.00 tot 12.00 uur" */
export function formatTimeRange(van: string, tot: string): string {
  return `${formatTime(van)} tot ${formatTime(tot)} uur`;
}

/** "€ 2,50"; whole amounts without decimals: "€ 5". */
export function formatEuro(amount: number): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
  return `€ ${fixed}`;
}

export function formatCost(kosten: Kosten): string {
  switch (kosten.soort) {
    case 'gratis':
      return 'Gratis';
    case 'bedrag':
      return `${formatEuro(kosten.bedrag)} per ${kosten.per}`;
    case 'anders':
      return kosten.toelichting;
  }
}

const ordinals: Record<string, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', laatste: 'laatste' };

/** The rhythm in a few words: "elke dinsdag", "om de week op woensdag", "elke eerste en derde vrijdag van de maand". */
export function shortRhythm(rooster: Rooster): string {
  if (rooster.soort === 'op-afspraak') return 'op afspraak';
  const days = joinDutch(rooster.dagen);
  switch (rooster.soort) {
    case 'wekelijks':
      return `elke ${days}`;
    case 'tweewekelijks':
      return `om de week op ${days}`;
    case 'maandelijks':
      return `elke ${joinDutch(rooster.weken.map((week) => ordinals[String(week)]!))} ${days} van de maand`;
  }
}

/** A sentence that describes the regular pattern: "Elke dinsdag van 10.00 tot 11.30 uur." */
export function describeSchedule(rooster: Rooster): string {
  if (rooster.soort === 'op-afspraak') return 'Op afspraak.';
  const rhythm = shortRhythm(rooster);
  const sentence = `${rhythm.charAt(0).toUpperCase()}${rhythm.slice(1)}`;
  const time = `van ${formatTimeRange(rooster.van, rooster.tot)}`;
  // A monthly rhythm ends in "van de maand", so the time follows after a comma.
  return rooster.soort === 'maandelijks' ? `${sentence}, ${time}.` : `${sentence} ${time}.`;
}

/** Whether someone must sign up first, as the activity page, the recept and Mijn lijstje say it. */
export function signUpSentence(nodig: boolean): string {
  return nodig ? 'U meldt zich eerst aan.' : 'U hoeft zich niet aan te melden.';
}

/** Extra lines about pauses and the period, for the "Wanneer" block. */
export function describePauses(rooster: Rooster): string[] {
  if (rooster.soort === 'op-afspraak') return [];
  const lines: string[] = [];
  if (rooster.periode) lines.push(`Van ${formatDate(rooster.periode.van)} tot en met ${formatDate(rooster.periode.tot)}.`);
  if (rooster.pauzeInSchoolvakanties) lines.push('Niet in de schoolvakanties.');
  if (rooster.pauzeOpFeestdagen) lines.push('Niet op feestdagen.');
  return lines;
}

type Adres = Extract<Locatie, { adres: unknown }>['adres'];

/** "Schoolstraat 2, 8307 AA Ens" */
export function addressLine(adres: Adres): string {
  return `${adres.straat} ${adres.huisnummer}, ${adres.postcode} ${adres.plaats}`;
}

/**
 * The words for a place without an address, defined once: `line` for lists of places (recept, Mijn lijstje),
 * `short` inside a sentence or reason line, `page` under the place's name on the activity page.
 */
export const REMOTE_WORDS = {
  online: { line: 'Online, via de computer of telefoon.', short: 'online', page: 'U doet mee via internet.' },
  'aan-huis': { line: 'Bij u thuis.', short: 'bij u thuis', page: 'Iemand komt bij u thuis.' },
} as const satisfies Record<string, { line: string; short: string; page: string }>;
export type RemoteKind = keyof typeof REMOTE_WORDS;

/** Said of an activity without an address when the list does not know which of the two it is (search results). */
export const REMOTE_EITHER = `${REMOTE_WORDS.online.short} of ${REMOTE_WORDS['aan-huis'].short}`;

/** "1 activiteit" / "12 activiteiten" */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Said instead of a next date when every date the build stored has passed (see upcoming.ts): the site was
 * not rebuilt since, so it cannot know the next one.
 */
export const ASK_WHEN_NEXT = 'Vraag de organisatie wanneer het weer is.';

/** What a card, a search result and a map popup say about when: the next date, or why there is none. */
export function whenText(
  status: ActivityStatusId,
  next: { date: PlainDate; van: string; tot: string } | undefined,
  byAppointment: boolean,
): string {
  if (status !== 'actief') return status === 'gepauzeerd' ? 'Tijdelijk gestopt' : 'Gestopt';
  if (next) return `Volgende keer: ${formatDateShort(next.date)}, ${formatTimeRange(next.van, next.tot)}`;
  return byAppointment ? 'Op afspraak' : 'Geen datum bekend';
}

/** The same, for an activity of the catalog. */
export function activityWhenText(activity: {
  data: { status: ActivityStatusId; rooster: Rooster };
  upcoming: { dates: readonly { date: PlainDate; van: string; tot: string }[] };
}): string {
  return whenText(activity.data.status, activity.upcoming.dates[0], activity.data.rooster.soort === 'op-afspraak');
}

export interface Badge {
  text: string;
  kind?: 'free' | 'warning';
}

/** The badges every activity card shows: room in the group (when current), cost, wheelchair, no sign-up needed. */
export function activityBadges(facts: {
  kosten: string;
  gratis: boolean;
  rolstoel: boolean;
  zonderAanmelden: boolean;
  plaats?: PlaceStatusId | undefined;
}): Badge[] {
  const badges: Badge[] = [];
  if (facts.plaats) badges.push({ text: placeStatuses.label(facts.plaats), kind: facts.plaats === 'vrij' ? 'free' : 'warning' });
  badges.push({ text: facts.kosten, ...(facts.gratis ? { kind: 'free' as const } : {}) });
  if (facts.rolstoel) badges.push({ text: 'Rolstoel kan erin' });
  if (facts.zonderAanmelden) badges.push({ text: 'Zonder aanmelden' });
  return badges;
}
