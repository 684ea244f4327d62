/**
 * Splits a masked text (see markup.ts) into sentences, as offsets into the text.
 * A full stop does not end a sentence inside a time or amount ("10.00 uur", "€ 2,50"), after a
 * known abbreviation ("bijv.", "o.a.") or an initial ("J. de Vries"), or when a small letter
 * follows. Block ends (headings, list items, table cells, blank lines) always end a sentence.
 * A single line break is a soft wrap, unless the line looks like a heading: short, without
 * closing punctuation, followed by a capital.
 */
import { BOUNDARY } from './markup';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a capital or digit usually continues the same sentence. */
const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bijv',
  'bv',
  'o.a',
  'd.w.z',
  't.a.v',
  'i.v.m',
  'm.b.t',
  'i.p.v',
  'n.a.v',
  'o.b.v',
  't.o.v',
  'i.c.m',
  'nr',
  'tel',
  'ca',
  'dhr',
  'mevr',
  'mw',
  'dr',
  'drs',
  'ir',
  'mr',
  'prof',
  'ing',
  'st',
  'sint',
  'vgl',
  'zgn',
  'z.g.a.n',
  'm.n',
  'resp',
  'evt',
  'excl',
  'incl',
  'max',
  'min',
  'ong',
  'art',
  'afd',
  'tav',
  'jl',
  'a.s',
  'mln',
  'mld',
  'pag',
  'blz',
  'ds',
  'fam',
  'e.a',
  'c.q',
  'e.d',
  'feb',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]);

const TERMINAL = /[.!?…]/;
const CLOSERS = /[)"'”’»\]]/;
const END_PUNCTUATION = /[.!?…:;,]["'”’)]*$/;

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

/** Whether a single line break between these two lines ends a sentence. */
function lineBreakEndsSentence(previousLine: string, nextLine: string): boolean {
  const previous = previousLine.trim();
  const next = nextLine.trim();
  if (previous === '' || next === '') return true;
  if (END_PUNCTUATION.test(previous)) return /^[\p{Lu}\d"“„‘(]/u.test(next);
  const words = previous.split(/\s+/).length;
  return words <= 8 && /^[\p{Lu}\d]/u.test(next);
}

export function splitSentences(masked: string): SentenceSpan[] {
  const cuts: number[] = [];
  const length = masked.length;

  // Start of the current line or block, whichever is later: the "previous line" of a line break.
  let lineStart = 0;
  for (let i = 0; i < length; i++) {
    const char = masked[i]!;
    if (char === BOUNDARY) {
      cuts.push(i);
      lineStart = i + 1;
      continue;
    }
    if (char === '\n') {
      const nextEnd = masked.indexOf('\n', i + 1);
      const previousLine = masked.slice(lineStart, i);
      lineStart = i + 1;
      const nextLine = masked.slice(i + 1, nextEnd === -1 ? length : nextEnd).split(BOUNDARY)[0]!;
      if (lineBreakEndsSentence(previousLine, nextLine)) cuts.push(i);
      continue;
    }
    if (!TERMINAL.test(char)) continue;
    let end = i + 1;
    while (end < length && TERMINAL.test(masked[end]!)) end++;
    while (end < length && CLOSERS.test(masked[end]!)) end++;
    const after = masked[end];
    // "10.00", "t.a.v.x" and "2,50." : punctuation glued to the next character does not end anything.
    if (after !== undefined && !/\s/.test(after) && after !== BOUNDARY) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < length && (masked[next] === ' ' || masked[next] === '\n')) next++;
    const nextChar = masked[next];
    let isEnd = true;
    if (nextChar !== undefined && nextChar !== BOUNDARY) {
      if (/\p{Ll}/u.test(nextChar)) {
        // A small letter continues the sentence: "bijv. koffie", "enz. en". ("'s Avonds" starts with an apostrophe.)
        isEnd = false;
      } else if (char === '.' && end === i + 1) {
        const before = wordBefore(masked, i).toLowerCase();
        if (NON_FINAL_ABBREVIATIONS.has(before) || NON_FINAL_ABBREVIATIONS.has(before.replace(/\.$/, ''))) isEnd = false;
        // Initials: "J. Jansen", "Annie M.G. Schmidt".
        if (/(?:^|[\s(])(?:\p{Lu}\.)*\p{Lu}$/u.test(masked.slice(Math.max(0, i - 12), i))) isEnd = false;
      }
    }
    if (isEnd) cuts.push(end);
    i = end - 1;
  }

  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, length]) {
    let s = start;
    let e = cut;
    while (s < e && /[\s\u2029]/.test(masked[s]!)) s++;
    while (e > s && /[\s\u2029]/.test(masked[e - 1]!)) e--;
    if (e > s && /[\p{L}\d]/u.test(masked.slice(s, e))) spans.push({ start: s, end: e });
    start = cut;
  }
  return spans;
}
