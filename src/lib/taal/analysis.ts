/**
 * Reads a text once into sentences and annotated words, which all rules and the score share:
 * which words are names, quotes or exceptions, which are ordinary words, and how long and how
 * familiar each ordinary word is.
 */
import { createFamiliarity, type Familiarity, type FamiliarityLookup } from './familiarity';
import { createJargonMatcher, type JargonMatch, type JargonMatcher } from './jargon';
import { maskMarkup, type MaskOptions } from './markup';
import { createNameMatcher, protectedSpans, type ProtectedSpan, type Protection, type ProtectionMatcher } from './protected';
import { splitSentences } from './sentences';
import { countSyllables } from './syllables';
import { tokenize, type Token } from './tokens';
import type { Finding, LanguageData, LanguageException } from './types';

export interface AnalysedToken extends Token {
  protection?: Protection;
  /** Capital in the middle of a sentence: a name, so not judged as a word. */
  likelyName: boolean;
  /** A word that counts for syllables and familiarity. */
  ordinary: boolean;
  syllables: number;
  familiarity?: Familiarity;
}

export interface AnalysedSentence {
  start: number;
  end: number;
  tokens: AnalysedToken[];
  /** Words the reader has to get through: words, numbers and abbreviations. */
  wordCount: number;
  /**
   * A heading, label, button or list item of a few words without closing punctuation. It is checked
   * like any sentence, but left out of the reading-ease averages: Flesch-Douma is made for running text.
   */
  label: boolean;
  jargon: JargonMatch[];
}

export interface AnalysedText {
  text: string;
  masked: string;
  sentences: AnalysedSentence[];
  data: PreparedData;
}

/** Language data with its look-ups built once. */
export interface PreparedData {
  source: LanguageData;
  familiarity: FamiliarityLookup;
  jargon: JargonMatcher;
  names: ProtectionMatcher;
}

const prepared = new WeakMap<LanguageData, PreparedData>();

export function prepare(data: LanguageData): PreparedData {
  let result = prepared.get(data);
  if (!result) {
    result = {
      source: data,
      familiarity: createFamiliarity(data.frequencies),
      jargon: createJargonMatcher(data.jargon, data.frequencies),
      names: createNameMatcher(data.names),
    };
    prepared.set(data, result);
  }
  return result;
}

/** Assigns each token the protection of the span over it; both lists are in text order. */
function protect(tokens: AnalysedToken[], spans: readonly ProtectedSpan[]): void {
  let first = 0;
  for (const token of tokens) {
    while (first < spans.length && spans[first]!.end <= token.start) first++;
    for (let i = first; i < spans.length && spans[i]!.start < token.end; i++) {
      const span = spans[i]!;
      if (span.end <= token.start) continue;
      if (span.kind === 'uitzondering' || token.protection === undefined || (span.kind === 'naam' && token.protection === 'citaat')) {
        token.protection = span.kind;
      }
    }
  }
}

const LABEL_MAX_WORDS = 6;

export interface AnalyseOptions extends MaskOptions {
  exceptions?: readonly LanguageException[];
}

export function analyse(text: string, data: PreparedData, options: AnalyseOptions = {}): AnalysedText {
  const masked = maskMarkup(text, options);
  const spans = protectedSpans(masked, data.names, options.exceptions ?? []);
  const sentences: AnalysedSentence[] = [];
  const allTokens: AnalysedToken[] = [];
  for (const span of splitSentences(masked)) {
    const tokens: AnalysedToken[] = tokenize(masked, span.start, span.end).map((token) => ({
      ...token,
      likelyName: token.kind === 'word' && token.capitalised && !token.initial && !token.allCaps,
      ordinary: false,
      syllables: 0,
    }));
    allTokens.push(...tokens);
    const label = tokens.length <= LABEL_MAX_WORDS && !/[.!?:;…]["'”’)]*$/.test(masked.slice(span.start, span.end));
    sentences.push({ start: span.start, end: span.end, tokens, wordCount: tokens.length, label, jargon: [] });
  }
  protect(allTokens, spans);
  for (const token of allTokens) {
    token.ordinary =
      token.kind === 'word' && token.protection === undefined && !token.likelyName && !token.allCaps && /\p{L}{2}/u.test(token.key);
    if (token.ordinary) {
      token.familiarity = data.familiarity(token.key);
      // A capital at the start of a sentence hides names: an unknown word there ("Henk komt ook") is taken as one.
      if (token.initial && token.capitalised && token.familiarity.source === 'onbekend') {
        token.likelyName = true;
        token.ordinary = false;
        delete token.familiarity;
        continue;
      }
      token.syllables = countSyllables(token.key);
    }
  }
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    sentence.jargon = data.jargon.match(tokens, (index) => tokens[index]!.kind === 'number' || tokens[index]!.protection !== undefined);
  }
  return { text, masked, sentences, data };
}

/** A finding before its offset is turned into a file, line and column. */
export interface RawFinding {
  rule: Finding['rule'];
  severity: Finding['severity'];
  offset: number;
  words: string[];
  message: string;
  suggestion: string;
  /** An error of the house style only: it does not make the text "niet B1". */
  houseStyle?: true;
}

/** The words of a sentence as the reader sees them, shortened for a report. */
export function sentenceExcerpt(text: AnalysedText, sentence: AnalysedSentence, maxWords = 8): string {
  const tokens = sentence.tokens;
  if (tokens.length === 0) return '';
  const last = tokens[Math.min(tokens.length, maxWords) - 1]!;
  const excerpt = text.masked.slice(tokens[0]!.start, last.end).replace(/[\s\u2029]+/g, ' ');
  return tokens.length > maxWords ? `${excerpt} …` : excerpt;
}
