/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD").
 * Everything is done in UTC so that a date never shifts with the machine's time zone.
 */

export type PlainDate = string;

export function toUtcDate(date: PlainDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function fromUtcDate(date: Date): PlainDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const utc = toUtcDate(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtcDate(utc);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: PlainDate): number {
  const day = toUtcDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isPlainDate(value: string): value is PlainDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && fromUtcDate(toUtcDate(value)) === value;
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

export interface PublicHoliday {
  date: PlainDate;
  naam: string;
}

/**
 * Dutch public holidays on which activities usually do not take place.
 * Bevrijdingsdag is included every year: most volunteer groups take the day off, even in years
 * when it is not an official day off for employees.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  return [
    { date: `${year}-01-01`, naam: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), naam: 'Goede Vrijdag' },
    { date: easter, naam: 'Eerste Paasdag' },
    { date: addDays(easter, 1), naam: 'Tweede Paasdag' },
    { date: isoWeekday(kingsDay) === 7 ? `${year}-04-26` : kingsDay, naam: 'Koningsdag' },
    { date: `${year}-05-05`, naam: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), naam: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), naam: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), naam: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, naam: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, naam: 'Tweede Kerstdag' },
  ];
}

/** Made once: building an Intl formatter costs more than formatting, and the search asks on every keystroke. */
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date of today in the Netherlands, or the date given in PREVENTIEKAART_DATUM (used by tests). */
export function todayInNetherlands(environment: Record<string, string | undefined> = process.env, now = new Date()): PlainDate {
  const fixed = environment.PREVENTIEKAART_DATUM;
  if (fixed !== undefined && fixed !== '') {
    if (!isPlainDate(fixed)) {
      throw new Error(
        `PREVENTIEKAART_DATUM is "${fixed}". Write a date as YYYY-MM-DD, for example 2026-11-23, or leave it empty for today.`,
      );
    }
    return fixed;
  }
  return amsterdamDay.format(now);
}
