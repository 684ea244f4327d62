/**
 * Dates and times the B1 way (Utrecht content guidelines, Direct Duidelijk):
 * times as "10.00 uur" and "9.00 tot 16.30 uur", dates in words with the weekday and the year:
 * "dinsdag 3 maart 2026". Numeric dates ("3-3-2026") and clock notation ("10:00", "10u") are
 * errors; a time without "uur" or a date without weekday is advice.
 */
import type { AnalysedSentence, AnalysedText, RawFinding } from './analysis';
import { weekdays } from '../taxonomy';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS: readonly string[] = weekdays;
/** JavaScript's getUTCDay order, starting on Sunday. */
const WEEKDAY_BY_INDEX = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

const CLOCK_COLON = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const CLOCK_LETTER = /^([01]?\d|2[0-3])(?:[.:]?([0-5]\d))?[uh]$|^([01]?\d|2[0-3])u([0-5]\d)$/i;
const CLOCK_DOT = /^([01]?\d|2[0-3])\.([0-5]\d)$/;
const CLOCK_RANGE = /^([01]?\d|2[0-3])[.:]([0-5]\d)[–-]([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const DATE_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Words before a time that show it is a time and not a section number or an amount. */
const TIME_CONTEXT = new Set(['om', 'van', 'tot', 'vanaf', 'tussen', 'en', 'na', 'voor', 'rond', 'omstreeks', 'uiterlijk', ...WEEKDAYS]);

function writtenDate(day: number, month: number, year: number | undefined): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const monthName = MONTHS[month - 1]!;
  if (year === undefined) return `${day} ${monthName}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${WEEKDAY_BY_INDEX[date.getUTCDay()]} ${day} ${monthName} ${year}`;
}

const plainTime = (hours: string, minutes: string | undefined) => `${Number(hours)}.${minutes ?? '00'} uur`;

function followedByUur(sentence: AnalysedSentence, index: number): boolean {
  const tokens = sentence.tokens;
  const next = tokens[index + 1]?.key;
  if (next === 'uur') return true;
  // "10.00 tot 12.00 uur", "10.00 en 12.00 uur", "10.00 - 12.00 uur"
  if ((next === 'tot' || next === 'en' || next === 'of') && tokens[index + 2] && CLOCK_DOT.test(tokens[index + 2]!.key)) {
    return tokens[index + 3]?.key === 'uur';
  }
  return false;
}

function dateFindings(sentence: AnalysedSentence, index: number, masked: string): RawFinding | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index]!;
  const day = Number(token.key);
  const monthIndex = MONTHS.indexOf(tokens[index + 1]?.key ?? '');
  if (!/^\d{1,2}$/.test(token.key) || day < 1 || day > 31 || monthIndex === -1) return undefined;
  const yearToken = tokens[index + 2];
  const year = yearToken && /^\d{4}$/.test(yearToken.key) ? Number(yearToken.key) : undefined;
  const before = tokens[index - 1]?.key;
  const hasWeekday = before !== undefined && WEEKDAYS.includes(before);
  // With the weekday a date is concrete: "vrijdag 27 november" on a page about the next meeting needs no year.
  if (hasWeekday) return undefined;
  // A range such as "van 1 tot en met 7 maart 2026" carries the weekday on its first date.
  if (/^(tot|t\/m|met|en)$/.test(before ?? '')) return undefined;
  const written = masked.slice(token.start, (year !== undefined ? yearToken! : tokens[index + 1]!).end);
  const better = writtenDate(day, monthIndex + 1, year);
  return {
    rule: 'datum-tijd',
    severity: 'advies',
    offset: token.start,
    words: [written],
    message: `Bij de datum "${written}" staat niet welke dag het is${year === undefined ? ', en ook geen jaar' : ''}.`,
    suggestion:
      year !== undefined && better ? `Schrijf de dag erbij: ${better}.` : 'Schrijf de dag en het jaar erbij, zoals: dinsdag 3 maart 2026.',
  };
}

export function datesAndTimes(text: AnalysedText): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const sentence of text.sentences) {
    const tokens = sentence.tokens;
    const covered = new Set<number>();
    tokens.forEach((token, index) => {
      if (token.protection !== undefined) return;
      const key = token.key;
      const add = (severity: RawFinding['severity'], message: string, suggestion: string) =>
        findings.push({ rule: 'datum-tijd', severity, offset: token.start, words: [token.text], message, suggestion });

      if (token.kind !== 'number') return;
      let match: RegExpExecArray | null;
      if ((match = CLOCK_RANGE.exec(key))) {
        add(
          'advies',
          `Schrijf een tijd van … tot … in woorden, niet met een streepje: "${token.text}".`,
          `Schrijf: van ${Number(match[1])}.${match[2]} tot ${Number(match[3])}.${match[4]} uur.`,
        );
        return;
      }
      if ((match = CLOCK_COLON.exec(key))) {
        if (covered.has(index)) return;
        // "9:00 tot 11:00" is one time span: one finding, with the whole span written the B1 way.
        const end = tokens[index + 2];
        const endTime =
          (tokens[index + 1]?.key === 'tot' || tokens[index + 1]?.key === 'en') && end
            ? (CLOCK_COLON.exec(end.key) ?? CLOCK_DOT.exec(end.key))
            : null;
        if (endTime) {
          covered.add(index + 2);
          add(
            'fout',
            `De tijden "${token.text}" en "${end!.text}" staan niet in de B1-schrijfwijze.`,
            `Schrijf: ${plainTime(match[1]!, match[2]).replace(' uur', '')} ${tokens[index + 1]!.key} ${plainTime(endTime[1]!, endTime[2])}.`,
          );
          return;
        }
        add('fout', `De tijd "${token.text}" staat niet in de B1-schrijfwijze.`, `Schrijf: ${plainTime(match[1]!, match[2])}.`);
        return;
      }
      if ((match = CLOCK_LETTER.exec(key))) {
        const hours = match[1] ?? match[3]!;
        add('fout', `De tijd "${token.text}" staat niet in de B1-schrijfwijze.`, `Schrijf: ${plainTime(hours, match[2] ?? match[4])}.`);
        return;
      }
      if ((match = DATE_ISO.exec(key))) {
        const better = writtenDate(Number(match[3]), Number(match[2]), Number(match[1]));
        if (better) add('fout', `De datum "${token.text}" staat in cijfers.`, `Schrijf de datum in woorden, met de dag erbij: ${better}.`);
        return;
      }
      if ((match = DATE_DMY.exec(key))) {
        const rawYear = Number(match[3]);
        const year = match[3]!.length === 2 ? 2000 + rawYear : rawYear;
        const better = writtenDate(Number(match[1]), Number(match[2]), year);
        if (better) add('fout', `De datum "${token.text}" staat in cijfers.`, `Schrijf de datum in woorden, met de dag erbij: ${better}.`);
        return;
      }
      if ((match = CLOCK_DOT.exec(key))) {
        const before = tokens[index - 1]?.key;
        const next = tokens[index + 1];
        const nextTime = next && CLOCK_DOT.exec(next.key);
        if (next && nextTime && /^\s*[–-]\s*$/.test(text.masked.slice(token.end, next.start))) {
          add(
            'advies',
            `Schrijf een tijd van … tot … in woorden, niet met een streepje.`,
            `Schrijf: van ${plainTime(match[1]!, match[2]).replace(' uur', '')} tot ${plainTime(nextTime[1]!, nextTime[2])}.`,
          );
          return;
        }
        if (before !== undefined && CLOCK_DOT.test(before) && /[–-]/.test(text.masked.slice(tokens[index - 1]!.end, token.start))) return;
        const isTime = (before !== undefined && TIME_CONTEXT.has(before)) || next?.key === 'tot' || next?.key === 'uur';
        if (!isTime || followedByUur(sentence, index)) return;
        add('advies', `Bij de tijd "${token.text}" staat geen "uur".`, `Schrijf: ${plainTime(match[1]!, match[2])}.`);
        return;
      }
      const date = dateFindings(sentence, index, text.masked);
      if (date) findings.push(date);
    });
  }
  return findings;
}
