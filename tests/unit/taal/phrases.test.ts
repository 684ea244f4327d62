/**
 * The name and exception matcher (src/lib/taal/phrases.ts) against the regular expression it
 * replaced: one alternation of every phrase. The old builder is kept here, verbatim, as the oracle;
 * both must find exactly the same spans, on the example content and on made-up tricky texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeText, parseContentSource, textFields } from '../../../src/lib/taal/content';
import { loadContentNames } from '../../../src/lib/taal/load';
import { maskMarkup } from '../../../src/lib/taal/markup';
import { createPhraseMatcher, piecesOf } from '../../../src/lib/taal/phrases';
import { DEFAULT_NAMES } from '../../../src/lib/taal/protected';

// --- The replaced code, as it was in src/lib/taal/protected.ts. ---
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\d])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}\\d])';
function phrasePattern(phrases: readonly string[], ignoreCase: boolean): RegExp | undefined {
  const cleaned = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (cleaned.length === 0) return undefined;
  const alternatives = cleaned.map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${alternatives})${WORD_EDGE_AFTER}`, ignoreCase ? 'giu' : 'gu');
}
// --- end of the replaced code ---

function oldSpans(phrases: readonly string[], text: string, ignoreCase: boolean): [number, number][] {
  const pattern = phrasePattern(phrases, ignoreCase);
  return pattern ? [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]) : [];
}

function newSpans(phrases: readonly string[], text: string, ignoreCase: boolean): [number, number][] {
  return createPhraseMatcher(phrases, ignoreCase)
    .find(piecesOf(text))
    .map((match) => [match.start, match.end]);
}

function expectSame(phrases: readonly string[], text: string): void {
  for (const ignoreCase of [false, true]) {
    expect(
      newSpans(phrases, text, ignoreCase),
      `${ignoreCase ? 'ignoring case' : 'with case'} in ${JSON.stringify(text.slice(0, 80))}`,
    ).toEqual(oldSpans(phrases, text, ignoreCase));
  }
}

function contentFiles(): string[] {
  return readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') || name.endsWith('.yaml'))
    .sort()
    .map((name) => join('content', name));
}

describe('phrase matcher', () => {
  it('finds the same names and exceptions as the old regular expression in every text of the example content', { timeout: 60_000 }, () => {
    const names = [...DEFAULT_NAMES, ...loadContentNames(process.cwd())];
    const exceptions: string[] = [];
    const texts: string[] = [];
    for (const file of contentFiles()) {
      const source = readFileSync(file, 'utf8');
      const parsed = parseContentSource(source, file.endsWith('.md'));
      const data = parsed.data as { taaluitzonderingen?: { tekst: string }[] } | undefined;
      for (const item of data?.taaluitzonderingen ?? []) exceptions.push(item.tekst);
      const fields = textFields(parsed.data);
      if (parsed.body) fields.push({ path: '(tekst)', value: parsed.body });
      const text = composeText(fields).text;
      // The checker matches on the text with markup blanked out; the raw file is a harder test.
      texts.push(maskMarkup(text), source);
    }
    expect(names.length).toBeGreaterThan(300);
    // The example content has no exceptions: the names stand in for them, matched without regard to case.
    if (exceptions.length === 0) exceptions.push(...names);
    const oldNames = phrasePattern(names, false)!;
    const oldExceptions = phrasePattern(exceptions, true)!;
    const newNames = createPhraseMatcher(names, false);
    const newExceptions = createPhraseMatcher(exceptions, true);
    const spans = (pattern: RegExp, text: string) =>
      [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
    let found = 0;
    for (const text of texts) {
      const pieces = piecesOf(text);
      const matches = newNames.find(pieces).map((match) => [match.start, match.end]);
      expect(matches).toEqual(spans(oldNames, text));
      expect(newExceptions.find(pieces).map((match) => [match.start, match.end])).toEqual(spans(oldExceptions, text));
      found += matches.length;
    }
    expect(found).toBeGreaterThan(500);
  });

  it('agrees on punctuation, diacritics, case, overlaps, white space and sentence ends', () => {
    const phrases = [
      'Egmond',
      'Egmond aan Zee',
      'Egmond aan den Hoef',
      'Bergen (NH)',
      'Bergen',
      'Home-Start',
      'KBO-PCOB',
      'KBO',
      'St. Jan',
      'Café ’t Hoekje',
      "'t Hoekje",
      'Zorg & Welzijn',
      'Buurthuis 2000',
      'Curaçao',
      'IJsselmonde',
      'Ijsselmonde',
      'Sociaal  Team',
      'Sociaal Team Bergen',
      'Oud-Zuid',
      'A.B.C.',
      '(NH)',
      'Ens.',
      'Welzijn op Recept',
      'Welzijn',
      'Recept',
      'É',
      'x',
      '  Noord  ',
      'Noord',
      'Sint-Maartensdijk',
      'Straße',
      'ΣΟΦΙΑ',
      'Ünal',
      'S',
      'zee',
      'Zee!',
      'Kelvin',
    ];
    const texts = [
      'Kom naar Egmond aan Zee. In Egmond aan den Hoef en Egmond-Binnen ook.',
      'Bergen (NH) is niet Bergen(NH) of Bergen (nh). Bergen.',
      'Home-Start en Home - Start en Home-Starter. KBO-PCOB, KBO PCOB, KBO-',
      "St. Jan, St.Jan en St.  Jan. Café ’t Hoekje en Café 't Hoekje en café ’T HOEKJE.",
      'Zorg & Welzijn, Zorg &Welzijn, Zorg&Welzijn. Buurthuis 2000 en Buurthuis 20001 en Buurthuis 2000a.',
      'CURAÇAO, curaçao, Curacao, Curaçao. IJsselmonde en Ijsselmonde en ijsselmonde.',
      'Sociaal Team Bergen en Sociaal\n\nTeam en Sociaal\u2029Team Bergen. Oud-Zuid en Oud-Zuidwest.',
      'A.B.C. en A.B.C en xA.B.C. en (NH) en x(NH) en (NH)x.',
      'Dit is in Ens. En Ens.nl is een site. Ens',
      'welzijn op recept, WELZIJN OP RECEPT, Welzijn op Recepten, Welzijn op Recept',
      'É en é en Éé, x en X. Noord en noord. Sint-Maartensdijk en sint-maartensdijk.',
      'Straße, STRASSE, strasse, ΣΟΦΙΑ, σοφια, σοφιας, ΣΟΦΙΑΣ. Ünal en ünal. S en s en ſ. Kelvin, \u212Aelvin.',
      'zee, Zee!, Zee!x, zee! Noordzee, 🙂Egmond🙂, Egmond\u0301, Egmond2',
    ];
    for (const text of texts) expectSame(phrases, text);
    expectSame(phrases, texts.join('\n'));
  });

  it('agrees on random texts made of the phrases, cut, recased and glued', () => {
    const phrases = [
      'Egmond aan Zee',
      'Egmond',
      'aan Zee',
      'Zee',
      'De Woude',
      'de',
      'Home-Start',
      'Start',
      'St. Jan',
      'Jan',
      '(NH)',
      'Bergen (NH)',
      'Café',
      'é',
      'A&B',
      'Oud-Zuid',
    ];
    const glue = [' ', '  ', '\n', '', '-', '.', ', ', '(', ')', 'x', '\u2029', '&'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let part = 0; part < 8; part++) {
        let phrase = pick(phrases);
        const variant = random();
        if (variant < 0.15) phrase = phrase.toUpperCase();
        else if (variant < 0.3) phrase = phrase.toLowerCase();
        else if (variant < 0.4) phrase = phrase.slice(0, Math.max(1, Math.floor(random() * phrase.length)));
        else if (variant < 0.5) phrase = phrase.replace(' ', '  ');
        text += pick(glue) + phrase;
      }
      expectSame(phrases, text + pick(glue));
    }
  });

  it('lists every phrase that matches anywhere, in winning order, also where a longer one wins', () => {
    const matcher = createPhraseMatcher(['Egmond', 'Egmond aan Zee', 'Zee', 'Bergen'], false);
    expect(matcher.candidates(piecesOf('In Egmond aan Zee.'))).toEqual(['Egmond aan Zee', 'Egmond', 'Zee']);
    expect(matcher.candidates(piecesOf('Naar zee.'))).toEqual([]);
  });

  it('finds the same among 20,000 names that share a first word as among two', () => {
    // The shared first word ("Stichting") is one trie node: the walk from it follows the text, not the list.
    const text = piecesOf('Stichting De Brug in Egmond aan Zee en Stichting Het Anker. '.repeat(20));
    const few = createPhraseMatcher(['Stichting De Brug', 'Egmond aan Zee'], false);
    const many = createPhraseMatcher(
      ['Stichting De Brug', 'Egmond aan Zee', ...Array.from({ length: 20_000 }, (_, n) => `Stichting Naam ${n}`)],
      false,
    );
    expect(many.find(text)).toEqual(few.find(text));
  });
});
