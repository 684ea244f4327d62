/**
 * Every number the checker decides with, in one place. README.md says where each one comes from
 * and how firm that source is; change them there and here together.
 */
export const THRESHOLDS = {
  /** Utrecht / NL Design System content guidelines and Direct Duidelijk: at most 15 words a sentence. Above: advice. */
  sentenceWordsAdvice: 15,
  /** Well above the guideline: a sentence a B1 reader loses track of. Above this: an error. */
  sentenceWordsError: 22,
  /** More than this share of running sentences over the advice limit: not B1. An odd long sentence is fine, a habit is not. */
  longSentenceShare: 0.25,
  /** The share only decides from this many long sentences on. */
  longSentenceMinimumCount: 2,
  /** A text whose sentences are on average longer than the guideline is not B1, even if none is extreme. */
  averageSentenceWords: 14,
  /**
   * Flesch-Douma below this: not B1. Douma's bands put 45–60 at "fairly difficult" and 60–70 at "standard";
   * we draw the line inside that band, at 55, because plain page text full of long but common words
   * ("vrijwilligers", "activiteiten") scores 55–60. See README.md.
   */
  minimumScore: 55,
  /** Zipf under 3 (less than once per million words), the SUBTLEX-NL / LiNT boundary for an uncommon word. */
  uncommonZipf: 3,
  /** More than this share of ordinary words uncommon: not B1. Calibrated on our reference texts, the content and the seeds. */
  uncommonShare: 0.04,
  /** The share only decides when at least this many uncommon words occur: one odd word in a short text is no verdict. */
  uncommonMinimumCount: 3,
  /** Words of this many syllables or more get the advice to say it shorter. */
  longWordSyllables: 5,
  /** Long words that are this common (Zipf) are left alone: "bijvoorbeeld", "verschillende". */
  longWordCommonZipf: 4,
  /** Below this many words, the score and the averages say little; then only the rules decide. */
  minimumWordsForScore: 30,
  /** More than this share of sentences in the passive: not B1. */
  passiveShare: 0.25,
  /** The passive share only decides from this many passive sentences on. */
  passiveMinimumCount: 3,
  /** Non-Dutch text: fewer than this share of very common Dutch words, in a text of at least 8 words. */
  dutchFunctionWordShare: 0.1,
} as const;
