/**
 * Splits a sentence into words, numbers and abbreviations, with their offsets.
 * Kept apart from the rules so every rule sees the same words: "koffie-inloop" and "auto's" are
 * one word, "t.a.v." and "t/m" one abbreviation, "10.00", "2,50" and "12-03-2026" one number.
 */

export type TokenKind = 'word' | 'number' | 'abbreviation';

export interface Token {
  text: string;
  /** Lower case, NFC, straight apostrophe, without a closing full stop: the form used for look-ups. */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** The first word of the sentence: its capital says nothing about being a name. */
  initial: boolean;
  capitalised: boolean;
  allCaps: boolean;
  /** A full stop follows directly: "bijv." */
  dotAfter: boolean;
}

const TOKEN =
  /(\p{L}{1,3}(?:\.\p{L}{1,3})+\.?)|(\p{L}\/\p{L}(?![\p{L}\d]))|(\d+(?:[.,:/–-]\d+)*(?:\p{L}{1,2}(?![\p{L}]))?)|(['’]?\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)/gu;

export function tokenize(masked: string, start: number, end: number): Token[] {
  const text = masked.slice(start, end);
  const tokens: Token[] = [];
  let sawWord = false;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const offset = start + match.index;
    const kind: TokenKind = match[1] !== undefined || match[2] !== undefined ? 'abbreviation' : match[3] !== undefined ? 'number' : 'word';
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const capitalised = /^['’]?\p{Lu}/u.test(raw);
    const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const key = raw.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/\.$/, '');
    tokens.push({
      text: raw,
      key,
      kind,
      start: offset,
      end: offset + raw.length,
      initial: kind === 'word' && !sawWord,
      capitalised,
      allCaps,
      dotAfter: masked[offset + raw.length] === '.' || raw.endsWith('.'),
    });
    if (kind === 'word') sawWord = true;
  }
  return tokens;
}
