/**
 * Ranking: from a parsed query, the search state and the loaded shards to an ordered list of activities.
 * Pure and browser-safe; the same code runs in the unit tests, the benchmark and the visitor's browser.
 *
 * fuse.js does the fuzzy part, but over the shard's word list, not over whole activities: a typo is
 * corrected to the words that exist ("alzeimer" → "alzheimer"), and the inverted index then finds the
 * activities. Scanning every activity text with fuse.js on each keystroke grows with the number of
 * activities and misses the 16 ms budget at national scale; the word list grows far slower.
 * The basic build of fuse.js is enough for a plain search in a list of strings: it leaves out extended
 * search and logical queries, which this never uses, and weighs about 1.6 KB gzip less on the search page.
 */
import Fuse from 'fuse.js/basic';
import type { PlainDate } from '../dates';
import { haversineMetres } from '../geo';
import { withCorrections, type ParsedQuery } from './query';
import { conceptSingleWords } from './concepts';
import { isStopWord } from './normalise';
import type { SearchRecord } from './record';
import { decodeHit, Field, postingsOf, type Shard } from './shard';
import { passesFilters, type SearchState } from './filters';
import { complaints, languages, targetGroups, themes, type PlaceStatusId } from '../taxonomy';
import { placeOn } from '../availability';
import { typoDistance } from '../text';

/**
 * BM25F with the field as the term frequency: a title word counts three times a body word, a theme or
 * organisation word twice. The shard keeps only the strongest field of a word per record, so the field
 * weight stands in for how often the word occurs (one byte per posting instead of a count per field).
 */
const FIELD_WEIGHT: Record<Field, number> = { [Field.Titel]: 3, [Field.Trefwoorden]: 2, [Field.Tekst]: 1 };
/** The usual BM25 constants: k1 bounds what repeating a word adds, b how much a long text is discounted. */
const BM25 = { k1: 1.2, b: 0.75 } as const;

/**
 * How much a query word decides, by how many activities it finds (inverse document frequency, BM25's form):
 * "klus" in few activities outweighs "huis" in many. Counted over the activities the word's matches find
 * (exact, prefix, typo, compound together), so a short word that starts many words counts as common.
 */
export function inverseDocumentFrequency(found: number, total: number): number {
  return Math.log(1 + (total - found + 0.5) / (found + 0.5));
}

/** How much a word counts by how it matched the query word. */
const MATCH_WEIGHT = { exact: 1, prefix: 0.8, stem: 0.75, compound: 0.7, fuzzy: 0.6, fuzzy2: 0.45 } as const;

/** A theme or klacht the query stands for weighs like a trefwoorden word; a target group like a body word (as term frequencies). */
const CONCEPT_WEIGHT = { theme: 2, complaint: 2, targetGroup: 1, language: 2 } as const;

/**
 * Results far below the best one are noise from a single weak word: they are left out.
 * Sorted by distance, relevance no longer orders the list, so the bar is higher.
 */
const RELATIVE_CUTOFF = { byScore: 0.2, byDistance: 0.35 } as const;

/**
 * A place "matches the topic well" when its best activity scores at least this share of the best one in the
 * whole loaded index; below it, the place's results are weak matches (a theme shared, no word) and the topic
 * nearby comes first. The same share is the bar for "well" nearby. Chosen as the largest round value at which
 * the old labelled set (labelled-queries.ts, place queries included) keeps recall@5 1.000; see the README.
 */
export const TOPIC_ELSEWHERE_BELOW = 0.4;

/** Active, recently checked activities come first; stale or paused ones sink but stay findable. */
const FRESHNESS_FACTOR: Record<SearchRecord['actualiteit'], number> = { recent: 1, controleren: 0.92, verouderd: 0.8 };
const PAUSED_FACTOR = 0.7;

const FUZZY_MIN_LENGTH = 5;
const PREFIX_MIN_LENGTH = 3;
const COMPOUND_MIN_LENGTH = 5;
const MAX_EXPANSIONS = 60;
/** Index words are folded to these letters and digits (normalise.ts): the first letter a typo may change. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** How many of fuse.js's best candidates typoEdits judges; more only costs time on a rare unknown word. */
const FUSE_CANDIDATES = 30;

export interface Origin {
  lat: number;
  lon: number;
}

export interface Scope {
  /** Only activities in these gebieden; undefined is every gebied of `gemeenten`. */
  gebieden?: ReadonlySet<string>;
  /** Only activities in these gemeenten; undefined is everywhere. */
  gemeenten?: ReadonlySet<string>;
  /** The place came from words in the query ("wandelen in ens"), not from a filter. */
  fromQuery: boolean;
}

/** Place words in the query win over the gebied and gemeente filters: the resident just typed them. */
export function resolveScope(parsed: ParsedQuery, state: SearchState, gemeenteOfGebied: ReadonlyMap<string, string>): Scope {
  const gemeentenOf = (gebieden: readonly string[]) => new Set(gebieden.map((id) => gemeenteOfGebied.get(id)!).filter(Boolean));
  if (parsed.places.gebieden.length > 0) {
    return { gebieden: new Set(parsed.places.gebieden), gemeenten: gemeentenOf(parsed.places.gebieden), fromQuery: true };
  }
  if (state.gebied) return { gebieden: new Set([state.gebied]), gemeenten: gemeentenOf([state.gebied]), fromQuery: false };
  if (state.gemeente) return { gemeenten: new Set([state.gemeente]), fromQuery: false };
  return { fromQuery: false };
}

export function inScope(record: SearchRecord, scope: Scope): boolean {
  if (scope.gebieden) return record.gebieden.some((id) => scope.gebieden!.has(id));
  return !scope.gemeenten || scope.gemeenten.has(record.gemeente);
}

/**
 * The edits from a query word to an index word when that is a plausible typo, else undefined.
 * One edit from 5 letters, two from 8. A different first letter only counts when the rest is equal
 * ("kastricum"), because "anderen" is two edits from "wandelen" too.
 */
export function typoEdits(
  term: string,
  word: string,
  allowed = term.length >= 8 ? 2 : term.length >= FUZZY_MIN_LENGTH ? 1 : 0,
): 1 | 2 | undefined {
  if (allowed === 0 || Math.abs(term.length - word.length) > allowed) return undefined;
  if (term[0] !== word[0] && term.slice(1) !== word.slice(1)) return undefined;
  const edits = typoDistance(term, word);
  return edits >= 1 && edits <= allowed ? (edits as 1 | 2) : undefined;
}

/** "Bedoelt u …" may reach a little further than matching does: the visitor decides. */
const SUGGEST_MIN_LENGTH = 6;

export interface Hit {
  record: SearchRecord;
  score: number;
  /** Metres from the origin to the nearest location, when there is an origin and a location. */
  distance?: number;
  /** The first coming date on or after today, as [date, from, until]. */
  next?: [string, string, string];
  /** Room in the group on today; absent when unknown or no longer current. */
  plaats?: PlaceStatusId;
}

export interface SearchOutcome {
  /** The best hits, at most `limit` of them, in order. */
  hits: Hit[];
  /** How many activities were found in all. */
  total: number;
  /** Query words that matched no word in the loaded shards. */
  unknownWords: string[];
  /** "Bedoelt u …": the nearest existing word for each unknown word that has one. */
  suggestions: { word: string; suggestion: string }[];
  /**
   * Set when the place has no activity that matches the topic well: the hits are then the topic outside
   * the place, nearest first (see topicElsewhereSentence in present.ts for what the page says).
   */
  elsewhere?: true;
}

export interface SearchOptions {
  today: PlainDate;
  origin?: Origin;
  /** Only the first this many hits are needed (a page of results); `total` still counts all. */
  limit?: number;
  /**
   * The centre of the place searched in. Given, the search puts the topic before the place: when nothing in
   * the place matches well, it shows the good matches in the rest of the index, nearest to this point first.
   */
  placeCentre?: Origin;
}

/** A light Dutch stem for prefix matching: "wandelen", "wandeling" → "wandel"; "fietsen" → "fiets". */
export function stem(word: string): string {
  for (const suffix of ['ingen', 'ing', 'en', 'e', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

interface WordMatch {
  word: number;
  weight: number;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class SearchIndex {
  readonly records: readonly SearchRecord[];
  private readonly words: readonly string[];
  private readonly postings: readonly (readonly number[])[];
  private readonly matchCache = new Map<string, WordMatch[]>();
  /** fuse.js over the words of one first letter, made when first needed (or when the browser is idle). */
  private readonly fuse = new Map<string, { fuse: Fuse<string>; start: number }>();

  /** Per record, BM25's length normalisation k1·(1 − b + b·length/average), made once per index. */
  private readonly lengthNorm: Float64Array;

  private constructor(records: SearchRecord[], words: string[], postings: number[][], lengths: readonly number[]) {
    this.records = records;
    this.words = words;
    this.postings = postings;
    const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length) || 1;
    this.lengthNorm = Float64Array.from(lengths, (length) => BM25.k1 * (1 - BM25.b + (BM25.b * length) / average));
  }

  /**
   * One index over several shards: the widened search ranks all loaded gemeenten together.
   * An activity for gebieden in two parts of a large gemeente is in both; it is kept once.
   */
  static fromShards(shards: readonly Shard[]): SearchIndex {
    const records: SearchRecord[] = [];
    const lengths: number[] = [];
    const seen = new Set<string>();
    const merged = new Map<string, number[]>();
    for (const shard of shards) {
      const remap = shard.records.map((record, index) => {
        if (seen.has(record.id)) return -1;
        seen.add(record.id);
        lengths.push(shard.lengtes[index]!);
        return records.push(record) - 1;
      });
      shard.woorden.forEach((word, index) => {
        let list = merged.get(word);
        if (!list) merged.set(word, (list = []));
        for (const hit of postingsOf(shard, index)) {
          const { record, field } = decodeHit(hit);
          if (remap[record]! >= 0) list.push(remap[record]! * 4 + field);
        }
      });
    }
    const words = [...merged.keys()].sort();
    return new SearchIndex(
      records,
      words,
      words.map((word) => merged.get(word)!),
      lengths,
    );
  }

  private masks: { themes: Int32Array; complaints: Int32Array; targetGroups: Int32Array; languages: Int32Array } | undefined;

  /** Each record's themes, klachten and target groups as bits: one AND per record on every keystroke. */
  private vocabularyMasks() {
    this.masks ??= {
      themes: Int32Array.from(this.records, (record) => maskOf(record.themas, themes.ids)),
      complaints: Int32Array.from(this.records, (record) => maskOf(record.klachten, complaints.ids)),
      targetGroups: Int32Array.from(this.records, (record) => maskOf(record.doelgroepen, targetGroups.ids)),
      languages: Int32Array.from(this.records, (record) => maskOf(record.talen, languages.ids)),
    };
    return this.masks;
  }

  /** Builds what the first search would otherwise build: call it when the browser is idle. */
  warm(today: PlainDate): void {
    this.vocabularyMasks();
    this.nextKeys(today);
    for (const letter of new Set(this.words.map((word) => word[0]!))) this.fuzzyFor(letter);
  }

  private nextKeyCache: { today: PlainDate; keys: Float64Array } | undefined;

  /** Each record's next date and time as one number (202611241000), for sorting; made once per day. */
  private nextKeys(today: PlainDate): Float64Array {
    if (this.nextKeyCache?.today === today) return this.nextKeyCache.keys;
    const keys = new Float64Array(this.records.length);
    this.records.forEach((record, index) => {
      const next = record.data.find(([date]) => date >= today);
      keys[index] = next ? Number(`${next[0].replaceAll('-', '')}${next[1].replace(':', '')}`) : Infinity;
    });
    this.nextKeyCache = { today, keys };
    return keys;
  }

  get wordCount(): number {
    return this.words.length;
  }

  /**
   * The index words within `allowed` typo edits of a word (see typoEdits), fewest edits first. A typo keeps
   * the first letter, or changes only that letter, so fuse.js searches only the words with the same first
   * letter, a range of the sorted list; its candidates are then judged by typoEdits, the one rule of what
   * counts as a typo. A slip of the first letter ("kastricum") is looked up directly.
   */
  private typoCandidates(term: string, allowed: number): { index: number; word: string; edits: 1 | 2 }[] {
    const first = term[0]!;
    const { fuse, start } = this.fuzzyFor(first);
    const candidates: { index: number; word: string; edits: 1 | 2 }[] = [];
    // fuse.js also finds a word inside a longer one ("taal" in "betaald"); typoEdits decides.
    for (const result of fuse.search(term, { limit: FUSE_CANDIDATES })) {
      const edits = typoEdits(term, result.item, allowed);
      if (edits !== undefined) candidates.push({ index: start + result.refIndex, word: result.item, edits });
    }
    for (const letter of LETTERS) {
      if (letter === first) continue;
      const word = letter + term.slice(1);
      const at = lowerBound(this.words, word);
      if (this.words[at] === word) candidates.push({ index: at, word, edits: 1 });
    }
    return candidates.sort((a, b) => a.edits - b.edits || a.index - b.index);
  }

  /** fuse.js over the words that start with `first`, and where that range starts in the sorted list. */
  private fuzzyFor(first: string): { fuse: Fuse<string>; start: number } {
    let made = this.fuse.get(first);
    if (!made) {
      const start = lowerBound(this.words, first);
      const end = lowerBound(this.words, String.fromCharCode(first.charCodeAt(0) + 1));
      made = {
        fuse: new Fuse(this.words.slice(start, end), { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }),
        start,
      };
      this.fuse.set(first, made);
    }
    return made;
  }

  /** The index words a query word stands for, each with how strongly. Cached: typing repeats words. */
  matchWord(term: string): WordMatch[] {
    const cached = this.matchCache.get(term);
    if (cached) return cached;
    const found = new Map<number, number>();
    const add = (word: number, weight: number) => {
      if ((found.get(word) ?? 0) < weight) found.set(word, weight);
    };
    const addPrefix = (prefix: string, weight: number) => {
      for (let at = lowerBound(this.words, prefix), n = 0; at < this.words.length && n < MAX_EXPANSIONS; at += 1, n += 1) {
        if (!this.words[at]!.startsWith(prefix)) break;
        add(at, this.words[at] === term ? MATCH_WEIGHT.exact : weight);
      }
    };
    const exact = lowerBound(this.words, term);
    if (this.words[exact] === term) add(exact, MATCH_WEIGHT.exact);
    if (term.length >= PREFIX_MIN_LENGTH) addPrefix(term, MATCH_WEIGHT.prefix);
    const stemmed = stem(term);
    if (stemmed !== term) addPrefix(stemmed, MATCH_WEIGHT.stem);
    if (term.length >= COMPOUND_MIN_LENGTH) {
      // Dutch glues words together: "maatje" is in "taalmaatje", "kamer" in "buurtkamer".
      this.words.forEach((word, index) => {
        if (word.length > term.length + 2 && word.endsWith(term)) add(index, MATCH_WEIGHT.compound);
      });
    }
    // A word that exists as typed, or starts existing words, is no typo; the typo scan only looks at the rest.
    // That also keeps the costliest step out of most keystrokes.
    if (term.length >= FUZZY_MIN_LENGTH && found.size === 0) {
      for (const candidate of this.typoCandidates(term, term.length >= 8 ? 2 : 1)) {
        add(candidate.index, candidate.edits === 1 ? MATCH_WEIGHT.fuzzy : MATCH_WEIGHT.fuzzy2);
      }
    }
    if (term.length >= COMPOUND_MIN_LENGTH + 2) {
      // The other way round: "meezingen" holds "zingen".
      for (let end = 2; end <= term.length - COMPOUND_MIN_LENGTH; end += 1) {
        const tail = term.slice(end);
        const at = lowerBound(this.words, tail);
        if (this.words[at] === tail) add(at, MATCH_WEIGHT.compound);
      }
    }
    const matches = [...found].map(([word, weight]) => ({ word, weight }));
    if (this.matchCache.size > 500) this.matchCache.clear();
    this.matchCache.set(term, matches);
    return matches;
  }

  /**
   * Typed words that exist in no form in the index, each with the concept word it is a typo of:
   * "wandlen" → "wandelen". Only one-word concept phrases with the same first letter, and only one nearest
   * one (a typo that fits two words equally is a guess, as with places). A word that exists, or starts
   * existing words, is left alone ("roken" is no "koken"). Costs one pass over the few hundred concept
   * words per unknown word, independent of the number of activities.
   */
  conceptCorrections(parsed: ParsedQuery): Map<string, string> {
    const corrections = new Map<string, string>();
    for (const word of parsed.freeWords) {
      if (word.length < FUZZY_MIN_LENGTH || this.words[lowerBound(this.words, word)]?.startsWith(word)) continue;
      let best: { word: string; edits: number } | undefined;
      let tied = false;
      for (const candidate of conceptSingleWords) {
        if (candidate[0] !== word[0]) continue;
        const edits = typoEdits(word, candidate);
        if (edits === undefined) continue;
        if (!best || edits < best.edits) [best, tied] = [{ word: candidate, edits }, false];
        else if (edits === best.edits && candidate !== best.word) tied = true;
      }
      if (best && !tied) corrections.set(word, best.word);
    }
    return corrections;
  }

  /** The nearest existing word, for "bedoelt u …" when a word finds nothing. */
  suggest(term: string): string | undefined {
    if (term.length < SUGGEST_MIN_LENGTH) return undefined;
    const [best] = this.typoCandidates(term, 2);
    return best?.word;
  }

  search(typed: ParsedQuery, state: SearchState, scope: Scope, options: SearchOptions): SearchOutcome {
    const parsed = withCorrections(typed, this.conceptCorrections(typed));
    const count = this.records.length;
    const textScore = new Float64Array(count);
    const unknownWords: string[] = [];
    const literal = parsed.concepts.flatMap((match) => match.words).filter((word) => word.length >= PREFIX_MIN_LENGTH && !isStopWord(word));
    const terms = [...new Set([...parsed.terms, ...literal])];
    const termBest = new Float64Array(count);
    for (const term of terms) {
      termBest.fill(0);
      const matches = this.matchWord(term);
      if (matches.length === 0 && parsed.freeWords.includes(term)) unknownWords.push(term);
      for (const { word, weight } of matches) {
        for (const hit of this.postings[word]!) {
          const { record, field } = decodeHit(hit);
          const frequency = FIELD_WEIGHT[field];
          const value = (weight * frequency * (BM25.k1 + 1)) / (frequency + this.lengthNorm[record]!);
          if (value > termBest[record]!) termBest[record] = value;
        }
      }
      let found = 0;
      for (let record = 0; record < count; record += 1) if (termBest[record]! > 0) found += 1;
      const idf = inverseDocumentFrequency(found, count);
      for (let record = 0; record < count; record += 1) textScore[record]! += idf * termBest[record]!;
    }

    const masks = this.vocabularyMasks();
    const wanted = {
      themes: maskOf(parsed.themes, themes.ids),
      complaints: maskOf(parsed.complaints, complaints.ids),
      targetGroups: maskOf(parsed.targetGroups, targetGroups.ids),
      languages: maskOf(parsed.languages, languages.ids),
    };
    const hasVocabulary = wanted.themes + wanted.complaints + wanted.targetGroups + wanted.languages > 0;
    const everything = terms.length === 0 && !hasVocabulary;

    // A theme, klacht or target group counts as a word of the trefwoorden: rare ones decide more, as words do.
    const vocabularyWeight = { themes: 0, complaints: 0, targetGroups: 0, languages: 0 };
    if (hasVocabulary) {
      for (const key of ['themes', 'complaints', 'targetGroups', 'languages'] as const) {
        let found = 0;
        for (let index = 0; index < count; index += 1) if (masks[key][index]! & wanted[key]) found += 1;
        vocabularyWeight[key] = found > 0 ? inverseDocumentFrequency(found, count) : 0;
      }
    }
    const vocabularyScore = (weight: number, frequency: number, index: number) =>
      (weight * frequency * (BM25.k1 + 1)) / (frequency + this.lengthNorm[index]!);

    // Topic before place: with the place's centre given, activities outside the place are scored too, so a
    // place with only weak matches can give way to the topic nearby (see TOPIC_ELSEWHERE_BELOW).
    const restricted = scope.gebieden !== undefined || scope.gemeenten !== undefined;
    const lookOutside = restricted && !everything && options.placeCentre !== undefined;
    const candidates: number[] = [];
    const outside: number[] = [];
    const scores = new Float64Array(count);
    let best = 0;
    let bestOutside = 0;
    for (let index = 0; index < count; index += 1) {
      const record = this.records[index]!;
      const inside = inScope(record, scope);
      if ((!inside && !lookOutside) || !passesFilters(record, state, options.today)) continue;
      let score = textScore[index]!;
      if (hasVocabulary) {
        if (masks.themes[index]! & wanted.themes) score += vocabularyScore(vocabularyWeight.themes, CONCEPT_WEIGHT.theme, index);
        if (masks.complaints[index]! & wanted.complaints)
          score += vocabularyScore(vocabularyWeight.complaints, CONCEPT_WEIGHT.complaint, index);
        if (masks.targetGroups[index]! & wanted.targetGroups)
          score += vocabularyScore(vocabularyWeight.targetGroups, CONCEPT_WEIGHT.targetGroup, index);
        if (masks.languages[index]! & wanted.languages)
          score += vocabularyScore(vocabularyWeight.languages, CONCEPT_WEIGHT.language, index);
      }
      if (!everything && score === 0) continue;
      // Without words the score is only freshness, so the list runs fresh first, then by next date.
      score = (everything ? 1 : score) * FRESHNESS_FACTOR[record.actualiteit] * (record.gepauzeerd ? PAUSED_FACTOR : 1);
      scores[index] = score;
      if (inside) {
        if (score > best) best = score;
        candidates.push(index);
      } else {
        if (score > bestOutside) bestOutside = score;
        outside.push(index);
      }
    }

    const elsewhere = lookOutside && bestOutside > 0 && best < bestOutside * TOPIC_ELSEWHERE_BELOW;
    const origin = elsewhere ? (options.origin ?? options.placeCentre) : options.origin;
    const kept = elsewhere
      ? outside.filter((index) => scores[index]! >= bestOutside * TOPIC_ELSEWHERE_BELOW)
      : candidates.filter(
          (index) => scores[index]! >= (everything ? 0 : best * (origin ? RELATIVE_CUTOFF.byDistance : RELATIVE_CUTOFF.byScore)),
        );
    // Numbers only in the comparison: it runs n log n times over up to 50,000 activities.
    // Records are in title order within a shard (within each gebied, for a gemeente in parts),
    // so the index breaks ties by title.
    const nextKey = this.nextKeys(options.today);
    const distance = new Float64Array(count);
    if (origin) for (const index of kept) distance[index] = nearestDistance(this.records[index]!, origin) ?? Infinity;
    const compare = (a: number, b: number) => distance[a]! - distance[b]! || scores[b]! - scores[a]! || nextKey[a]! - nextKey[b]! || a - b;
    const ordered =
      options.limit !== undefined && options.limit < kept.length ? smallest(kept, options.limit, compare) : kept.sort(compare);

    const hits = ordered.map((index): Hit => {
      const record = this.records[index]!;
      const hit: Hit = { record, score: scores[index]!, next: record.data.find(([date]) => date >= options.today) };
      const plaats = placeOn(record.plaats, options.today);
      if (plaats) hit.plaats = plaats;
      if (origin && distance[index] !== Infinity) hit.distance = distance[index]!;
      return hit;
    });
    const suggestions = unknownWords.flatMap((word) => {
      const suggestion = this.suggest(word);
      return suggestion ? [{ word, suggestion }] : [];
    });
    const outcome: SearchOutcome = { hits, total: kept.length, unknownWords, suggestions };
    if (elsewhere) outcome.elsewhere = true;
    return outcome;
  }
}

/** A set of vocabulary ids as bits, by their place in the vocabulary (at most 31 terms, as in taxonomy.ts). */
function maskOf(ids: readonly string[], vocabulary: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const bit = vocabulary.indexOf(id);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** The `limit` first items in `compare` order, without sorting all of them: a bounded max-heap. */
export function smallest(items: readonly number[], limit: number, compare: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (start: number) => {
    let at = start;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let largest = at;
      if (left < heap.length && compare(heap[left]!, heap[largest]!) > 0) largest = left;
      if (right < heap.length && compare(heap[right]!, heap[largest]!) > 0) largest = right;
      if (largest === at) return;
      swap(at, largest);
      at = largest;
    }
  };
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0 && compare(heap[at]!, heap[(at - 1) >> 1]!) > 0; at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
    } else if (limit > 0 && compare(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

export function nearestDistance(record: SearchRecord, origin: Origin): number | undefined {
  let nearest: number | undefined;
  for (const [lat, lon] of record.punten) {
    const metres = haversineMetres(origin, { lat, lon });
    if (nearest === undefined || metres < nearest) nearest = metres;
  }
  return nearest;
}
