import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { fleschDouma } from '../../../src/lib/taal/score';
import { RULE_SETS, THRESHOLDS } from '../../../src/lib/taal/thresholds';
import type { Finding, TextStats } from '../../../src/lib/taal/types';
import { decideVerdict } from '../../../src/lib/taal/verdict';
import { smallData } from '../../fixtures/taal/small-data';

const stats = (overrides: Partial<TextStats> = {}): TextStats => ({
  sentences: 10,
  runningSentences: 10,
  words: 100,
  ordinaryWords: 90,
  syllables: 140,
  wordsPerSentence: 10,
  syllablesPer100Words: 155,
  distinctWords: 60,
  uncommonWords: 0,
  uncommonShare: 0,
  uncommonTokenShare: 0,
  jargonWords: 0,
  jargonWeight: 0,
  longestSentence: 14,
  longSentences: 0,
  passiveSentences: 0,
  ...overrides,
});

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'vakwoord',
  severity,
  file: 'x',
  line: 1,
  column: 1,
  words: ['indicatie'],
  message: 'm',
  suggestion: 's',
});

describe('Flesch-Douma', () => {
  it('follows the formula 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
    expect(fleschDouma(150, 10)).toBeCloseTo(206.84 - 115.5 - 9.3, 5);
    expect(fleschDouma(200, 20)).toBeCloseTo(206.84 - 154 - 18.6, 5);
  });

  it('scores shorter words and sentences as easier', () => {
    expect(fleschDouma(140, 8)).toBeGreaterThan(fleschDouma(160, 8));
    expect(fleschDouma(150, 8)).toBeGreaterThan(fleschDouma(150, 16));
  });

  it('is computed from the text: syllables of ordinary words and words per sentence', () => {
    const result = checkTextWith('De koffie staat klaar. Kom ook.', smallData());
    expect(result.stats).toMatchObject({ sentences: 2, words: 6, wordsPerSentence: 3 });
    // de(1) koffie(2) staat(1) klaar(1) kom(1) ook(1) = 7 syllables in 6 words
    expect(result.stats.syllablesPer100Words).toBeCloseTo(116.7, 1);
    expect(result.score).toBeCloseTo(fleschDouma(116.7, 3), 1);
  });

  it('leaves headings and labels out of the averages when there is running text', () => {
    const result = checkTextWith('# Koffie\n\nDe koffie staat elke dinsdag klaar in het dorp.', smallData());
    expect(result.stats.sentences).toBe(2);
    expect(result.stats.runningSentences).toBe(1);
    expect(result.stats.wordsPerSentence).toBe(9);
  });
});

describe('decideVerdict', () => {
  it('is B1 for a plain text without errors', () => {
    expect(decideVerdict(stats(), 80, [finding('advies')])).toEqual({ verdict: 'B1', reasons: [] });
  });

  it('is niet B1 with one error, and says why', () => {
    const { verdict, reasons } = decideVerdict(stats(), 80, [finding('fout')]);
    expect(verdict).toBe('niet B1');
    expect(reasons).toEqual(['Er staat 1 fout in de tekst: 1 × vaktaal.']);
  });

  it('is niet B1 for a low score, long sentences on average or too often, uncommon words or jargon, by the b1 limits', () => {
    const b1 = RULE_SETS.b1;
    expect(decideVerdict(stats(), b1.minimumScore - 1, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ wordsPerSentence: b1.averageSentenceWords + 0.1 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ longSentences: 7 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ uncommonWords: 6, uncommonShare: b1.uncommonShare + 0.01 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ jargonWords: 1, jargonWeight: 1 }), 80, []).verdict).toBe('niet B1');
    // An entry marked advies weighs half: one in 100 words stays under the limit.
    expect(decideVerdict(stats({ jargonWords: 1, jargonWeight: 0.5 }), 80, []).verdict).toBe('B1');
    expect(decideVerdict(stats({ passiveSentences: 3 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ jargonWords: 1, jargonWeight: 1, words: THRESHOLDS.minimumWordsForScore - 1 }), 80, []).verdict).toBe(
      'B1',
    );
  });

  it('under b1 ignores what only the house style forbids', () => {
    const house = RULE_SETS.huisstijl;
    const houseOnly = stats({ wordsPerSentence: house.averageSentenceWords + 1, longSentences: 4 });
    expect(decideVerdict(houseOnly, 80, [{ ...finding('fout'), houseStyle: true }])).toEqual({ verdict: 'B1', reasons: [] });
  });

  it('under the house style says "past niet bij de huisstijl" when only a house rule fails, with the house limit', () => {
    const house = RULE_SETS.huisstijl;
    const result = decideVerdict(stats({ wordsPerSentence: house.averageSentenceWords + 1 }), 80, [], 'huisstijl');
    expect(result.verdict).toBe('past niet bij de huisstijl');
    expect(result.reasons).toEqual(['De zinnen zijn gemiddeld 15 woorden lang. In de huisstijl is dat hoogstens 14.']);
    expect(decideVerdict(stats({ longSentences: 4 }), 80, [], 'huisstijl').verdict).toBe('past niet bij de huisstijl');
    expect(decideVerdict(stats(), 80, [{ ...finding('fout'), houseStyle: true }], 'huisstijl')).toEqual({
      verdict: 'past niet bij de huisstijl',
      reasons: ['Er staat 1 fout tegen de huisstijl: 1 × vaktaal.'],
    });
  });

  it('under the house style still says "niet B1" when a b1 limit fails, and gives the B1 reason', () => {
    const result = decideVerdict(stats({ wordsPerSentence: RULE_SETS.b1.averageSentenceWords + 1 }), 80, [], 'huisstijl');
    expect(result.verdict).toBe('niet B1');
    expect(result.reasons).toEqual([
      `De zinnen zijn gemiddeld ${String(RULE_SETS.b1.averageSentenceWords + 1).replace('.', ',')} woorden lang. Voor B1 is dat hoogstens 20,7.`,
    ]);
  });

  it('is at least as strict under the house style as under b1', () => {
    const { b1, huisstijl } = RULE_SETS;
    expect(huisstijl.sentenceWordsError).toBeLessThanOrEqual(b1.sentenceWordsError);
    expect(huisstijl.averageSentenceWords).toBeLessThanOrEqual(b1.averageSentenceWords);
    expect(huisstijl.longSentenceShare).toBeLessThanOrEqual(b1.longSentenceShare);
    expect(huisstijl.minimumScore).toBeGreaterThanOrEqual(b1.minimumScore);
    expect(huisstijl.uncommonShare).toBeLessThanOrEqual(b1.uncommonShare);
    expect(huisstijl.passiveShare!).toBeLessThanOrEqual(b1.passiveShare!);
    expect(huisstijl.jargonPer100Words).toBeNull(); // every jargon word is an error
  });

  it('lets the averages decide only with enough words', () => {
    expect(decideVerdict(stats({ words: THRESHOLDS.minimumWordsForScore - 1 }), 20, [], 'huisstijl').verdict).toBe('B1');
  });

  it('needs a few uncommon words before their share counts', () => {
    expect(
      decideVerdict(stats({ words: 10, ordinaryWords: 10, distinctWords: 10, uncommonWords: 2, uncommonShare: 0.2 }), 80, [], 'huisstijl')
        .verdict,
    ).toBe('B1');
  });

  it('accepts the edge values themselves', () => {
    for (const name of ['b1', 'huisstijl'] as const) {
      const set = RULE_SETS[name];
      const edge = stats({
        wordsPerSentence: set.averageSentenceWords,
        uncommonWords: 4,
        uncommonShare: set.uncommonShare,
        runningSentences: 100,
        sentences: 100,
        longSentences: Math.floor(set.longSentenceShare * 100),
        passiveSentences: 2,
      });
      expect(decideVerdict(edge, set.minimumScore, [], name).verdict).toBe('B1');
    }
  });
});
