/**
 * How familiar a word is to ordinary readers, as a Zipf value from the subtitle frequency list.
 * Dutch writes compounds as one word, so most compounds ("koffieochtend", "gebiedsplannen") are
 * missing from any list. A missing compound is judged by its parts: it is as familiar as its
 * least familiar part. Parts are known words of at least 3 letters, optionally joined by the
 * Dutch linking sounds -s-, -e- or -en- (dorp-s-huis, boek-en-kast).
 */

/** A part of 3 letters must be very common: short rare entries in subtitles are mostly noise ("tic", "par"). */
const SHORT_PART_LETTERS = 3;
const SHORT_PART_MIN_ZIPF = 4;
/** Longer parts must at least be common, or a rare word would be "explained" by rare pieces. */
const PART_MIN_ZIPF = 3;
const MIN_PART_LETTERS = 3;
const MAX_PARTS = 4;
/** Zipf taken off per joint in a compound. Calibrated: see README.md. */
const COMPOUND_PENALTY = 0.5;
/** Zipf taken off when an abstract -heid noun is judged by its adjective. */
const DERIVATION_PENALTY = 0.5;
const LINKERS = ['', 's', 'e', 'en'] as const;
/** Beyond this length a split is not tried: such words are hard whatever their parts. */
const MAX_SPLIT_LETTERS = 40;

export interface Familiarity {
  /** Zipf value, or 0 when the word and its parts are unknown. */
  zipf: number;
  /** How the value was found. */
  source: 'woord' | 'samenstelling' | 'onbekend';
  /** The parts, when judged as a compound. */
  parts?: string[];
  /** The base form that was judged, when the word itself is an uncommon form: "fietst" → "fiets". */
  base?: string;
}

interface Split {
  minZipf: number;
  parts: string[];
}

/**
 * Fewer parts win, then the most familiar weakest part. Every accepted part is already a common word,
 * so the split with the fewest parts is the most plausible reading: "mantel+zorg", not "man+tel+zorg".
 */
function better(a: Split | undefined, b: Split): boolean {
  if (!a) return true;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  return b.minZipf > a.minZipf;
}

/** Very common two-letter particles that start many compounds: inloop, opvang, afspraak, naschools, omweg. */
const SHORT_PREFIXES: ReadonlySet<string> = new Set(['in', 'op', 'af', 'na', 'om']);

function partZipf(frequencies: ReadonlyMap<string, number>, part: string, atStart: boolean): number | undefined {
  if (atStart && SHORT_PREFIXES.has(part)) return frequencies.get(part);
  if (part.length < MIN_PART_LETTERS) return undefined;
  const zipf = frequencies.get(part);
  if (zipf === undefined) return undefined;
  const minimum = part.length <= SHORT_PART_LETTERS ? SHORT_PART_MIN_ZIPF : PART_MIN_ZIPF;
  return zipf >= minimum ? zipf : undefined;
}

/**
 * Best split of `word` into known parts, by dynamic programming over end positions:
 * the split whose least familiar part is most familiar wins; fewer parts break ties.
 */
export function splitCompound(frequencies: ReadonlyMap<string, number>, word: string): Split | undefined {
  if (word.length < 5 || word.length > MAX_SPLIT_LETTERS) return undefined;
  // best[i] is the best split of word.slice(0, i) that ends at a part boundary (linker included).
  const best: (Split | undefined)[] = new Array(word.length + 1).fill(undefined);
  best[0] = { minZipf: Infinity, parts: [] };
  for (let start = 0; start < word.length; start++) {
    const before = best[start];
    if (!before || before.parts.length >= MAX_PARTS) continue;
    for (let end = start + (start === 0 ? 2 : MIN_PART_LETTERS); end <= word.length; end++) {
      const zipf = partZipf(frequencies, word.slice(start, end), start === 0);
      if (zipf === undefined) continue;
      const parts = [...before.parts, word.slice(start, end)];
      const minZipf = Math.min(before.minZipf, zipf);
      for (const linker of LINKERS) {
        const next = end + linker.length;
        if (next > word.length || !word.startsWith(linker, end)) continue;
        // A linker only joins two parts; it cannot end the word.
        if (linker !== '' && next === word.length) continue;
        const candidate = { minZipf, parts };
        if (better(best[next], candidate)) best[next] = candidate;
      }
    }
  }
  const result = best[word.length];
  return result && result.parts.length >= 2 ? result : undefined;
}

const VOWELS = 'aeiouy';

/** "haak" → "haken", "rek" → "rekken": the infinitive of a verb stem, by the Dutch spelling rules. */
function infinitives(stem: string): string[] {
  const forms = [`${stem}en`];
  const long = /^(.*[^aeiou])([aeou])\2([^aeiouyj])$/.exec(stem);
  if (long) forms.push(`${long[1]}${long[2]}${long[3]}en`);
  const short = /[^aeiou][aeiou]([bdfgklmnprst])$/.exec(stem);
  if (short) forms.push(`${stem}${short[1]}en`);
  if (stem.endsWith('f')) forms.push(`${stem.slice(0, -1)}ven`);
  if (stem.endsWith('s') && VOWELS.includes(stem.at(-2) ?? '')) forms.push(`${stem.slice(0, -1)}zen`);
  return forms;
}

/** Doubled last consonant back to one: "ballen" → "bal", "fitter" → "fit". */
function undouble(word: string): string[] {
  return /([bdfgklmnprst])\1$/.test(word) ? [word, word.slice(0, -1)] : [word];
}

/**
 * Likely base forms of an inflected word: plural, diminutive, verb form, comparative, -heid noun.
 * Only used when the word itself is uncommon; a base counts only if it is in the list.
 */
export function baseForms(word: string): string[] {
  const bases = new Set<string>();
  const add = (...forms: string[]) => {
    for (const form of forms) if (form.length >= 3 && form !== word) bases.add(form);
  };
  const stripped = (suffixes: readonly string[]) =>
    suffixes.filter((suffix) => word.length - suffix.length >= 3 && word.endsWith(suffix)).map((suffix) => word.slice(0, -suffix.length));
  if (word.endsWith("'s")) add(word.slice(0, -2));
  for (const base of stripped(['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je'])) add(...undouble(base));
  add(...stripped(['heid', 'heden']));
  for (const base of stripped(['en'])) add(...undouble(base));
  add(...stripped(['s']));
  // Comparatives and person nouns: gezellig-er, fit-ter, mantelzorg-ers, klus-ser, tuin-ier.
  for (const base of stripped(['ste', 'st', 'ere', 'er', 'ers', 'sters', 'ster', 'iers', 'ier'])) add(...undouble(base));
  // Verb forms: fietst, haakte, breiden.
  for (const base of stripped(['t', 'te', 'de', 'ten', 'den'])) for (const stem of undouble(base)) add(stem, ...infinitives(stem));
  // Participles: gesport, gebreid.
  const participle = /^ge(.{3,})[dt]$/.exec(word);
  if (participle) add(participle[1]!, ...infinitives(participle[1]!));
  return [...bases];
}

/**
 * Dutch contractions with an apostrophe: the subtitle list keeps only words of letters, so "zo'n",
 * "m'n" or "'t" are missing from it although every reader knows them. A contracted piece stands
 * for a very common word; "auto's" and "oma's" (plural, possessive) are left to `baseForms`.
 */
const CONTRACTED_WORDS: Readonly<Record<string, string>> = {
  "m'n": 'mijn',
  "z'n": 'zijn',
  "d'r": 'haar',
  "'ns": 'eens',
  "'n": 'een',
  "'t": 'het',
  "'k": 'ik',
  "'m": 'hem',
  "'r": 'er',
};
/** Clitics written after a word: "zo'n" (zo een), "da's" is not in here because "da" is no word. */
const CONTRACTED_ENDINGS: Readonly<Record<string, string>> = { n: 'een', t: 'het', k: 'ik', m: 'hem', r: 'er' };

/**
 * The full words behind a contraction, or undefined when the word is no contraction:
 * "zo'n" → ["zo", "een"], "m'n" → ["mijn"], "'t" → ["het"]. "auto's" is a plural, not a contraction.
 */
export function expandContraction(word: string): string[] | undefined {
  if (!word.includes("'")) return undefined;
  const whole = CONTRACTED_WORDS[word];
  if (whole) return [whole];
  const match = /^(\p{L}{2,})'(\p{L})$/u.exec(word);
  if (!match || match[2] === 's') return undefined;
  const ending = CONTRACTED_ENDINGS[match[2]!];
  return ending ? [match[1]!, ending] : undefined;
}

export type FamiliarityLookup = (word: string) => Familiarity;

/** A cached lookup; the same words come back many times in a text. */
export function createFamiliarity(frequencies: ReadonlyMap<string, number>): FamiliarityLookup {
  const cache = new Map<string, Familiarity>();

  function judgeCompound(word: string): Familiarity | undefined {
    const split = splitCompound(frequencies, word);
    if (!split) return undefined;
    // A compound is rarer than its rarest part; each extra part makes it a little less familiar.
    const zipf = split.minZipf - COMPOUND_PENALTY * (split.parts.length - 1);
    return { zipf, source: 'samenstelling', parts: split.parts };
  }

  function judgeForm(word: string): Familiarity | undefined {
    const whole = frequencies.get(word);
    const compound = whole !== undefined && whole >= PART_MIN_ZIPF ? undefined : judgeCompound(word);
    if (compound && (whole === undefined || compound.zipf > whole)) return compound;
    return whole !== undefined ? { zipf: whole, source: 'woord' } : undefined;
  }

  function judgeSingle(word: string): Familiarity {
    let best = judgeForm(word);
    if (best && best.zipf >= PART_MIN_ZIPF) return best;
    // Subtitles hold the common forms of a word, not always this one: try the base form.
    for (const base of baseForms(word)) {
      let found = judgeForm(base);
      // "tevreden" does not make "tevredenheid" as familiar: a -heid noun is a step more abstract.
      if (found && /(heid|heden)$/.test(word) && !/(heid|heden)$/.test(base)) found = { ...found, zipf: found.zipf - DERIVATION_PENALTY };
      if (found && (!best || found.zipf > best.zipf)) best = { ...found, base };
      if (best && best.zipf >= PART_MIN_ZIPF) break;
    }
    return best ?? { zipf: 0, source: 'onbekend' };
  }

  return (input: string) => {
    const word = input.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/\.$/, '');
    const cached = cache.get(word);
    if (cached) return cached;
    let result: Familiarity;
    const whole = frequencies.get(word);
    const expanded = whole === undefined ? expandContraction(word) : undefined;
    if (expanded) {
      // A contraction is as familiar as the least familiar of the words it stands for.
      const judged = expanded.map(judgeSingle);
      const weakest = judged.reduce((a, b) => (b.zipf < a.zipf ? b : a));
      result = { ...weakest, parts: expanded };
    } else if (word.includes('-') && (whole === undefined || whole < PART_MIN_ZIPF)) {
      // "koffie-inloop": each written part on its own; the compound is as familiar as its rarest part.
      const pieces = word.split('-').filter((piece) => piece !== '');
      const judged = pieces.map(judgeSingle);
      const weakest = judged.reduce((a, b) => (b.zipf < a.zipf ? b : a), judged[0] ?? { zipf: 0, source: 'onbekend' as const });
      result = { zipf: weakest.zipf, source: weakest.source === 'onbekend' ? 'onbekend' : 'samenstelling', parts: pieces };
      if (whole !== undefined && whole > result.zipf) result = { zipf: whole, source: 'woord' };
    } else {
      result = judgeSingle(word);
    }
    cache.set(word, result);
    return result;
  };
}
