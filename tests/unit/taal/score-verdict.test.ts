import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { fleschDouma } from '../../../src/lib/taal/score';
import { THRESHOLDS } from '../../../src/lib/taal/thresholds';
import type { Finding, TextStats } from '../../../src/lib/taal/types';
import { decideVerdict } from '../../../src/lib/taal/verdict';
import { smallData } from '../../fixtures/taal/small-data';

const stats = (overrides: Partial<TextStats> = {}): TextStats => ({
  sentences: 10, runningSentences: 10, words: 100, ordinaryWords: 90, syllables: 140, wordsPerSentence: 10,
  syllablesPer100Words: 155, uncommonWords: 0, uncommonShare: 0, longestSentence: 14, longSentences: 0, passiveSentences: 0,
  ...overrides,
});

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'vakwoord', severity, file: 'x', line: 1, column: 1, words: ['indicatie'], message: 'm', suggestion: 's',
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

  it('is niet B1 for a low score, long sentences on average, many long sentences, uncommon words or passives', () => {
    expect(decideVerdict(stats(), THRESHOLDS.minimumScore - 1, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ wordsPerSentence: THRESHOLDS.averageSentenceWords + 1 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ longSentences: 4 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ uncommonWords: 6, uncommonShare: 0.067 }), 80, []).verdict).toBe('niet B1');
    expect(decideVerdict(stats({ passiveSentences: 4 }), 80, []).verdict).toBe('niet B1');
  });

  it('lets the averages decide only with enough words', () => {
    expect(decideVerdict(stats({ words: THRESHOLDS.minimumWordsForScore - 1 }), 20, []).verdict).toBe('B1');
  });

  it('needs a few uncommon words before their share counts', () => {
    expect(decideVerdict(stats({ words: 10, ordinaryWords: 10, uncommonWords: 2, uncommonShare: 0.2 }), 80, []).verdict).toBe('B1');
  });

  it('accepts the edge values themselves', () => {
    expect(
      decideVerdict(
        stats({ wordsPerSentence: THRESHOLDS.averageSentenceWords, uncommonWords: 4, uncommonShare: THRESHOLDS.uncommonShare, longSentences: 2, passiveSentences: 2 }),
        THRESHOLDS.minimumScore,
        [],
      ).verdict,
    ).toBe('B1');
  });
});
