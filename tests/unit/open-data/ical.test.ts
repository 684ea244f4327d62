/**
 * The .ics files, read back with a real iCalendar parser (ical.js, Mozilla's): the expanded occurrences are
 * what a calendar app shows, so they must skip exactly the holidays and school holidays, at the right hour.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../scripts/content-files';
import { buildCatalog } from '../../../src/lib/catalog';
import { addDays, isoWeekday, publicHolidays } from '../../../src/lib/dates';
import {
  calendarFile,
  escapeText,
  foldLine,
  gebiedEvents,
  recurringEvent,
  type CalendarActivity,
  type CalendarContext,
} from '../../../src/lib/open-data/ical';
import type { Rooster, SchoolHoliday } from '../../../src/lib/schemas';

const TODAY = '2026-11-23';

// Copied from content/schoolvakanties/2026-2027.yaml (region noord and the whole country).
const holidays: SchoolHoliday[] = [
  { naam: 'Kerstvakantie', regio: 'heel-nederland', van: '2026-12-19', tot: '2027-01-03' },
  { naam: 'Voorjaarsvakantie', regio: 'noord', van: '2027-02-13', tot: '2027-02-21' },
  { naam: 'Meivakantie', regio: 'heel-nederland', van: '2027-04-24', tot: '2027-05-02' },
  { naam: 'Zomervakantie', regio: 'noord', van: '2027-07-10', tot: '2027-08-22' },
];

const context: CalendarContext = { today: TODAY, schoolHolidays: holidays, site: 'https://preventiekaart.example/' };

function activity(rooster: Rooster, extra: Partial<CalendarActivity['data']> = {}): CalendarActivity {
  return {
    id: 'wandelgroep-ens',
    url: '/activiteiten/wandelgroep-ens/',
    locaties: [{ id: 'online', naam: 'Online', soort: 'online' }],
    data: { titel: 'Wandelgroep Ens', samenvatting: 'Samen wandelen, in een rustig tempo.', rooster, status: 'actief', ...extra },
    gemeente: { schoolvakantieRegio: 'noord' },
  };
}

const timed = (extra: Record<string, unknown>) =>
  ({
    soort: 'wekelijks',
    dagen: ['dinsdag'],
    van: '10:00',
    tot: '12:00',
    pauzeInSchoolvakanties: false,
    pauzeOpFeestdagen: true,
    ...extra,
  }) as Rooster;

/** Parses a file and expands every event to its occurrences, as "YYYY-MM-DD HH:MMZ" in UTC. */
function occurrences(ics: string): Map<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const result = new Map<string, string[]>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 500; next = iterator.next()) {
      dates.push(next.toJSDate().toISOString().slice(0, 16).replace('T', ' ') + 'Z');
    }
    result.set(event.uid, dates);
  }
  return result;
}

const localDate = (utc: string) =>
  new Date(utc.replace(' ', 'T').replace('Z', ':00Z')).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Every date from `from` to `to` on the given ISO weekdays, worked out without the code under test. */
function weekdaysBetween(from: string, to: string, days: number[]): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (days.includes(isoWeekday(date))) dates.push(date);
  return dates;
}

function fileOf(rooster: Rooster, extra: Partial<CalendarActivity['data']> = {}): string {
  const event = recurringEvent(activity(rooster, extra), context);
  expect(event).toBeDefined();
  return calendarFile('Wandelgroep Ens', [event!], context);
}

describe('iCal export', () => {
  it('skips exactly Kerstmis, Nieuwjaarsdag, Goede Vrijdag and Koningsdag for a Tuesday and Friday group over a year', () => {
    const ics = fileOf(timed({ dagen: ['dinsdag', 'vrijdag'] }));
    const dates = occurrences(ics).get('wandelgroep-ens@preventiekaart.example')!.map(localDate);
    const pattern = weekdaysBetween('2026-11-24', '2027-11-23', [2, 5]);
    expect(dates[0]).toBe('2026-11-24');
    expect(dates.at(-1)).toBe(pattern.at(-1));
    expect(pattern.filter((date) => !dates.includes(date))).toEqual(['2026-12-25', '2027-01-01', '2027-03-26', '2027-04-27']);
    expect(dates.every((date) => pattern.includes(date))).toBe(true);
  });

  it('skips the school holidays of its region too, and stops where the school holiday data stops', () => {
    const ics = fileOf(timed({ pauzeInSchoolvakanties: true }));
    const dates = occurrences(ics).get('wandelgroep-ens@preventiekaart.example')!.map(localDate);
    // The last Tuesday before the summer holiday of region noord (10 July to 22 August 2027).
    expect(dates.at(-1)).toBe('2027-07-06');
    const pattern = weekdaysBetween('2026-11-24', '2027-07-06', [2]);
    expect(pattern.filter((date) => !dates.includes(date))).toEqual(['2026-12-22', '2026-12-29', '2027-02-16', '2027-04-27']);
  });

  it('writes the local time with Europe/Amsterdam, so 10.00 uur stays 10.00 uur in summer and winter', () => {
    const ics = fileOf(timed({ periode: { van: '2027-03-01', tot: '2027-04-30' } }));
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270302T100000');
    const utc = occurrences(ics).get('wandelgroep-ens@preventiekaart.example')!;
    expect(utc[0]).toBe('2027-03-02 09:00Z'); // winter time, UTC+1
    expect(utc.at(-1)).toBe('2027-04-20 08:00Z'); // summer time, UTC+2; 27 April is Koningsdag
  });

  it('repeats every other week and monthly as schedule.ts does', () => {
    const everyOtherWeek = fileOf(
      timed({
        soort: 'tweewekelijks',
        eersteKeer: '2026-11-17',
        dagen: ['dinsdag'],
        pauzeOpFeestdagen: false,
        periode: { van: '2026-11-01', tot: '2027-01-31' },
      }),
    );
    expect(occurrences(everyOtherWeek).get('wandelgroep-ens@preventiekaart.example')!.map(localDate)).toEqual([
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
      '2027-01-12',
      '2027-01-26',
    ]);
    const monthly = fileOf(
      timed({
        soort: 'maandelijks',
        weken: [1, 'laatste'],
        dagen: ['woensdag'],
        pauzeOpFeestdagen: false,
        periode: { van: '2026-11-01', tot: '2027-01-31' },
      }),
    );
    expect(occurrences(monthly).get('wandelgroep-ens@preventiekaart.example')!.map(localDate)).toEqual([
      '2026-11-25',
      '2026-12-02',
      '2026-12-30',
      '2027-01-06',
      '2027-01-27',
    ]);
  });

  it('leaves out what has no dates: by appointment, paused, or a period in the past', () => {
    expect(recurringEvent(activity({ soort: 'op-afspraak' }), context)).toBeUndefined();
    expect(recurringEvent(activity(timed({}), { status: 'gepauzeerd' }), context)).toBeUndefined();
    expect(recurringEvent(activity(timed({ periode: { van: '2025-01-01', tot: '2025-06-30' } })), context)).toBeUndefined();
    const events = gebiedEvents([activity({ soort: 'op-afspraak' }), activity(timed({}))], context);
    expect(events).toHaveLength(1);
  });

  it('escapes text and folds long lines at 75 octets without breaking a character', () => {
    expect(escapeText('Koffie, thee; en\nkoek\\')).toBe('Koffie\\, thee\\; en\\nkoek\\\\');
    const line = `SUMMARY:${'Café é '.repeat(30)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    const ics = fileOf(timed({}), { titel: 'Koffie, thee; en een heel lange naam met é en ü die over de regel heen gaat' });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(
      'Koffie, thee; en een heel lange naam met é en ü die over de regel heen gaat',
    );
  });

  const exampleCatalog = () => {
    const { entries } = loadContentFiles(process.cwd());
    return buildCatalog({ today: TODAY, ...entries, schoolHolidays: entries.schoolvakanties.flatMap((entry) => entry.data.vakanties) });
  };

  it('skips the Kerstvakantie, the Voorjaarsvakantie and Koningsdag for Computerhulp Akersloot (every Tuesday, region noord)', () => {
    const catalog = exampleCatalog();
    const item = catalog.activities.find((entry) => entry.id === 'computerhulp-akersloot')!;
    const event = recurringEvent(item, { ...context, schoolHolidays: catalog.schoolHolidays })!;
    const dates = occurrences(calendarFile(item.data.titel, [event], context))
      .get(event.uid)!
      .map(localDate);
    expect(dates[0]).toBe('2026-11-24');
    expect(dates.at(-1)).toBe('2027-07-06');
    const pattern = weekdaysBetween('2026-11-24', '2027-07-06', [2]);
    expect(pattern.filter((date) => !dates.includes(date))).toEqual(['2026-12-22', '2026-12-29', '2027-02-16', '2027-04-27']);
    // The last Saturday of December 2026 is Tweede Kerstdag: the Dorpsontbijt in Ens skips it.
    const ontbijt = catalog.activities.find((entry) => entry.id === 'dorpsontbijt-ens')!;
    const ontbijtEvent = recurringEvent(ontbijt, { ...context, schoolHolidays: catalog.schoolHolidays })!;
    const ontbijtDates = occurrences(calendarFile(ontbijt.data.titel, [ontbijtEvent], context))
      .get(ontbijtEvent.uid)!
      .map(localDate);
    expect(ontbijtDates.slice(0, 3)).toEqual(['2026-11-28', '2027-01-30', '2027-02-27']);
  }, 60_000);

  it('gives every example activity with a schedule a calendar that never lands on a day it pauses', () => {
    const catalog = exampleCatalog();
    const holidayDates = new Set([2026, 2027].flatMap((year) => publicHolidays(year).map((holiday) => holiday.date)));
    let checked = 0;
    for (const item of catalog.activities) {
      const event = recurringEvent(item, { ...context, schoolHolidays: catalog.schoolHolidays });
      if (!event) continue;
      const { rooster } = item.data;
      if (rooster.soort === 'op-afspraak') throw new Error('op afspraak has no event');
      const dates = occurrences(calendarFile(item.data.titel, [event], context))
        .get(event.uid)!
        .map(localDate);
      expect(dates.length, item.id).toBeGreaterThan(0);
      for (const date of dates) {
        if (rooster.pauzeOpFeestdagen) expect(holidayDates.has(date), `${item.id} on ${date}`).toBe(false);
        if (rooster.pauzeInSchoolvakanties) {
          const inHoliday = catalog.schoolHolidays.some(
            (holiday) =>
              (holiday.regio === item.gemeente.schoolvakantieRegio || holiday.regio === 'heel-nederland') &&
              holiday.van <= date &&
              date <= holiday.tot,
          );
          expect(inHoliday, `${item.id} on ${date}`).toBe(false);
        }
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});
