/**
 * Coming dates after the build. Pages are built once, visitors come later: a page built on Monday still
 * says "Volgende keer: dinsdag 24 november" on 4 December unless something drops the past dates.
 * The build therefore keeps more coming dates than a page shows (STORED_DATES), and a few lines of
 * script in the visitor's browser show the first ones from the visitor's today on (upcoming-dates.ts).
 * When every stored date has passed, the page says to ask the organisation (ASK_WHEN_NEXT).
 * Pure and browser-safe: "today" is always an input.
 */
import type { PlainDate } from './dates';
import { ASK_WHEN_NEXT, formatDate, whenText } from './format';
import type { Occurrence, SkippedDate, UpcomingDates } from './schedule';
import { joinDutch } from './text';

/** How many coming dates an activity page and a welzijnsrecept show. */
export const SHOWN_DATES = 3;

/**
 * How many coming dates the build keeps for the script (and the search records, the referral data and the
 * open-data feed): with a weekly activity the pages stay right for about 8 weeks without a rebuild.
 */
export const STORED_DATES = 8;

export { ASK_WHEN_NEXT };

/** The first `limit` items on or after today, in their order (the stored dates are sorted). */
export function comingDates<T>(items: readonly T[], today: PlainDate, dateOf: (item: T) => PlainDate, limit = SHOWN_DATES): T[] {
  return items.filter((item) => dateOf(item) >= today).slice(0, limit);
}

/**
 * What the "Wanneer" block of an activity page shows on a day: the coming dates, and the regular dates that
 * fall out between today and the last date shown (school holidays, public holidays).
 */
export function datesToShow(upcoming: UpcomingDates, today: PlainDate, limit = SHOWN_DATES): UpcomingDates {
  const dates = comingDates(upcoming.dates, today, (occurrence) => occurrence.date, limit);
  const last = dates.at(-1)?.date;
  const skipped = last === undefined ? [] : upcoming.skipped.filter((skip) => skip.date >= today && skip.date < last);
  return { dates, skipped };
}

/** "Let op: niet op dinsdag 22 december 2026 (Kerstvakantie)." or nothing. */
export function skippedSentence(skipped: readonly SkippedDate[]): string {
  return skipped.length === 0 ? '' : `Let op: niet op ${joinDutch(skipped.map((skip) => `${formatDate(skip.date)} (${skip.reden})`))}.`;
}

/** A card's line for an active activity with stored dates: the next one from today, or ask the organisation. */
export function nextDateText(dates: readonly Occurrence[], today: PlainDate): string {
  const [next] = comingDates(dates, today, (occurrence) => occurrence.date, 1);
  return next ? whenText('actief', next, false) : ASK_WHEN_NEXT;
}
