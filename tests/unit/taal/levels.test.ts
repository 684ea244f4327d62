/**
 * The B1 verdict on Dutch texts whose CEFR level was given by someone else: the publisher of a
 * levelled reader, a plain-language writer about her own text, or the exam the text was used in
 * (tests/fixtures/taal/niveaus/, sources and evidence in bronnen.json, caveats in README.md there).
 *
 * The corpus is frozen before the checker is tuned. This file asserts only what the corpus must be;
 * the agreement between checker and level is printed as a table, not asserted. Agreement means:
 * A1, A2 and B1 texts get "B1"; B2, C1 and C2 texts get "niet B1".
 *
 * Before (checker as in commit ab14f83, run 2026-12-04): 23 of 35 agree (66%).
 *   A1 3/3 · A2 10/10 · B1 3/15 · B2 3/3 · C1 3/3 · C2 1/1
 *   12 of 15 B1 texts get "niet B1" (all mistakes are on that side). Why, per rule (a text can fail
 *   on several): average sentence length over 14 words 9 (14.2–20.0); more than 25% of sentences
 *   over 15 words 9; a sentence over 22 words 6 (23–24 in texts written for learners, 29–39 in the
 *   vmbo exam texts); jargon 2 ("evaluatie", "expertisecentrum"); abbreviation 1 ("M.G." in the
 *   name "Annie M.G. Schmidt"); uncommon words 1 (4.6%). Flesch-Douma fails no B1 text (lowest 58.7).
 *   The B2/C1 side is thin: 6 exam texts, their level derived from the exam (see README.md there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { loadLanguageData } from '../../../src/lib/taal/load';
import type { TextResult } from '../../../src/lib/taal/types';

const folder = join('tests', 'fixtures', 'taal', 'niveaus');
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
type Level = (typeof LEVELS)[number];
/** The levels a B1 reader can read: the checker should say "B1" for these and "niet B1" for the rest. */
const UP_TO_B1: readonly Level[] = ['A1', 'A2', 'B1'];

interface Source {
  file: string;
  level: Level;
  source: string;
  publisher: string;
  title: string;
  levelBasis: string;
  levelEvidence: string;
  retrieved: string;
  edits: string;
  note: string;
  licenceUse: string;
}

const sources: Source[] = JSON.parse(readFileSync(join(folder, 'bronnen.json'), 'utf8')).texts;
const textFiles = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
const { data, problems } = loadLanguageData(process.cwd());

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const countAt = (...levels: Level[]) => sources.filter(({ level }) => levels.includes(level)).length;

/** Checks a .txt file the way `npm run check:taal -- file.txt` does: plain text unless it looks like Markdown. */
function check(file: string, text: string): TextResult {
  return checkTextWith(text, data, { file, markdown: /^(#{1,6} |[-*] |\|)/m.test(text) });
}

/** A short name for each reason the verdict gives (the reasons themselves are Dutch sentences for editors). */
function why(result: TextResult): string {
  const errors = [...new Set(result.findings.filter(({ severity }) => severity === 'fout').map(({ rule }) => rule))];
  const parts = errors.map((rule) => `fout:${rule}`);
  for (const reason of result.reasons) {
    if (/de score is/.test(reason)) parts.push('Flesch-Douma');
    else if (/gemiddeld/.test(reason)) parts.push('gem. zinslengte');
    else if (/langer dan/.test(reason)) parts.push('aandeel lange zinnen');
    else if (/ongewoon/.test(reason)) parts.push('ongewone woorden');
    else if (/lijdende vorm/.test(reason)) parts.push('lijdende vorm');
  }
  return parts.join(', ');
}

describe('the levelled corpus (frozen)', () => {
  it('loads the real language data', () => expect(problems).toEqual([]));

  it('lists every text file in bronnen.json, and nothing else', () => {
    expect(sources.map(({ file }) => file).sort()).toEqual(textFiles);
  });

  it.each(sources)('$file records its level, source, evidence and use', (entry) => {
    expect(LEVELS).toContain(entry.level);
    expect(entry.file.startsWith(`${entry.level}-`)).toBe(true);
    for (const field of ['source', 'publisher', 'title', 'levelBasis', 'levelEvidence', 'edits', 'licenceUse'] as const) {
      expect(entry[field].trim().length, field).toBeGreaterThan(0);
    }
    expect(entry.retrieved).toBe('2026-12-04');
  });

  it.each(sources)('$file is one passage of 80 to 400 words', ({ file }) => {
    const words = wordCount(readFileSync(join(folder, file), 'utf8'));
    expect(words).toBeGreaterThanOrEqual(80);
    expect(words).toBeLessThanOrEqual(400);
  });

  it('has at least 30 texts from more than one publisher', () => {
    expect(sources.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sources.map(({ publisher }) => publisher)).size).toBeGreaterThanOrEqual(2);
  });

  it('has at least 5 texts at A1–A2 and at least 10 at B1', () => {
    expect(countAt('A1', 'A2')).toBeGreaterThanOrEqual(5);
    expect(countAt('B1')).toBeGreaterThanOrEqual(10);
  });

  // The brief asks for 8 B2 and 5 C1 texts. The search index held only 3 havo and 3 vwo exam texts
  // whose level could be tied to the CEFR; README.md says so. These floors keep what there is.
  it('has texts above B1: at least 3 at B2 and 3 at C1', () => {
    expect(countAt('B2')).toBeGreaterThanOrEqual(3);
    expect(countAt('C1')).toBeGreaterThanOrEqual(3);
  });
  it.todo('has at least 8 texts at B2 and 5 at C1 (the brief\'s target; not yet met)');
});

describe('the B1 verdict on the levelled corpus (reported, not asserted)', () => {
  it('prints verdict, scores and agreement per text and per level', () => {
    const rows = sources.map(({ file, level }) => {
      const result = check(file, readFileSync(join(folder, file), 'utf8'));
      const expected = UP_TO_B1.includes(level) ? 'B1' : 'niet B1';
      return {
        file,
        level,
        verdict: result.verdict,
        agrees: result.verdict === expected,
        score: result.score,
        avgSentence: result.stats.wordsPerSentence,
        longest: result.stats.longestSentence,
        uncommonPct: Math.round(result.stats.uncommonShare * 1000) / 10,
        why: why(result),
      };
    });

    const lines = rows.map((row) =>
      [row.file.padEnd(38), row.level, row.verdict.padEnd(7), row.agrees ? 'ja ' : 'NEE',
        String(row.score ?? '-').padStart(5), String(row.avgSentence).padStart(5), String(row.longest).padStart(3),
        `${row.uncommonPct}%`.padStart(6), row.why].join(' | '));
    const perLevel = LEVELS.map((level) => {
      const atLevel = rows.filter((row) => row.level === level);
      return `${level} ${atLevel.filter((row) => row.agrees).length}/${atLevel.length}`;
    });
    const agreeing = rows.filter((row) => row.agrees).length;
    console.log([
      'file                                   | lvl | verdict | ok  | FD    | gem.  | max | ongew. | waarom niet B1',
      ...lines,
      `agreement: ${agreeing}/${rows.length} (${Math.round((agreeing / rows.length) * 100)}%) — ${perLevel.join(' · ')}`,
    ].join('\n'));

    expect(rows).toHaveLength(sources.length);
  });
});
