/**
 * The numbers behind the verdict: Flesch-Douma reading ease and the share of uncommon words.
 * Flesch-Douma (Douma 1960) is Flesch's formula fitted to Dutch words, which are longer:
 * 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. Higher is easier.
 * It only sees length, so the share of uncommon words (LiNT's strongest word feature) sits next to it.
 */
import type { AnalysedText } from './analysis';
import { isUncommon } from './rule-words';
import { THRESHOLDS } from './thresholds';
import type { TextStats } from './types';

export function fleschDouma(syllablesPer100Words: number, wordsPerSentence: number): number {
  return 206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function computeStats(text: AnalysedText, passiveSentences: number): TextStats {
  let words = 0;
  let ordinaryWords = 0;
  let syllables = 0;
  let uncommonTokens = 0;
  const distinct = new Map<string, { count: number; uncommon: boolean }>();
  const jargonEntries = new Map<string, 'fout' | 'advies'>();
  let longestSentence = 0;
  let longSentences = 0;
  // Reading ease is measured on running text; headings and labels only when there is nothing else.
  const hasProse = text.sentences.some((sentence) => !sentence.label);
  let scoredSentences = 0;
  let scoredWords = 0;
  let scoredOrdinary = 0;
  let scoredSyllables = 0;
  for (const sentence of text.sentences) {
    const scored = !hasProse || !sentence.label;
    words += sentence.wordCount;
    longestSentence = Math.max(longestSentence, sentence.wordCount);
    if (sentence.wordCount > THRESHOLDS.sentenceWordsAdvice) longSentences++;
    if (scored) {
      scoredSentences++;
      scoredWords += sentence.wordCount;
    }
    // Officialese from the editors' list, counted per entry: "indicatie" twice is one word.
    for (const match of sentence.jargon) jargonEntries.set(match.entry.woord, match.entry.ernst);
    for (const token of sentence.tokens) {
      if (!token.ordinary) continue;
      ordinaryWords++;
      syllables += token.syllables;
      if (scored) {
        scoredOrdinary++;
        scoredSyllables += token.syllables;
      }
      const uncommon = !!token.familiarity && isUncommon(token.familiarity.zipf);
      if (uncommon) uncommonTokens++;
      const seen = distinct.get(token.key);
      if (seen) seen.count++;
      else distinct.set(token.key, { count: 1, uncommon });
    }
  }
  // Uncommon words are judged per distinct word: a word the text repeats is explained by its
  // context, so a word used n times weighs 1/n (a text about one animal naming it seven times
  // has one new word, not seven).
  let uncommonWords = 0;
  let uncommonWeight = 0;
  for (const { count, uncommon } of distinct.values()) {
    if (!uncommon) continue;
    uncommonWords++;
    uncommonWeight += 1 / count;
  }
  return {
    sentences: text.sentences.length,
    runningSentences: scoredSentences,
    words,
    ordinaryWords,
    syllables,
    wordsPerSentence: scoredSentences ? round(scoredWords / scoredSentences) : 0,
    syllablesPer100Words: scoredOrdinary ? round((scoredSyllables / scoredOrdinary) * 100) : 0,
    distinctWords: distinct.size,
    uncommonWords,
    uncommonShare: distinct.size ? round(uncommonWeight / distinct.size, 3) : 0,
    jargonWords: jargonEntries.size,
    // An entry the editors marked `advies` ("soms kan het niet anders", such as "dagbesteding") weighs half.
    jargonWeight: [...jargonEntries.values()].reduce((sum, ernst) => sum + (ernst === 'fout' ? 1 : THRESHOLDS.jargonAdviceWeight), 0),
    uncommonTokenShare: ordinaryWords ? round(uncommonTokens / ordinaryWords, 3) : 0,
    longestSentence,
    longSentences,
    passiveSentences,
  };
}

/** Null without words: an empty text has no reading ease. */
export function readingEase(stats: TextStats): number | null {
  if (stats.words === 0) return null;
  // Without ordinary words (only names and numbers) syllables cannot be judged; use the Dutch average.
  const syllablesPer100 = stats.syllablesPer100Words || 150;
  return round(fleschDouma(syllablesPer100, stats.wordsPerSentence));
}
