/**
 * The B1 verdict on Dutch texts whose CEFR level was given by someone else: the publisher of a
 * levelled reader, a plain-language writer about her own text, or the exam the text was used in
 * (tests/fixtures/taal/niveaus/, sources and evidence in bronnen.json, caveats in README.md there).
 *
 * The corpus is frozen before the checker is tuned. Agreement means: under the `b1` rule set,
 * A1, A2 and B1 texts get "B1"; B2, C1 and C2 texts get "niet B1". The agreement is asserted as a
 * floor (the figure measured below), and no A1–B1 text may get "niet B1".
 *
 * Before (checker as in commit ab14f83, one rule set, run 2026-12-04): 23 of 35 agree (66%).
 *   A1 3/3 · A2 10/10 · B1 3/15 · B2 3/3 · C1 3/3 · C2 1/1
 *   12 of 15 B1 texts get "niet B1" (all mistakes are on that side). Why, per rule (a text can fail
 *   on several): average sentence length over 14 words 9 (14.2–20.0); more than 25% of sentences
 *   over 15 words 9; a sentence over 22 words 6 (23–24 in texts written for learners, 29–39 in the
 *   vmbo exam texts); jargon 2 ("evaluatie", "expertisecentrum"); abbreviation 1 ("M.G." in the
 *   name "Annie M.G. Schmidt"); uncommon words 1 (4.6%). Flesch-Douma fails no B1 text (lowest 58.7).
 *
 * After (rule set `b1`, limits from these texts by calibrate.ts, run 2026-12-04): 32 of 35 agree (91%).
 *   A1 3/3 · A2 10/10 · B1 15/15 · B2 2/3 · C1 1/3 · C2 1/1
 *   Still called "B1": B2-havo-2015-onderwijs (average 17.4, longest 35: the vmbo exam texts labelled
 *   B1 go to 20.0 and 39), C1-vwo-2014-eenzame-grazers (Flesch-Douma 58.6, 7.0% uncommon) and
 *   C1-vwo-2022-gelukkigst (average 12.2, 5.2% uncommon). No simple limit separates them from the B1 texts.
 *   Leave-one-out (each text judged with limits set on the other 34): 27 of 35. The margins are thin:
 *   several limits rest on one text (taaluitwisseling, opgeruimd, stilte, inspraakavond, vergeten-klok).
 *   Under `huisstijl` the same 3 texts and 11 of the 15 B1 texts "passen niet bij de huisstijl";
 *   "niet B1" is said of exactly the texts the b1 rule set calls so.
 *   The B2/C1 side is thin: 6 exam texts, their level derived from the exam (see README.md there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { loadLanguageData } from '../../../src/lib/taal/load';
import { calibrateLimits } from '../../../src/lib/taal/calibrate';
import { RULE_SETS, type RuleSet, type RuleSetName } from '../../../src/lib/taal/thresholds';
import type { TextResult } from '../../../src/lib/taal/types';
import { textReasons } from '../../../src/lib/taal/verdict';

/** Measured with the b1 rule set (see the header); asserted as floors. */
const MEASURED_AGREEMENT = 32;
const MEASURED_LEAVE_ONE_OUT = 27;

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
const textFiles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const { data, problems } = loadLanguageData(process.cwd());

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const countAt = (...levels: Level[]) => sources.filter(({ level }) => levels.includes(level)).length;

/** Checks a .txt file the way `npm run check:taal -- file.txt` does: plain text unless it looks like Markdown. */
function check(file: string, text: string, ruleSet: RuleSetName = 'b1'): TextResult {
  return checkTextWith(text, data, { file, markdown: /^(#{1,6} |[-*] |\|)/m.test(text), ruleSet });
}

/** A short name for each reason the verdict gives (the reasons themselves are Dutch sentences for editors). */
function why(result: TextResult): string {
  const errors = [
    ...new Set(result.findings.filter(({ severity, houseStyle }) => severity === 'fout' && !houseStyle).map(({ rule }) => rule)),
  ];
  const parts = errors.map((rule) => `fout:${rule}`);
  for (const reason of result.reasons) {
    if (/de score is/.test(reason)) parts.push('Flesch-Douma');
    else if (/gemiddeld/.test(reason)) parts.push('gem. zinslengte');
    else if (/langer dan/.test(reason)) parts.push('aandeel lange zinnen');
    else if (/ongewoon/.test(reason)) parts.push('ongewone woorden');
    else if (/lijdende vorm/.test(reason)) parts.push('lijdende vorm');
    else if (/vaktaal/.test(reason)) parts.push('vaktaal');
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
  it.todo("has at least 8 texts at B2 and 5 at C1 (the brief's target; not yet met)");
});

/** The verdict of the `b1` rule set with other limits: for leave-one-out (see calibrate.ts). */
function failsWith(result: TextResult, set: RuleSet): boolean {
  const otherErrors = result.findings.some(({ severity, houseStyle, rule }) => severity === 'fout' && !houseStyle && rule !== 'lange-zin');
  return otherErrors || result.stats.longestSentence > set.sentenceWordsError || textReasons(result.stats, result.score, set).length > 0;
}

describe('the B1 verdict on the levelled corpus', () => {
  const rows = sources.map(({ file, level }) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const result = check(file, text);
    const house = check(file, text, 'huisstijl');
    const expected = UP_TO_B1.includes(level) ? 'B1' : 'niet B1';
    return { file, level, result, house: house.verdict, agrees: result.verdict === expected, upToB1: UP_TO_B1.includes(level) };
  });
  const agreeing = rows.filter((row) => row.agrees).length;

  it('prints verdict, scores and agreement per text and per level', () => {
    const lines = rows.map(({ file, level, result, house, agrees }) =>
      [
        file.padEnd(38),
        level,
        result.verdict.padEnd(7),
        agrees ? 'ja ' : 'NEE',
        String(result.score ?? '-').padStart(5),
        String(result.stats.wordsPerSentence).padStart(5),
        String(result.stats.longestSentence).padStart(3),
        `${Math.round(result.stats.uncommonShare * 1000) / 10}%`.padStart(6),
        String(result.stats.jargonWords).padStart(2),
        why(result).padEnd(40),
        house,
      ].join(' | '),
    );
    const perLevel = LEVELS.map((level) => {
      const atLevel = rows.filter((row) => row.level === level);
      return `${level} ${atLevel.filter((row) => row.agrees).length}/${atLevel.length}`;
    });
    console.log(
      [
        'file                                   | lvl | b1      | ok  | FD    | gem.  | max | ongew. | vt | waarom niet B1                           | huisstijl',
        ...lines,
        `agreement (b1): ${agreeing}/${rows.length} (${Math.round((agreeing / rows.length) * 100)}%) — ${perLevel.join(' · ')}`,
      ].join('\n'),
    );
    expect(rows).toHaveLength(sources.length);
  });

  it(`agrees with the experts on at least ${MEASURED_AGREEMENT} of 35 texts`, () => {
    expect(agreeing).toBeGreaterThanOrEqual(MEASURED_AGREEMENT);
  });

  it('never says "niet B1" of a text experts call A1, A2 or B1', () => {
    expect(rows.filter((row) => row.upToB1 && row.result.verdict !== 'B1').map((row) => row.file)).toEqual([]);
  });

  it('says "niet B1" under the house style only when the b1 rule set does', () => {
    for (const row of rows) expect(row.house === 'niet B1', row.file).toBe(row.result.verdict === 'niet B1');
  });

  it('has the limits of the b1 rule set that the texts give (calibrate.ts)', () => {
    const limits = calibrateLimits(rows.map(({ result, upToB1 }) => ({ stats: result.stats, upToB1 })));
    expect(limits).toEqual({
      sentenceWordsError: RULE_SETS.b1.sentenceWordsError,
      averageSentenceWords: RULE_SETS.b1.averageSentenceWords,
      longSentenceShare: RULE_SETS.b1.longSentenceShare,
      uncommonShare: RULE_SETS.b1.uncommonShare,
      jargonPer100Words: RULE_SETS.b1.jargonPer100Words,
      passiveShare: RULE_SETS.b1.passiveShare,
    });
  });

  it(`keeps at least ${MEASURED_LEAVE_ONE_OUT} of 35 when each text is judged with limits set without it (leave-one-out)`, () => {
    const outcomes = rows.map((row, index) => {
      const others = rows.filter((_, other) => other !== index).map(({ result, upToB1 }) => ({ stats: result.stats, upToB1 }));
      const set: RuleSet = { ...RULE_SETS.b1, ...calibrateLimits(others) };
      return { file: row.file, agrees: failsWith(row.result, set) !== row.upToB1 };
    });
    // The limits as set on all texts give the same verdicts as the checker itself.
    for (const row of rows) expect(failsWith(row.result, RULE_SETS.b1), row.file).toBe(row.result.verdict === 'niet B1');
    const kept = outcomes.filter((outcome) => outcome.agrees).length;
    console.log(
      `leave-one-out (b1): ${kept}/${rows.length}; wrong: ${outcomes
        .filter((outcome) => !outcome.agrees)
        .map((outcome) => outcome.file)
        .join(', ')}`,
    );
    expect(kept).toBeGreaterThanOrEqual(MEASURED_LEAVE_ONE_OUT);
  });
});
