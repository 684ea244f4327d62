import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { validateFile } from '../../src/lib/content-validation';
import { addDays, daysBetween, easterSunday, isoWeekday, isPlainDate, publicHolidays, todayInNetherlands } from '../../src/lib/dates';
import { holidayOn, schoolHolidayDataUntil, schoolHolidayOn, upcomingDates, type ScheduleContext } from '../../src/lib/schedule';
import type { Rooster, SchoolHoliday, TimedRooster } from '../../src/lib/schemas';
import type { SchoolHolidayRegion, Weekday } from '../../src/lib/taxonomy';

// Calendar facts used below (checked against a calendar):
// 2026-11-23 is a Monday. December 2026 has five Tuesdays (1, 8, 15, 22, 29).
// 2026-12-25 is a Friday, 2026-12-26 a Saturday, 2027-01-01 a Friday, 2027-04-27 a Tuesday.

const noPauses = { pauzeInSchoolvakanties: false, pauzeOpFeestdagen: false };

function weekly(dagen: Weekday[], extra: Partial<TimedRooster> = {}): Rooster {
  return { soort: 'wekelijks', dagen, van: '10:00', tot: '11:30', ...noPauses, ...extra } as Rooster;
}

function everyOtherWeek(dagen: Weekday[], eersteKeer: string, extra: Partial<TimedRooster> = {}): Rooster {
  return { soort: 'tweewekelijks', eersteKeer, dagen, van: '10:00', tot: '11:30', ...noPauses, ...extra } as Rooster;
}

function monthly(dagen: Weekday[], weken: (1 | 2 | 3 | 4 | 'laatste')[], extra: Partial<TimedRooster> = {}): Rooster {
  return { soort: 'maandelijks', weken, dagen, van: '14:00', tot: '16:00', ...noPauses, ...extra } as Rooster;
}

/** A small set of school holidays, in the shape of content/schoolvakanties/. */
const holidays: SchoolHoliday[] = [
  { naam: 'Kerstvakantie', regio: 'heel-nederland', van: '2026-12-19', tot: '2027-01-03' },
  { naam: 'Voorjaarsvakantie', regio: 'noord', van: '2027-02-13', tot: '2027-02-21' },
  { naam: 'Voorjaarsvakantie', regio: 'midden', van: '2027-02-20', tot: '2027-02-28' },
  { naam: 'Voorjaarsvakantie', regio: 'zuid', van: '2027-02-06', tot: '2027-02-14' },
];

function context(
  today: string,
  region: SchoolHolidayRegion = 'noord',
  schoolHolidays: readonly SchoolHoliday[] = holidays,
): ScheduleContext {
  return { today, region, schoolHolidays };
}

const datesOf = (rooster: Rooster, ctx: ScheduleContext, options?: { count?: number; horizonDays?: number }) =>
  upcomingDates(rooster, ctx, options).dates.map((occurrence) => occurrence.date);

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(isoWeekday(date)).toBe(7);
  });
});

describe('publicHolidays', () => {
  it('lists the holidays of 2026, with the moving ones counted from Easter', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', naam: 'Nieuwjaarsdag' },
      { date: '2026-04-03', naam: 'Goede Vrijdag' },
      { date: '2026-04-05', naam: 'Eerste Paasdag' },
      { date: '2026-04-06', naam: 'Tweede Paasdag' },
      { date: '2026-04-27', naam: 'Koningsdag' },
      { date: '2026-05-05', naam: 'Bevrijdingsdag' },
      { date: '2026-05-14', naam: 'Hemelvaartsdag' },
      { date: '2026-05-24', naam: 'Eerste Pinksterdag' },
      { date: '2026-05-25', naam: 'Tweede Pinksterdag' },
      { date: '2026-12-25', naam: 'Eerste Kerstdag' },
      { date: '2026-12-26', naam: 'Tweede Kerstdag' },
    ]);
  });

  const dateOf = (year: number, naam: string) => publicHolidays(year).find((holiday) => holiday.naam === naam)?.date;

  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    expect(dateOf(2025, 'Koningsdag')).toBe('2025-04-26');
    expect(dateOf(2031, 'Koningsdag')).toBe('2031-04-26');
    expect(dateOf(2027, 'Koningsdag')).toBe('2027-04-27');
    // 27 April 2030 is a Saturday: Koningsdag stays on the 27th.
    expect(dateOf(2030, 'Koningsdag')).toBe('2030-04-27');
  });

  it('puts Hemelvaartsdag on a Thursday and Pinksteren on Sunday and Monday, 7 weeks after Easter', () => {
    expect(dateOf(2025, 'Hemelvaartsdag')).toBe('2025-05-29');
    expect(dateOf(2025, 'Eerste Pinksterdag')).toBe('2025-06-08');
    expect(dateOf(2025, 'Tweede Pinksterdag')).toBe('2025-06-09');
    expect(dateOf(2027, 'Hemelvaartsdag')).toBe('2027-05-06');
    expect(dateOf(2027, 'Tweede Pinksterdag')).toBe('2027-05-17');
    for (let year = 2024; year <= 2035; year++) {
      expect(isoWeekday(dateOf(year, 'Hemelvaartsdag')!), `Hemelvaartsdag ${year}`).toBe(4);
      expect(isoWeekday(dateOf(year, 'Tweede Pinksterdag')!), `Tweede Pinksterdag ${year}`).toBe(1);
    }
  });
});

describe('todayInNetherlands', () => {
  it('uses PREVENTIEKAART_DATUM when it is set', () => {
    expect(todayInNetherlands({ PREVENTIEKAART_DATUM: '2026-11-23' }, new Date('2030-01-01T12:00:00Z'))).toBe('2026-11-23');
  });

  it('uses the clock when PREVENTIEKAART_DATUM is empty or missing', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(todayInNetherlands({ PREVENTIEKAART_DATUM: '' }, now)).toBe('2026-11-23');
    expect(todayInNetherlands({}, now)).toBe('2026-11-23');
  });

  it.each(['23-11-2026', '2026-02-30', 'morgen', '2026-11-23T10:00'])('refuses PREVENTIEKAART_DATUM=%s with a clear error', (value) => {
    expect(() => todayInNetherlands({ PREVENTIEKAART_DATUM: value })).toThrow(
      `PREVENTIEKAART_DATUM is "${value}". Write a date as YYYY-MM-DD, for example 2026-11-23, or leave it empty for today.`,
    );
  });

  it('gives the Amsterdam date near midnight UTC, in summer and winter time', () => {
    expect(todayInNetherlands({}, new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInNetherlands({}, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands({}, new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInNetherlands({}, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('switches date at local midnight on the nights the clocks change', () => {
    // Summer time starts on 29 March 2026 at 01:00 UTC, after local midnight (23:00 UTC, winter time).
    expect(todayInNetherlands({}, new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(todayInNetherlands({}, new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    // Summer time ends on 25 October 2026; the evening before, local midnight is 22:00 UTC.
    expect(todayInNetherlands({}, new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(todayInNetherlands({}, new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(todayInNetherlands({}, new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});

describe('addDays, daysBetween, isoWeekday and isPlainDate', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(addDays('2026-11-23', 365)).toBe('2027-11-23');
  });

  it('is not thrown off by daylight saving time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('counts days between dates, negative when going back', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-11-23', '2026-05-24')).toBe(-183);
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });

  it('gives the same answers in a time zone far from Amsterdam', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(isoWeekday('2026-11-23')).toBe(1);
    process.env.TZ = 'America/Los_Angeles';
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map(isoWeekday)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('recognises only existing dates written as YYYY-MM-DD', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-1-01')).toBe(false);
  });
});

describe('upcomingDates: patterns', () => {
  it('lists the next three Tuesdays of a weekly activity', () => {
    expect(upcomingDates(weekly(['dinsdag']), context('2026-11-23'))).toEqual({
      dates: [
        { date: '2026-11-24', van: '10:00', tot: '11:30' },
        { date: '2026-12-01', van: '10:00', tot: '11:30' },
        { date: '2026-12-08', van: '10:00', tot: '11:30' },
      ],
      skipped: [],
    });
  });

  it('includes today when the activity is today', () => {
    expect(datesOf(weekly(['dinsdag']), context('2026-11-24'))).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
  });

  it('lists several weekdays in date order', () => {
    expect(datesOf(weekly(['donderdag', 'maandag']), context('2026-11-23'), { count: 4 })).toEqual([
      '2026-11-23',
      '2026-11-26',
      '2026-11-30',
      '2026-12-03',
    ]);
  });

  it('keeps the parity of a tweewekelijks activity from eersteKeer', () => {
    // 3 and 17 November were on; 24 November is an off week.
    expect(datesOf(everyOtherWeek(['dinsdag'], '2026-11-03'), context('2026-11-23'))).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
    // Same day, other parity.
    expect(datesOf(everyOtherWeek(['dinsdag'], '2026-11-10'), context('2026-11-23'))).toEqual(['2026-11-24', '2026-12-08', '2026-12-22']);
  });

  it('keeps the parity across a year end', () => {
    expect(datesOf(everyOtherWeek(['dinsdag'], '2026-12-29'), context('2027-01-01'))).toEqual(['2027-01-12', '2027-01-26', '2027-02-09']);
  });

  it('starts a tweewekelijks activity on eersteKeer when that is in the future', () => {
    expect(datesOf(everyOtherWeek(['dinsdag'], '2026-12-08'), context('2026-11-23'))).toEqual(['2026-12-08', '2026-12-22', '2027-01-05']);
  });

  it('counts the weeks of a tweewekelijks activity on two days from the week of eersteKeer', () => {
    // eersteKeer is Thursday 5 November: the Tuesday of that week is before it, so it does not count.
    const rooster = everyOtherWeek(['dinsdag', 'donderdag'], '2026-11-05');
    expect(datesOf(rooster, context('2026-11-02'), { count: 3 })).toEqual(['2026-11-05', '2026-11-17', '2026-11-19']);
    expect(datesOf(rooster, context('2026-11-23'), { count: 3 })).toEqual(['2026-12-01', '2026-12-03', '2026-12-15']);
  });

  it('lists the first Tuesday of each month for weken [1]', () => {
    expect(datesOf(monthly(['dinsdag'], [1]), context('2026-11-23'))).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
  });

  it('lists the first and third Wednesday for weken [1, 3]', () => {
    expect(datesOf(monthly(['woensdag'], [1, 3]), context('2026-11-23'), { count: 4 })).toEqual([
      '2026-12-02',
      '2026-12-16',
      '2027-01-06',
      '2027-01-20',
    ]);
  });

  it('takes the fifth Tuesday as the last one in a month with five Tuesdays', () => {
    expect(datesOf(monthly(['dinsdag'], ['laatste']), context('2026-11-23'))).toEqual(['2026-11-24', '2026-12-29', '2027-01-26']);
    // In November the fourth Tuesday is also the last: it is listed once.
    expect(datesOf(monthly(['dinsdag'], [4, 'laatste']), context('2026-11-23'))).toEqual(['2026-11-24', '2026-12-22', '2026-12-29']);
  });

  it('gives the hours of the rooster with every date', () => {
    expect(upcomingDates(monthly(['dinsdag'], [1]), context('2026-11-23'), { count: 1 }).dates).toEqual([
      { date: '2026-12-01', van: '14:00', tot: '16:00' },
    ]);
  });

  it('stays within the periode', () => {
    const periode = { van: '2026-12-01', tot: '2026-12-15' };
    expect(datesOf(weekly(['dinsdag'], { periode }), context('2026-11-23'), { count: 5 })).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
    expect(datesOf(weekly(['dinsdag'], { periode }), context('2026-12-16'))).toEqual([]);
  });

  it('gives nothing for op-afspraak', () => {
    expect(upcomingDates({ soort: 'op-afspraak', opmerking: 'Bel voor een afspraak.' }, context('2026-11-23'))).toEqual({
      dates: [],
      skipped: [],
    });
  });
});

describe('upcomingDates: count and horizon', () => {
  it('gives as many dates as asked', () => {
    expect(datesOf(weekly(['dinsdag']), context('2026-11-23'), { count: 1 })).toEqual(['2026-11-24']);
    expect(datesOf(weekly(['dinsdag']), context('2026-11-23'), { count: 6 })).toHaveLength(6);
  });

  it('looks no further than the horizon, including its last day', () => {
    expect(datesOf(weekly(['dinsdag']), context('2026-11-24'), { horizonDays: 6 })).toEqual(['2026-11-24']);
    expect(datesOf(weekly(['dinsdag']), context('2026-11-24'), { horizonDays: 7 })).toEqual(['2026-11-24', '2026-12-01']);
    expect(datesOf(weekly(['dinsdag']), context('2026-11-23'), { horizonDays: 0 })).toEqual([]);
  });

  it('looks 180 days ahead by default', () => {
    // Tuesday 4 May 2027 is 180 days after 5 November 2026 and 181 days after 4 November.
    const rooster = weekly(['dinsdag'], { periode: { van: '2027-05-01', tot: '2027-12-31' } });
    expect(datesOf(rooster, context('2026-11-05'))).toEqual(['2027-05-04']);
    expect(datesOf(rooster, context('2026-11-04'))).toEqual([]);
  });
});

describe('upcomingDates: pauses', () => {
  it('skips Eerste Kerstdag and Nieuwjaarsdag on Fridays, with the reason', () => {
    expect(upcomingDates(weekly(['vrijdag'], { pauzeOpFeestdagen: true }), context('2026-12-20', 'noord', []))).toEqual({
      dates: [
        { date: '2027-01-08', van: '10:00', tot: '11:30' },
        { date: '2027-01-15', van: '10:00', tot: '11:30' },
        { date: '2027-01-22', van: '10:00', tot: '11:30' },
      ],
      skipped: [
        { date: '2026-12-25', reden: 'Eerste Kerstdag' },
        { date: '2027-01-01', reden: 'Nieuwjaarsdag' },
      ],
    });
  });

  it('skips Tweede Kerstdag on a Saturday', () => {
    const result = upcomingDates(weekly(['zaterdag'], { pauzeOpFeestdagen: true }), context('2026-12-20', 'noord', []));
    expect(result.dates.map((occurrence) => occurrence.date)).toEqual(['2027-01-02', '2027-01-09', '2027-01-16']);
    expect(result.skipped).toEqual([{ date: '2026-12-26', reden: 'Tweede Kerstdag' }]);
  });

  it('skips Koningsdag 2027 on a Tuesday, and keeps it without pauzeOpFeestdagen', () => {
    const result = upcomingDates(weekly(['dinsdag'], { pauzeOpFeestdagen: true }), context('2027-04-20', 'noord', []));
    expect(result.dates.map((occurrence) => occurrence.date)).toEqual(['2027-04-20', '2027-05-04', '2027-05-11']);
    expect(result.skipped).toEqual([{ date: '2027-04-27', reden: 'Koningsdag' }]);
    expect(datesOf(weekly(['dinsdag']), context('2027-04-20', 'noord', []))).toEqual(['2027-04-20', '2027-04-27', '2027-05-04']);
  });

  it('skips the voorjaarsvakantie of the gemeente region only', () => {
    const rooster = weekly(['dinsdag'], { pauzeInSchoolvakanties: true });
    expect(upcomingDates(rooster, context('2027-02-01', 'noord'))).toMatchObject({
      dates: [{ date: '2027-02-02' }, { date: '2027-02-09' }, { date: '2027-02-23' }],
      skipped: [{ date: '2027-02-16', reden: 'Voorjaarsvakantie' }],
    });
    expect(upcomingDates(rooster, context('2027-02-01', 'zuid'))).toMatchObject({
      dates: [{ date: '2027-02-02' }, { date: '2027-02-16' }, { date: '2027-02-23' }],
      skipped: [{ date: '2027-02-09', reden: 'Voorjaarsvakantie' }],
    });
  });

  it('lists only skips before the last listed date', () => {
    // Midden has its holiday on 23 February, after the three listed dates: nothing to explain.
    expect(upcomingDates(weekly(['dinsdag'], { pauzeInSchoolvakanties: true }), context('2027-02-01', 'midden'))).toMatchObject({
      dates: [{ date: '2027-02-02' }, { date: '2027-02-09' }, { date: '2027-02-16' }],
      skipped: [],
    });
  });

  it('lists no skips when every date in reach falls out', () => {
    const rooster = weekly(['woensdag'], { pauzeInSchoolvakanties: true, periode: { van: '2026-12-20', tot: '2027-01-02' } });
    expect(upcomingDates(rooster, context('2026-12-14'))).toEqual({ dates: [], skipped: [] });
  });

  it('skips the kerstvakantie "heel-nederland" in every region', () => {
    const rooster = weekly(['woensdag'], { pauzeInSchoolvakanties: true, pauzeOpFeestdagen: true });
    for (const region of ['noord', 'midden', 'zuid'] as const) {
      expect(upcomingDates(rooster, context('2026-12-14', region)), region).toMatchObject({
        dates: [{ date: '2026-12-16' }, { date: '2027-01-06' }, { date: '2027-01-13' }],
        skipped: [
          { date: '2026-12-23', reden: 'Kerstvakantie' },
          { date: '2026-12-30', reden: 'Kerstvakantie' },
        ],
      });
    }
  });

  it('names the feestdag when a date is both a feestdag and in a school holiday', () => {
    const both = upcomingDates(weekly(['vrijdag'], { pauzeInSchoolvakanties: true, pauzeOpFeestdagen: true }), context('2026-12-20'));
    expect(both.skipped).toEqual([
      { date: '2026-12-25', reden: 'Eerste Kerstdag' },
      { date: '2027-01-01', reden: 'Nieuwjaarsdag' },
    ]);
    const schoolOnly = upcomingDates(weekly(['vrijdag'], { pauzeInSchoolvakanties: true }), context('2026-12-20'));
    expect(schoolOnly.skipped).toEqual([
      { date: '2026-12-25', reden: 'Kerstvakantie' },
      { date: '2027-01-01', reden: 'Kerstvakantie' },
    ]);
  });

  it('ignores school holidays without pauzeInSchoolvakanties', () => {
    expect(datesOf(weekly(['woensdag']), context('2026-12-20'))).toEqual(['2026-12-23', '2026-12-30', '2027-01-06']);
  });
});

describe('holidayOn and schoolHolidayOn', () => {
  it('names the feestdag on a date', () => {
    expect(holidayOn('2026-05-14')).toBe('Hemelvaartsdag');
    expect(holidayOn('2025-04-26')).toBe('Koningsdag');
    expect(holidayOn('2025-04-27')).toBeUndefined();
  });

  it('names the school holiday on its first and last day, for the right region', () => {
    expect(schoolHolidayOn('2027-02-13', { region: 'noord', schoolHolidays: holidays })).toBe('Voorjaarsvakantie');
    expect(schoolHolidayOn('2027-02-21', { region: 'noord', schoolHolidays: holidays })).toBe('Voorjaarsvakantie');
    expect(schoolHolidayOn('2027-02-22', { region: 'noord', schoolHolidays: holidays })).toBeUndefined();
    expect(schoolHolidayOn('2027-02-22', { region: 'midden', schoolHolidays: holidays })).toBe('Voorjaarsvakantie');
  });
});

describe('the real school holidays of 2026-2027', () => {
  const file = 'content/schoolvakanties/2026-2027.yaml';
  const parsed = validateFile('schoolvakanties', file, readFileSync(file, 'utf8'));
  const vakanties = parsed.data?.vakanties ?? [];

  it('loads without problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.schooljaar).toBe('2026-2027');
  });

  it('pauses a Tuesday activity in Noordoostpolder (noord) over Christmas and the voorjaarsvakantie', () => {
    const rooster = weekly(['dinsdag'], { pauzeInSchoolvakanties: true, pauzeOpFeestdagen: true });
    const noord = upcomingDates(rooster, context('2026-12-14', 'noord', vakanties), { count: 9 });
    expect(noord.dates.map((occurrence) => occurrence.date)).toEqual([
      '2026-12-15',
      '2027-01-05',
      '2027-01-12',
      '2027-01-19',
      '2027-01-26',
      '2027-02-02',
      '2027-02-09',
      '2027-02-23',
      '2027-03-02',
    ]);
    expect(noord.skipped).toEqual([
      { date: '2026-12-22', reden: 'Kerstvakantie' },
      { date: '2026-12-29', reden: 'Kerstvakantie' },
      { date: '2027-02-16', reden: 'Voorjaarsvakantie' },
    ]);
    const zuid = upcomingDates(rooster, context('2027-02-01', 'zuid', vakanties));
    expect(zuid.skipped).toEqual([{ date: '2027-02-09', reden: 'Voorjaarsvakantie' }]);
  });

  it('knows the school holidays of each region until the end of the zomervakantie', () => {
    expect(schoolHolidayDataUntil({ region: 'noord', schoolHolidays: vakanties })).toBe('2027-08-22');
    expect(schoolHolidayDataUntil({ region: 'midden', schoolHolidays: vakanties })).toBe('2027-08-15');
    expect(schoolHolidayDataUntil({ region: 'zuid', schoolHolidays: vakanties })).toBe('2027-08-29');
    expect(schoolHolidayDataUntil({ region: 'zuid', schoolHolidays: [] })).toBeUndefined();
  });
});
