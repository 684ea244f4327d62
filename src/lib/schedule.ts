/**
 * Next dates of an activity, respecting its period, public holidays and school holidays.
 * Pure: today's date and the holiday data are inputs, so tests and builds are repeatable.
 */
import { addDays, daysBetween, isoWeekday, publicHolidays, type PlainDate } from './dates';
import type { Rooster, SchoolHoliday, TimedRooster } from './schemas';
import { weekdays, type SchoolHolidayRegion, type Weekday } from './taxonomy';
import { SHOWN_DATES } from './upcoming';

export interface Occurrence {
  date: PlainDate;
  van: string;
  tot: string;
}

export interface SkippedDate {
  date: PlainDate;
  /** Why it does not take place, such as "Kerstvakantie" or "Tweede Kerstdag". */
  reden: string;
}

export interface UpcomingDates {
  dates: Occurrence[];
  /** Regular dates that fall out between today and the last listed date. */
  skipped: SkippedDate[];
}

export interface ScheduleContext {
  today: PlainDate;
  region: SchoolHolidayRegion;
  schoolHolidays: readonly SchoolHoliday[];
}

export interface UpcomingOptions {
  /** How many dates; SHOWN_DATES unless asked (the catalog keeps STORED_DATES). */
  count?: number;
  /** How far ahead to look, in days. */
  horizonDays?: number;
}

export function weekdayNumber(day: Weekday): number {
  return weekdays.indexOf(day) + 1;
}

function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Whether the regular pattern of a timed schedule falls on this date (before pauses). */
export function matchesPattern(rooster: TimedRooster, date: PlainDate): boolean {
  if (!rooster.dagen.some((day) => weekdayNumber(day) === isoWeekday(date))) return false;
  if (rooster.periode && (date < rooster.periode.van || date > rooster.periode.tot)) return false;
  switch (rooster.soort) {
    case 'wekelijks':
      return true;
    case 'tweewekelijks': {
      if (date < rooster.eersteKeer) return false;
      const weeks = daysBetween(mondayOf(rooster.eersteKeer), mondayOf(date)) / 7;
      return weeks % 2 === 0;
    }
    case 'maandelijks': {
      const dayOfMonth = Number(date.slice(8, 10));
      const nth = Math.ceil(dayOfMonth / 7);
      const isLast = addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
      return rooster.weken.some((week) => (week === 'laatste' ? isLast : week === nth));
    }
  }
}

export function holidayOn(date: PlainDate): string | undefined {
  return publicHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date)?.naam;
}

export function schoolHolidayOn(date: PlainDate, context: Pick<ScheduleContext, 'region' | 'schoolHolidays'>): string | undefined {
  return context.schoolHolidays.find(
    (holiday) =>
      (holiday.regio === context.region || holiday.regio === 'heel-nederland') && holiday.van <= date && date <= holiday.tot,
  )?.naam;
}

export function upcomingDates(rooster: Rooster, context: ScheduleContext, options: UpcomingOptions = {}): UpcomingDates {
  const count = options.count ?? SHOWN_DATES;
  const horizonDays = options.horizonDays ?? 180;
  const result: UpcomingDates = { dates: [], skipped: [] };
  if (rooster.soort === 'op-afspraak') return result;

  for (let offset = 0; offset <= horizonDays && result.dates.length < count; offset++) {
    const date = addDays(context.today, offset);
    if (!matchesPattern(rooster, date)) continue;
    const reden =
      (rooster.pauzeOpFeestdagen ? holidayOn(date) : undefined) ??
      (rooster.pauzeInSchoolvakanties ? schoolHolidayOn(date, context) : undefined);
    if (reden) {
      result.skipped.push({ date, reden });
    } else {
      result.dates.push({ date, van: rooster.van, tot: rooster.tot });
    }
  }
  const lastDate = result.dates.at(-1)?.date;
  result.skipped = result.skipped.filter((skip) => lastDate !== undefined && skip.date < lastDate);
  return result;
}

/** The last day covered by the school holiday data of a region: after it, pauses cannot be known. */
export function schoolHolidayDataUntil(context: Pick<ScheduleContext, 'region' | 'schoolHolidays'>): PlainDate | undefined {
  const ends = context.schoolHolidays
    .filter((holiday) => holiday.regio === context.region || holiday.regio === 'heel-nederland')
    .map((holiday) => holiday.tot)
    .sort();
  return ends.at(-1);
}
