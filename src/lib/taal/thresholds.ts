/**
 * Every number the checker decides with, in one place. README.md says where each one comes from
 * and how firm that source is; change them there and here together.
 *
 * Two rule sets decide the verdict:
 * - `b1`: the claim "this text is B1". Its limits are set from texts whose level experts gave
 *   (tests/fixtures/taal/niveaus/), so that no A1–B1 text of that set is called "niet B1".
 * - `huisstijl`: the stricter house style of this site (short sentences, no jargon, dates in
 *   words). A text that only breaks a house rule "past niet bij de huisstijl"; it is not "niet B1".
 */
export const THRESHOLDS = {
  /** Utrecht / NL Design System content guidelines and Direct Duidelijk: at most 15 words a sentence. Above: advice, and a "long sentence" for the share. */
  sentenceWordsAdvice: 15,
  /** Zipf under 3 (less than once per million words), the SUBTLEX-NL / LiNT boundary for an uncommon word. */
  uncommonZipf: 3,
  /** Words of this many syllables or more get the advice to say it shorter. */
  longWordSyllables: 5,
  /** Long words that are this common (Zipf) are left alone: "bijvoorbeeld", "verschillende". */
  longWordCommonZipf: 4,
  /** Below this many words, the score and the averages say little; then only the rules decide. */
  minimumWordsForScore: 30,
  /** In the jargon density, an entry the editors marked `advies` ("soms kan het niet anders") weighs this much; one marked `fout` weighs 1. Our choice. */
  jargonAdviceWeight: 0.5,
  /** Non-Dutch text: fewer than this share of very common Dutch words, in a text of at least 8 words. */
  dutchFunctionWordShare: 0.1,
} as const;

export type RuleSetName = 'b1' | 'huisstijl';

export interface RuleSet {
  name: RuleSetName;
  /** A sentence of more words than this is an error. */
  sentenceWordsError: number;
  /** Average words per running sentence above this: the text fails. */
  averageSentenceWords: number;
  /** Share of running sentences over `sentenceWordsAdvice` above this fails the text, from `longSentenceMinimumCount` long sentences. */
  longSentenceShare: number;
  longSentenceMinimumCount: number;
  /** Flesch-Douma below this fails the text. */
  minimumScore: number;
  /** Uncommon distinct words (weighed 1/n for a word used n times) as a share of distinct words; above this fails, from `uncommonMinimumCount` words. */
  uncommonShare: number;
  uncommonMinimumCount: number;
  /**
   * Jargon: `null` means every word of the jargon list marked `fout` is an error on its own.
   * A number: the text fails with more than this many distinct jargon words per 100 words (an entry marked
   * `advies` weighs half), from a weight of `jargonMinimumWeight`.
   */
  jargonPer100Words: number | null;
  jargonMinimumWeight: number;
  /** Share of passive sentences above this fails the text, from `passiveMinimumCount`; `null`: passive is advice only. */
  passiveShare: number | null;
  passiveMinimumCount: number;
  /** Dates and times in figures ("10:00", "1-9-2026") are errors; otherwise advice. */
  datesInFiguresAreErrors: boolean;
}

/**
 * The B1 claim, calibrated on the 35 levelled texts (see README.md, "Calibration on levelled
 * texts"; tests/unit/taal/levels.test.ts recomputes these limits from the texts and checks them).
 * A limit sits halfway between the highest A1–B1 value and the nearest B2+ value above it; where
 * no B2+ text lies above the A1–B1 maximum, the limit is that maximum.
 */
const B1: RuleSet = {
  name: 'b1',
  /** The longest sentence in an A1–B1 text has 39 words (a vmbo exam text); no B2+ text has a longer one. */
  sentenceWordsError: 39,
  /** Highest A1–B1 average 20.0, nearest B2+ above it 21.4. */
  averageSentenceWords: 20.7,
  /** Highest A1–B1 share 64 % (7 of 11 sentences), nearest B2+ above it 71 % (10 of 14). */
  longSentenceShare: 0.675,
  longSentenceMinimumCount: 2,
  /** Douma's band, not the texts: they would allow 58.6 (lowest A1–B1 score 58.7), on one C1 text. See README.md. */
  minimumScore: 55,
  /** Highest A1–B1 share 7.5 %, nearest B2+ above it 8.7 %. */
  uncommonShare: 0.081,
  uncommonMinimumCount: 3,
  /**
   * Highest A1–B1 density 0.8 distinct jargon words per 100 words ("evaluatie", 1 in 125 words); no B2+
   * text has any, the seed policy paragraphs have up to 10. An entry marked `advies` weighs half.
   */
  jargonPer100Words: 0.8,
  /** One word marked `fout`, or two marked `advies`: one "soms onvermijdelijk" word alone never decides. */
  jargonMinimumWeight: 1,
  /**
   * Highest A1–B1 share 20 % (2 of 10 sentences); no B2+ text has more, so it separates nothing in
   * the levelled texts. From the first passive sentence (the 30-word floor guards short texts): with
   * a minimum of 3, four more seed policy paragraphs would pass as B1. See README.md.
   */
  passiveShare: 0.2,
  passiveMinimumCount: 1,
  datesInFiguresAreErrors: false,
};

/** The house style: stricter than B1 on purpose, for residents who read less well than B1. Reasons in README.md. */
const HUISSTIJL: RuleSet = {
  name: 'huisstijl',
  /** About 1.5 × the guideline of 15 words. */
  sentenceWordsError: 22,
  /** If the maximum is 15, the average must stay below it. */
  averageSentenceWords: 14,
  /** An odd long sentence happens in good B1 text; a habit does not. */
  longSentenceShare: 0.25,
  longSentenceMinimumCount: 2,
  /** Douma (1960): 45–60 "tamelijk moeilijk"; the middle of that band. */
  minimumScore: 55,
  /** The old limit of 4 % of all words, as a share of distinct words (about 1.5 × as high on our content). */
  uncommonShare: 0.06,
  uncommonMinimumCount: 3,
  /** Every jargon word marked `fout` is an error: the plain word is always available. */
  jargonPer100Words: null,
  jargonMinimumWeight: 1,
  /** B1 guides say: write actively. Was 25 % from 3 sentences; now the b1 limit, so the house style is never laxer. */
  passiveShare: 0.2,
  passiveMinimumCount: 1,
  /** Utrecht guidelines: "10.00 uur", "dinsdag 1 september 2026". */
  datesInFiguresAreErrors: true,
};

export const RULE_SETS: Readonly<Record<RuleSetName, RuleSet>> = { b1: B1, huisstijl: HUISSTIJL };
