/**
 * Shared shapes of the B1 checker. Everything here is plain data, so a result can be
 * printed, turned into JSON or handed to a page without conversion.
 * Rule ids and messages are Dutch because editors read them in the report.
 */
import type { RuleSetName } from './thresholds';

export type { RuleSetName } from './thresholds';

/** `fout` makes a text "niet B1" on its own; `advies` only points at something to improve. */
export type Severity = 'fout' | 'advies';

export type RuleId =
  'lange-zin' | 'moeilijk-woord' | 'lang-woord' | 'vakwoord' | 'lijdende-vorm' | 'afkorting' | 'datum-tijd' | 'geen-nederlands';

/**
 * "B1" and "niet B1" are the claim of the `b1` rule set. "past niet bij de huisstijl": B1, but a
 * rule of the stricter house style (`huisstijl`) is broken.
 */
export type Verdict = 'B1' | 'niet B1' | 'past niet bij de huisstijl';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  file: string;
  /** 1-based line and column in the file (or the text) that was checked. */
  line: number;
  column: number;
  /** The words concerned, as they appear in the text. */
  words: string[];
  /** What is wrong, in B1 Dutch. */
  message: string;
  /** What to write instead, in B1 Dutch. */
  suggestion: string;
  /** An error of the house style only (`huisstijl`): it does not make the text "niet B1". */
  houseStyle?: true;
}

/** An explicit, commented exception from a content file (`taaluitzonderingen`). */
export interface LanguageException {
  tekst: string;
  reden?: string;
}

export interface JargonEntry {
  woord: string;
  alternatief: string;
  uitleg?: string;
  ernst: Severity;
  vormen: string[];
}

/** Everything the checker knows about words; loaded from files by `load.ts`, injected in tests. */
export interface LanguageData {
  /** Word (lower case) to Zipf value: log10 of the frequency per billion words. */
  frequencies: ReadonlyMap<string, number>;
  jargon: readonly JargonEntry[];
  /** Proper names that never count against a text, such as "Welzijn op Recept" or "Ens". */
  names: readonly string[];
}

export interface TextStats {
  sentences: number;
  /** Sentences of running text: all sentences but headings and labels of a few words. */
  runningSentences: number;
  /** All words, including names and numbers: what a reader has to get through. */
  words: number;
  /** Ordinary words: not names, numbers, quotes or exceptions. Syllables and familiarity use these. */
  ordinaryWords: number;
  syllables: number;
  /** Over running sentences only; headings and labels of a few words are left out (see analysis.ts). */
  wordsPerSentence: number;
  /** Syllables per 100 ordinary words in running sentences. */
  syllablesPer100Words: number;
  /** Distinct ordinary words (lower case forms). */
  distinctWords: number;
  /** Distinct ordinary words with a Zipf value under the threshold, also after judging compounds by their parts. */
  uncommonWords: number;
  /**
   * The uncommon distinct words, each weighed 1/n when the text uses it n times (repetition
   * explains a word), as a share of the distinct words. This share decides the verdict.
   */
  uncommonShare: number;
  /** Distinct entries of the jargon list in the text ("indicatie" twice counts once). */
  jargonWords: number;
  /** The same, with entries marked `advies` weighing half: what the jargon density of the b1 rule set counts. */
  jargonWeight: number;
  /** Uncommon words as a share of all ordinary words (every use counted): shown for comparison, decides nothing. */
  uncommonTokenShare: number;
  longestSentence: number;
  /** Sentences longer than the advice limit. */
  longSentences: number;
  passiveSentences: number;
}

export interface TextResult {
  file: string;
  verdict: Verdict;
  /** The rule set the text was checked with. */
  ruleSet: RuleSetName;
  /** Flesch-Douma reading ease; null when the text has no words. */
  score: number | null;
  stats: TextStats;
  /** Why the text is "niet B1" or does not fit the house style, in B1 Dutch. Empty when the verdict is B1. */
  reasons: string[];
  findings: Finding[];
  /** A note about the text as a whole, such as "Deze tekst is leeg." */
  note?: string;
}

export interface Position {
  line: number;
  column: number;
}

/** Maps an offset in the checked text to a place in the file it came from. */
export type Locate = (offset: number) => Position;
