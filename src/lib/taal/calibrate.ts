/**
 * How the limits of the `b1` rule set are set from texts whose level experts gave
 * (tests/fixtures/taal/niveaus/). Kept as code so the test can recompute them, and check them
 * again with each text left out (leave-one-out).
 *
 * The rule: for a measure where a higher value reads harder, the limit lies halfway between the
 * highest A1–B1 value and the nearest B2+ value above it (the widest margin that keeps every A1–B1
 * text). When no B2+ text lies above the A1–B1 maximum, the measure separates nothing and the
 * limit is that maximum. A text fails when its value is above the limit.
 */
import type { TextStats } from './types';

export function separatingLimit(upToB1: readonly number[], aboveB1: readonly number[]): number {
  if (upToB1.length === 0) throw new Error('separatingLimit needs at least one A1–B1 value');
  const highest = Math.max(...upToB1);
  const beyond = aboveB1.filter((value) => value > highest);
  return beyond.length ? (highest + Math.min(...beyond)) / 2 : highest;
}

export interface LevelledSample {
  stats: TextStats;
  /** A1, A2 or B1: a B1 reader can read it. */
  upToB1: boolean;
}

/** The measures the b1 limits are set from, each with its rounding (the limits are shown to editors). */
export const CALIBRATED_MEASURES = {
  sentenceWordsError: { measure: (stats: TextStats) => stats.longestSentence, digits: 0 },
  averageSentenceWords: { measure: (stats: TextStats) => stats.wordsPerSentence, digits: 1 },
  longSentenceShare: {
    measure: (stats: TextStats) => (stats.runningSentences ? stats.longSentences / stats.runningSentences : 0),
    digits: 3,
  },
  uncommonShare: { measure: (stats: TextStats) => stats.uncommonShare, digits: 3 },
  jargonPer100Words: { measure: (stats: TextStats) => (stats.words ? (stats.jargonWeight / stats.words) * 100 : 0), digits: 1 },
  passiveShare: { measure: (stats: TextStats) => (stats.sentences ? stats.passiveSentences / stats.sentences : 0), digits: 3 },
} as const satisfies Record<string, { measure: (stats: TextStats) => number; digits: number }>;

export type CalibratedLimit = keyof typeof CALIBRATED_MEASURES;

/** The calibrated limits from a set of levelled texts. */
export function calibrateLimits(samples: readonly LevelledSample[]): Record<CalibratedLimit, number> {
  const limits = {} as Record<CalibratedLimit, number>;
  for (const [name, { measure, digits }] of Object.entries(CALIBRATED_MEASURES) as [
    CalibratedLimit,
    (typeof CALIBRATED_MEASURES)[CalibratedLimit],
  ][]) {
    const upToB1 = samples.filter((sample) => sample.upToB1).map((sample) => measure(sample.stats));
    const aboveB1 = samples.filter((sample) => !sample.upToB1).map((sample) => measure(sample.stats));
    const scale = 10 ** digits;
    // Rounded for display, but never below the highest A1–B1 value: that text must keep passing.
    limits[name] = Math.max(Math.round(separatingLimit(upToB1, aboveB1) * scale), Math.ceil(Math.max(...upToB1) * scale - 1e-9)) / scale;
  }
  return limits;
}
