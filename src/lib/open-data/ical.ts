/**
 * iCalendar (RFC 5545) files of the activities: /data/agenda/<activiteit>.ics and /data/agenda/gebied-<gebied>.ics.
 *
 * Inputs it reads (keep this list narrow, so the activity facts module can feed it in one place):
 * - the activity: `id`, `url`, `data.titel`, `data.samenvatting`, `data.rooster`, `data.status`, `locaties`,
 *   `gemeente.schoolvakantieRegio`;
 * - the catalog's `today` and `schoolHolidays`.
 *
 * One recurring event per activity: DTSTART is the first real date, the RRULE repeats the rooster, UNTIL is
 * the last date we can vouch for, and every regular date that falls out (public holiday, school holiday) is an
 * EXDATE. The dates themselves come from `upcomingDates()` in schedule.ts, the same rule the pages use.
 *
 * Written by hand, not with the `ics` package: `ics` writes times in UTC or floating, without TZID or VTIMEZONE,
 * so a weekly 10.00 uur would move by an hour at every change of summer time. The format is a few dozen lines.
 */
import type { ActivityView } from '../catalog';
import { daysBetween, type PlainDate } from '../dates';
import { placeFact } from '../facts/activity-facts';
import type { Activiteit, SchoolHoliday, TimedRooster } from '../schemas';
import { schoolHolidayDataUntil, upcomingDates, weekdayNumber } from '../schedule';

/** How far ahead a calendar reaches. The site is rebuilt daily, so a subscribed calendar moves along. */
export const CALENDAR_HORIZON_DAYS = 365;

export const TIME_ZONE = 'Europe/Amsterdam';

export type CalendarActivity = Pick<ActivityView, 'id' | 'url'> & {
  locaties: ActivityView['locaties'];
  data: Pick<Activiteit, 'titel' | 'samenvatting' | 'rooster' | 'status'>;
  gemeente: Pick<ActivityView['gemeente'], 'schoolvakantieRegio'>;
};

export interface CalendarContext {
  today: PlainDate;
  schoolHolidays: readonly SchoolHoliday[];
  /** The site's address, such as "https://preventiekaart.nl/", for the URL and the UID. */
  site: string;
}

/** The parts of one recurring event, before they are written out. */
export interface RecurringEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  location?: string;
  start: PlainDate;
  van: string;
  tot: string;
  rrule: string;
  /** The last date of the series. */
  until: PlainDate;
  exdates: PlainDate[];
}

const icalDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The BYDAY of RFC 5545: "TU,TH" weekly, "1WE,3WE" or "-1FR" monthly. HSDS `byday` is the same (hsds/service.ts). */
export function byDay(rooster: TimedRooster): string {
  const days = rooster.dagen.map((day) => icalDays[weekdayNumber(day) - 1]!);
  if (rooster.soort !== 'maandelijks') return days.join(',');
  return rooster.weken.flatMap((week) => days.map((day) => `${week === 'laatste' ? -1 : week}${day}`)).join(',');
}

function frequency(rooster: TimedRooster): string {
  switch (rooster.soort) {
    case 'wekelijks':
      return 'FREQ=WEEKLY;WKST=MO';
    case 'tweewekelijks':
      // Same week parity as schedule.ts: weeks counted Monday to Sunday from eersteKeer.
      return 'FREQ=WEEKLY;INTERVAL=2;WKST=MO';
    case 'maandelijks':
      return 'FREQ=MONTHLY';
  }
}

// Made once: a new formatter per event was a large part of a national build.
const amsterdamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour12: false,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-12-25" + "10:00" in Amsterdam as a UTC date-time, "20261225T090000Z", for UNTIL. */
export function amsterdamToUtc(date: PlainDate, time: string): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const parts = amsterdamClock.formatToParts(new Date(asUtc));
  const part = (type: string) => Number(parts.find((item) => item.type === type)!.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'));
  const utc = new Date(asUtc - (shown - asUtc));
  return utc
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The recurring event of an activity, or undefined when it has no dates to offer: by appointment, paused or
 * stopped, or a period that lies in the past. Nothing is invented for those.
 */
export function recurringEvent(activity: CalendarActivity, context: CalendarContext): RecurringEvent | undefined {
  // The activity's own calendar, its gebied's and the HSDS files all ask for the same event.
  let perActivity = eventsByHolidays.get(context.schoolHolidays);
  if (!perActivity) eventsByHolidays.set(context.schoolHolidays, (perActivity = new WeakMap()));
  let events = perActivity.get(activity);
  if (!events) perActivity.set(activity, (events = new Map()));
  const key = `${context.today} ${context.site}`;
  if (!events.has(key)) events.set(key, buildRecurringEvent(activity, context));
  return events.get(key);
}

const eventsByHolidays = new WeakMap<readonly SchoolHoliday[], WeakMap<CalendarActivity, Map<string, RecurringEvent | undefined>>>();

function buildRecurringEvent(activity: CalendarActivity, context: CalendarContext): RecurringEvent | undefined {
  const { rooster } = activity.data;
  if (rooster.soort === 'op-afspraak' || activity.data.status !== 'actief') return undefined;
  const scheduleContext = { today: context.today, region: activity.gemeente.schoolvakantieRegio, schoolHolidays: context.schoolHolidays };
  // After the last known school holiday a pause cannot be known, so the series stops there.
  const holidayDataEnd = rooster.pauzeInSchoolvakanties ? schoolHolidayDataUntil(scheduleContext) : undefined;
  const horizonDays = Math.min(CALENDAR_HORIZON_DAYS, holidayDataEnd ? daysBetween(context.today, holidayDataEnd) : Infinity);
  if (horizonDays < 0) return undefined;
  const { dates, skipped } = upcomingDates(rooster, scheduleContext, { count: Infinity, horizonDays });
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return undefined;
  const until = amsterdamToUtc(last.date, rooster.van);
  const url = new URL(activity.url, context.site).href;
  const places = activity.locaties.map((locatie) => placeFact(locatie).regel);
  return {
    uid: `${activity.id}@${new URL(context.site).host}`,
    summary: activity.data.titel,
    description: `${activity.data.samenvatting}\n\nMeer informatie: ${url}`,
    url,
    ...(places.length > 0 ? { location: places.join(' / ') } : {}),
    start: first.date,
    van: rooster.van,
    tot: rooster.tot,
    rrule: `${frequency(rooster)};BYDAY=${byDay(rooster)};UNTIL=${until}`,
    until: last.date,
    exdates: skipped.filter((skip) => skip.date > first.date).map((skip) => skip.date),
  };
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
/** UTF-8 octets of one code point, without encoding it (an encoder per character was slow). */
const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const basic = (date: PlainDate) => date.replace(/-/g, '');
const localDateTime = (date: PlainDate, time: string) => `${basic(date)}T${time.replace(':', '')}00`;

/** Europe/Amsterdam with the EU summer time rules (in force since 1996). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: RecurringEvent, stamp: PlainDate): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    // The build date, not the clock: the same content gives the same file.
    `DTSTAMP:${basic(stamp)}T000000Z`,
    `DTSTART;TZID=${TIME_ZONE}:${localDateTime(event.start, event.van)}`,
    `DTEND;TZID=${TIME_ZONE}:${localDateTime(event.start, event.tot)}`,
    `RRULE:${event.rrule}`,
    ...(event.exdates.length > 0
      ? [`EXDATE;TZID=${TIME_ZONE}:${event.exdates.map((date) => localDateTime(date, event.van)).join(',')}`]
      : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    'END:VEVENT',
  ];
}

/** A whole calendar file, CRLF line ends, folded. */
export function calendarFile(name: string, events: readonly RecurringEvent[], context: Pick<CalendarContext, 'today'>): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Preventiekaart//Activiteiten//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    // RFC 7986: ask subscribed calendars to fetch again daily, as the site is rebuilt daily.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, context.today)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Where the calendar of one activity is published. */
export const activityCalendarUrl = (id: string) => `/data/agenda/${id}.ics`;
/** Where the calendar of a gebied is published. */
export const gebiedCalendarUrl = (id: string) => `/data/agenda/gebied-${id}.ics`;

/** The events of a gebied's activities; those without dates (op afspraak, paused, past) are left out. */
export function gebiedEvents(activities: readonly CalendarActivity[], context: CalendarContext): RecurringEvent[] {
  return activities.flatMap((activity) => recurringEvent(activity, context) ?? []);
}
