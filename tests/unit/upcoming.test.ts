/** Coming dates after the build: past dates dropped for the visitor's today, and what is said when none is left. */
import { describe, expect, it } from 'vitest';
import type { UpcomingDates } from '../../src/lib/schedule';
import { ASK_WHEN_NEXT, comingDates, datesToShow, nextDateText, SHOWN_DATES, skippedSentence, STORED_DATES } from '../../src/lib/upcoming';

const tuesdays = ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2027-01-12'];
const upcoming: UpcomingDates = {
  dates: tuesdays.map((date) => ({ date, van: '10:00', tot: '11:30' })),
  skipped: [
    { date: '2026-12-29', reden: 'Kerstvakantie' },
    { date: '2027-01-05', reden: 'Kerstvakantie' },
  ],
};
const shownOn = (today: string) => datesToShow(upcoming, today).dates.map((occurrence) => occurrence.date);

describe('the caps', () => {
  it('stores more dates than a page shows', () => {
    expect(STORED_DATES).toBeGreaterThan(SHOWN_DATES);
  });
});

describe('comingDates', () => {
  it('keeps today and later, in order, up to the limit', () => {
    expect(comingDates(tuesdays, '2026-12-01', (date) => date)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
    expect(comingDates(tuesdays, '2026-12-02', (date) => date, 1)).toEqual(['2026-12-08']);
  });

  it('gives nothing when every date has passed', () => {
    expect(comingDates(tuesdays, '2027-01-13', (date) => date)).toEqual([]);
  });
});

describe('datesToShow', () => {
  it('on the build date shows the first three', () => {
    expect(shownOn('2026-11-23')).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
  });

  it('a visitor later drops the dates before their today and shows the next stored ones', () => {
    expect(shownOn('2026-12-04')).toEqual(['2026-12-08', '2026-12-15', '2026-12-22']);
  });

  it('names only the skipped dates between today and the last date shown', () => {
    expect(datesToShow(upcoming, '2026-11-23').skipped).toEqual([]);
    expect(datesToShow(upcoming, '2026-12-10')).toEqual({
      dates: ['2026-12-15', '2026-12-22', '2027-01-12'].map((date) => ({ date, van: '10:00', tot: '11:30' })),
      skipped: upcoming.skipped,
    });
    expect(datesToShow(upcoming, '2026-12-30').skipped).toEqual([{ date: '2027-01-05', reden: 'Kerstvakantie' }]);
  });

  it('shows nothing, and no skipped dates, once all have passed', () => {
    expect(datesToShow(upcoming, '2027-02-01')).toEqual({ dates: [], skipped: [] });
  });
});

describe('skippedSentence', () => {
  it('says which dates fall out, and why, or nothing', () => {
    expect(skippedSentence(upcoming.skipped)).toBe(
      'Let op: niet op dinsdag 29 december 2026 (Kerstvakantie) en dinsdag 5 januari 2027 (Kerstvakantie).',
    );
    expect(skippedSentence([])).toBe('');
  });
});

describe('nextDateText', () => {
  it('gives the next date from today in the words of the card', () => {
    expect(nextDateText(upcoming.dates, '2026-11-23')).toBe('Volgende keer: dinsdag 24 november, 10.00 tot 11.30 uur');
    expect(nextDateText(upcoming.dates, '2026-12-04')).toBe('Volgende keer: dinsdag 8 december, 10.00 tot 11.30 uur');
  });

  it('asks to contact the organisation when every stored date has passed', () => {
    expect(nextDateText(upcoming.dates, '2027-01-13')).toBe(ASK_WHEN_NEXT);
    expect(ASK_WHEN_NEXT).toBe('Vraag de organisatie wanneer het weer is.');
  });
});
