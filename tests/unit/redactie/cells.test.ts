import { describe, expect, it } from 'vitest';
import { excelSerialToIso, readCell, writeCell } from '../../../src/lib/redactie/cells';

describe('readCell', () => {
  it('reads dates from Excel dates, serial numbers and Dutch text', () => {
    expect(readCell('date', new Date(Date.UTC(2026, 10, 2)))).toBe('2026-11-02');
    expect(readCell('date', 46328)).toBe('2026-11-02');
    expect(readCell('date', '46328')).toBe('2026-11-02');
    expect(readCell('date', '2-11-2026')).toBe('2026-11-02');
    expect(readCell('date', '02/11/2026')).toBe('2026-11-02');
    expect(readCell('date', '2026-11-02')).toBe('2026-11-02');
    // An impossible date keeps its form, so the schema can name it.
    expect(readCell('date', '31-2-2026')).toBe('2026-02-31');
    expect(readCell('date', 'morgen')).toBe('morgen');
  });

  it('knows the Excel epoch, including the 1900 leap-year quirk', () => {
    expect(excelSerialToIso(1)).toBe('1899-12-31');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
  });

  it('reads times the way people type them', () => {
    expect(readCell('time', '10u')).toBe('10:00');
    expect(readCell('time', '10 uur')).toBe('10:00');
    expect(readCell('time', '10.00')).toBe('10:00');
    expect(readCell('time', '9.30u')).toBe('09:30');
    expect(readCell('time', '9:30')).toBe('09:30');
    expect(readCell('time', 0.4375)).toBe('10:30');
    expect(readCell('time', new Date(Date.UTC(1899, 11, 30, 14, 15)))).toBe('14:15');
    // Not a time of day: passed on as typed, for the schema to refuse.
    expect(readCell('time', '25:00')).toBe('25:00');
    expect(readCell('time', 'ochtend')).toBe('ochtend');
  });

  it('reads ja/nee, amounts, phone numbers, postcodes and weeks', () => {
    expect(readCell('yesNo', 'Ja')).toBe(true);
    expect(readCell('yesNo', 'nee')).toBe(false);
    expect(readCell('yesNo', true)).toBe(true);
    expect(readCell('yesNo', 'ONWAAR')).toBe(false);
    expect(readCell('yesNo', 'misschien')).toBe('misschien');
    expect(readCell('amount', '€ 2,50')).toBe(2.5);
    expect(readCell('amount', 3)).toBe(3);
    expect(readCell('number', '52,6381')).toBe(52.6381);
    expect(readCell('phone', 527630000)).toBe('0527630000');
    expect(readCell('phone', '0527 630 000')).toBe('0527 630 000');
    expect(readCell('postcode', '8307aa')).toBe('8307 AA');
    expect(readCell('postcode', '830 AA')).toBe('830 AA');
    expect(readCell('weeks', '1e, 3e')).toEqual([1, 3]);
    expect(readCell('weeks', 'Laatste')).toEqual(['laatste']);
  });

  it('reads lists and accepts labels and capitals for ids', () => {
    const choices = [
      { id: 'bewegen', label: 'Bewegen en sport' },
      { id: 'ontmoeten', label: 'Ontmoeten' },
    ];
    expect(readCell('list', 'Bewegen en sport; ontmoeten', choices)).toEqual(['bewegen', 'ontmoeten']);
    expect(readCell('list', 'ONTMOETEN,wandelen', choices)).toEqual(['ontmoeten', 'wandelen']);
    expect(readCell('choice', ' Ontmoeten ', choices)).toBe('ontmoeten');
  });

  it('treats empty cells as missing and keeps line breaks in a text', () => {
    expect(readCell('text', '   ')).toBeUndefined();
    expect(readCell('text', null)).toBeUndefined();
    expect(readCell('body', 'Regel een.\r\nRegel twee.\n')).toBe('Regel een.\nRegel twee.');
  });
});

describe('writeCell', () => {
  it('writes dates as Excel dates in a workbook and as text in CSV', () => {
    expect(writeCell('date', '2026-11-02', 'xlsx')).toEqual(new Date(Date.UTC(2026, 10, 2)));
    expect(writeCell('date', '2026-11-02', 'csv')).toBe('2026-11-02');
  });

  it('reads back what it writes', () => {
    const cases = [
      ['list', ['ontmoeten', 'bewegen']],
      ['weeks', [1, 'laatste']],
      ['yesNo', false],
      ['time', '09:30'],
      ['amount', 2.5],
      ['houseNumber', '12a'],
    ] as const;
    for (const [kind, value] of cases) {
      expect(readCell(kind, writeCell(kind, value, 'xlsx'))).toEqual(value);
      expect(readCell(kind, writeCell(kind, value, 'csv'))).toEqual(value);
    }
  });
});
