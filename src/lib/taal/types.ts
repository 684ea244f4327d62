/**
 * Shared shapes of the B1 checker. Everything here is plain data, so a result can be
 * printed, turned into JSON or handed to a page without conversion.
 * Rule ids and messages are Dutch because editors read them in the report.
 */

/** `fout` makes a text "niet B1" on its own; `advies` only points at something to improve. */
export type Severity = 'fout' | 'advies';

export type RuleId =
  | 'lange-zin'
  | 'moeilijk-woord'
  | 'lang-woord'
  | 'vakwoord'
  | 'lijdende-vorm'
  | 'afkorting'
  | 'datum-tijd'
  | 'geen-nederlands';

export type Verdict = 'B1' | 'niet B1';

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
  /** Ordinary words with a Zipf value under the threshold, also after judging compounds by their parts. */
  uncommonWords: number;
  uncommonShare: number;
  longestSentence: number;
  /** Sentences longer than the advice limit. */
  longSentences: number;
  passiveSentences: number;
}

export interface TextResult {
  file: string;
  verdict: Verdict;
  /** Flesch-Douma reading ease; null when the text has no words. */
  score: number | null;
  stats: TextStats;
  /** Why the text is "niet B1", in B1 Dutch. Empty when the verdict is B1. */
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
