/**
 * A search query taken apart into places, vocabulary and free words, ready for ranking.
 * Pure and browser-safe.
 */
import { languageSearchWords, type ComplaintId, type LanguageId, type TargetGroupId, type ThemeId } from '../taxonomy';
import { conceptWords, expandQuery, type ConceptMatch } from './concepts';
import { isStopWord, tokens } from './normalise';
import { detectPlaces, type DetectedPlaces, type PlaceIndex } from './places';

export interface ParsedQuery {
  /** The query as folded tokens joined by one space: the form the index uses too. */
  readonly normalised: string;
  readonly places: Pick<DetectedPlaces, 'gebieden' | 'gemeenten'>;
  readonly themes: readonly ThemeId[];
  readonly complaints: readonly ComplaintId[];
  readonly targetGroups: readonly TargetGroupId[];
  /** Spoken languages named in the query ("arabisch"): activities in that language rank first. */
  readonly languages: readonly LanguageId[];
  /** Free words (stop words dropped) plus the extra index words of matched concepts. */
  readonly terms: readonly string[];
  /** Only the free words the user typed: the ones "bedoelt u …" may correct. */
  readonly freeWords: readonly string[];
  /** The concepts found, with the words they consumed, so ranking can favour an exact word ("yoga"). */
  readonly concepts: readonly ConceptMatch[];
  /** Nothing to search on: show everything rather than nothing. */
  readonly isEmpty: boolean;
  /** The tokens left after the place words, before concepts: what a corrected typo is put back into. */
  readonly words: readonly string[];
}

/**
 * Concept words and their beginnings of 4 letters or more: "inloo", typed on the way to "inloop",
 * must not be corrected into a place name one letter away.
 */
const notPlaces: ReadonlySet<string> = new Set(
  [...conceptWords].flatMap((word) => Array.from({ length: Math.max(0, word.length - 3) }, (_, index) => word.slice(0, index + 4))),
);

/** Folded language words → language (see languageSearchWords in taxonomy.ts). */
const languageOfWord: ReadonlyMap<string, LanguageId> = new Map(
  Object.entries(languageSearchWords).flatMap(([language, words]) =>
    words.map((word) => [tokens(word).join(' '), language as LanguageId] as const),
  ),
);

export function parseQuery(raw: string, placeIndex: PlaceIndex): ParsedQuery {
  const all = tokens(raw);
  // Places first, so "de" in "De Woude" is still there; concepts next, so phrases keep their stop words.
  const places = detectPlaces(all, placeIndex, { protectedWords: notPlaces });
  return fromWords(all.join(' '), { gebieden: places.gebieden, gemeenten: places.gemeenten }, places.rest);
}

/**
 * The same query with typed words replaced ("wandlen" → "wandelen"): the corrected word then goes through
 * the concept map like the word typed right, so a typo never finds less. The search index decides which
 * words are typos (see SearchIndex.conceptCorrections), because only it knows which words exist.
 */
export function withCorrections(parsed: ParsedQuery, corrections: ReadonlyMap<string, string>): ParsedQuery {
  if (corrections.size === 0) return parsed;
  return fromWords(
    parsed.normalised,
    parsed.places,
    parsed.words.map((word) => corrections.get(word) ?? word),
  );
}

function fromWords(normalised: string, places: ParsedQuery['places'], words: readonly string[]): ParsedQuery {
  const languages = [...new Set(words.flatMap((word) => languageOfWord.get(word) ?? []))];
  const expansion = expandQuery(words.filter((word) => !languageOfWord.has(word)));
  // One-letter leftovers are typing noise; digits such as "65" have already been matched as concepts.
  const free = expansion.rest.filter((word) => !isStopWord(word) && word.length > 1);
  const terms = [...new Set([...free, ...expansion.extraTerms])];
  return {
    normalised,
    places,
    themes: expansion.themes,
    complaints: expansion.complaints,
    targetGroups: expansion.targetGroups,
    languages,
    terms,
    freeWords: free,
    concepts: expansion.matched,
    words,
    isEmpty:
      places.gebieden.length === 0 &&
      expansion.themes.length === 0 &&
      expansion.complaints.length === 0 &&
      expansion.targetGroups.length === 0 &&
      languages.length === 0 &&
      terms.length === 0,
  };
}
