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

/** A day of the calendar with what the schedule rules ask of it, worked out once. */
interface CalendarDay {
  date: PlainDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Days since 1970-01-01, for counting weeks. */
  epochDay: number;
  /** Which week of its month the day is in: 1 for days 1 to 7, and so on. */
  weekOfMonth: number;
  /** In the last seven days of its month. */
  lastWeekOfMonth: boolean;
}

function calendarDay(date: PlainDate): CalendarDay {
  return {
    date,
    weekday: isoWeekday(date),
    epochDay: daysBetween('1970-01-01', date),
    weekOfMonth: Math.ceil(Number(date.slice(8, 10)) / 7),
    lastWeekOfMonth: addDays(date, 7).slice(5, 7) !== date.slice(5, 7),
  };
}

// Every activity of a build looks at the same days from the same today: the days are worked out once,
// not once per activity (date arithmetic on strings was most of a large build's time).
const calendars = new Map<string, CalendarDay[]>();
const CALENDARS_KEPT = 8;

function calendarFrom(today: PlainDate, days: number): readonly CalendarDay[] {
  const key = `${today}+${days}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = Array.from({ length: days + 1 }, (_, offset) => calendarDay(addDays(today, offset)));
    if (calendars.size >= CALENDARS_KEPT) calendars.delete(calendars.keys().next().value!);
    calendars.set(key, calendar);
  }
  return calendar;
}

function matchesDay(rooster: TimedRooster, day: CalendarDay): boolean {
  if (!rooster.dagen.some((weekday) => weekdayNumber(weekday) === day.weekday)) return false;
  if (rooster.periode && (day.date < rooster.periode.van || day.date > rooster.periode.tot)) return false;
  switch (rooster.soort) {
    case 'wekelijks':
      return true;
    case 'tweewekelijks': {
      if (day.date < rooster.eersteKeer) return false;
      const first = calendarDay(rooster.eersteKeer);
      const weeks = (day.epochDay - (day.weekday - 1) - (first.epochDay - (first.weekday - 1))) / 7;
      return weeks % 2 === 0;
    }
    case 'maandelijks':
      return rooster.weken.some((week) => (week === 'laatste' ? day.lastWeekOfMonth : week === day.weekOfMonth));
  }
}

/** Whether the regular pattern of a timed schedule falls on this date (before pauses). */
export function matchesPattern(rooster: TimedRooster, date: PlainDate): boolean {
  return matchesDay(rooster, calendarDay(date));
}

const holidaysByYear = new Map<number, Map<PlainDate, string>>();

export function holidayOn(date: PlainDate): string | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Map(publicHolidays(year).map((holiday) => [holiday.date, holiday.naam]));
    holidaysByYear.set(year, holidays);
  }
  return holidays.get(date);
}

export function schoolHolidayOn(date: PlainDate, context: Pick<ScheduleContext, 'region' | 'schoolHolidays'>): string | undefined {
  return context.schoolHolidays.find(
    (holiday) => (holiday.regio === context.region || holiday.regio === 'heel-nederland') && holiday.van <= date && date <= holiday.tot,
  )?.naam;
}

export function upcomingDates(rooster: Rooster, context: ScheduleContext, options: UpcomingOptions = {}): UpcomingDates {
  const count = options.count ?? SHOWN_DATES;
  const horizonDays = options.horizonDays ?? 180;
  const result: UpcomingDates = { dates: [], skipped: [] };
  if (rooster.soort === 'op-afspraak') return result;

  for (const day of calendarFrom(context.today, horizonDays)) {
    if (result.dates.length >= count) break;
    if (!matchesDay(rooster, day)) continue;
    const { date } = day;
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
