/**
 * Finding dorpen, wijken and gemeenten in a search query.
 * The place list is passed in (pure and browser-safe): the build reads the YAML, the browser gets JSON.
 */
import { isStopWord, tokens } from './normalise';

export interface PlaceInput {
  readonly gebieden: readonly { id: string; naam: string; gemeente: string; aliases?: readonly string[] }[];
  readonly gemeenten: readonly { id: string; naam: string }[];
}

/**
 * Gemeente names beat gebied names: "bergen" means the whole gemeente. First words rank with gebied
 * names so an alias ("Emmeloord" for Revelsant) and a first word ("Emmeloord Centrum") add up.
 */
const Rank = { Gemeente: 0, Gebied: 1, FirstWord: 1 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface PlaceEntry {
  rank: Rank;
  gebieden: string[];
  gemeenten: string[];
}

export interface PlaceIndex {
  /** Folded place names, words joined by one space, to what they mean. */
  readonly names: ReadonlyMap<string, Readonly<PlaceEntry>>;
  /** The most words any name has, so matching knows how far to look ahead. */
  readonly longest: number;
}

export interface DetectedPlaces {
  readonly gebieden: readonly string[];
  readonly gemeenten: readonly string[];
  /** Tokens that were not part of a place name, in query order. */
  readonly rest: readonly string[];
}

/** Words before a place name that only say "there": dropped together with the place. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'bij', 'rond', 'rondom', 'nabij', 'uit', 'omgeving']);

/** Leading articles residents leave out: "woude" for De Woude. */
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 't']);

/** Words that start many place names but mean no place on their own: "Oud-Beijerland", "Sint Jansklooster". */
const GENERIC_FIRST_WORDS: ReadonlySet<string> = new Set([
  'oud',
  'oude',
  'nieuw',
  'nieuwe',
  'sint',
  'st',
  'groot',
  'grote',
  'klein',
  'kleine',
  'noord',
  'zuid',
  'oost',
  'west',
  'hoog',
  'laag',
]);

/** Only names this long get typo tolerance: one edit turns short words into other words too easily. */
const MIN_FUZZY_LENGTH = 5;

/**
 * Ordinary words one edit away from a place name. Typo tolerance must never turn
 * "school" into Schoorl or "ochtend" into Ochten; concept words are protected as well.
 */
const NEAR_PLACE_WORDS: ReadonlySet<string> = new Set(['school', 'scholen', 'ochtend', 'klimmen', 'vaste', 'woede', 'houde', 'bergen']);

function add(names: Map<string, PlaceEntry>, name: string, rank: Rank, gebieden: readonly string[], gemeenten: readonly string[]): void {
  const key = tokens(name).join(' ');
  if (key === '' || isStopWord(key)) return;
  const existing = names.get(key);
  if (!existing || rank < existing.rank) {
    names.set(key, { rank, gebieden: [...gebieden], gemeenten: [...gemeenten] });
    return;
  }
  if (rank > existing.rank) return;
  for (const id of gebieden) if (!existing.gebieden.includes(id)) existing.gebieden.push(id);
  for (const id of gemeenten) if (!existing.gemeenten.includes(id)) existing.gemeenten.push(id);
}

/** All the ways one name is written: as is, hyphens as spaces (normalise does that), run together, without "De". */
function variants(name: string): string[] {
  const words = tokens(name.replace(/\([^)]*\)/g, ' '));
  const full = tokens(name);
  const out = new Set([full.join(' '), words.join(' '), words.join('')]);
  if (words.length > 1 && ARTICLES.has(words[0]!)) out.add(words.slice(1).join(' '));
  return [...out].filter((variant) => variant !== '');
}

export function buildPlaceIndex(input: PlaceInput): PlaceIndex {
  const names = new Map<string, PlaceEntry>();
  for (const gemeente of input.gemeenten) {
    const gebieden = input.gebieden.filter((gebied) => gebied.gemeente === gemeente.id).map((gebied) => gebied.id);
    for (const name of [gemeente.naam, gemeente.id]) {
      for (const variant of variants(name)) add(names, variant, Rank.Gemeente, gebieden, [gemeente.id]);
    }
  }
  const firstWords = new Map<string, Set<string>>();
  for (const gebied of input.gebieden) {
    for (const name of [gebied.naam, gebied.id, ...(gebied.aliases ?? [])]) {
      for (const variant of variants(name)) add(names, variant, Rank.Gebied, [gebied.id], []);
      // "egmond" names both Egmonds, "emmeloord" both wijken of Emmeloord.
      const first = tokens(name)[0];
      if (first !== undefined && tokens(name).length > 1 && !ARTICLES.has(first) && !GENERIC_FIRST_WORDS.has(first)) {
        firstWords.set(first, (firstWords.get(first) ?? new Set()).add(gebied.id));
      }
    }
  }
  const gemeenteOf = new Map(input.gebieden.map((gebied) => [gebied.id, gebied.gemeente]));
  for (const [first, gebieden] of firstWords) {
    // A first word shared by places in several gemeenten ("Nieuw-…" all over the country) names none of them.
    if (new Set([...gebieden].map((id) => gemeenteOf.get(id))).size === 1) add(names, first, Rank.FirstWord, [...gebieden], []);
  }
  const longest = Math.max(1, ...[...names.keys()].map((key) => key.split(' ').length));
  return { names, longest };
}

/** Damerau-Levenshtein (adjacent transposition) distance of at most 1, in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface DetectOptions {
  /** Words that are never corrected into a place name, such as concept words. */
  readonly protectedWords?: ReadonlySet<string>;
}

function lookup(index: PlaceIndex, phrase: readonly string[], options: DetectOptions): PlaceEntry | undefined {
  const key = phrase.join(' ');
  const exact = index.names.get(key);
  if (exact) return exact;
  if (key.length < MIN_FUZZY_LENGTH) return undefined;
  if (phrase.some((word) => isStopWord(word) || NEAR_PLACE_WORDS.has(word) || options.protectedWords?.has(word))) return undefined;
  let found: PlaceEntry | undefined;
  for (const [name, entry] of index.names) {
    if (name.length < MIN_FUZZY_LENGTH || name.split(' ').length !== phrase.length) continue;
    if (!withinOneEdit(key, name)) continue;
    // A typo that fits two different names is a guess, not a correction.
    if (found && found !== entry) return undefined;
    found = entry;
  }
  return found;
}

/** Take place names out of folded tokens (see `tokens`), longest name first at each position. */
export function detectPlaces(queryTokens: readonly string[], index: PlaceIndex, options: DetectOptions = {}): DetectedPlaces {
  const gebieden: string[] = [];
  const gemeenten: string[] = [];
  const rest: string[] = [];
  let lastWasPlace = false;
  let at = 0;
  while (at < queryTokens.length) {
    let matched = 0;
    for (let length = Math.min(index.longest, queryTokens.length - at); length >= 1 && matched === 0; length -= 1) {
      const entry = lookup(index, queryTokens.slice(at, at + length), options);
      if (!entry) continue;
      matched = length;
      for (const id of entry.gebieden) if (!gebieden.includes(id)) gebieden.push(id);
      for (const id of entry.gemeenten) if (!gemeenten.includes(id)) gemeenten.push(id);
    }
    if (matched === 0) {
      rest.push(queryTokens[at]!);
      lastWasPlace = false;
      at += 1;
      continue;
    }
    // "in ens", "bij egmond": the preposition only pointed at the place. After a place ("ens en egmond") nothing to drop.
    if (!lastWasPlace && rest.length > 0 && PLACE_PREPOSITIONS.has(rest[rest.length - 1]!)) rest.pop();
    lastWasPlace = true;
    at += matched;
  }
  return { gebieden, gemeenten, rest };
}
