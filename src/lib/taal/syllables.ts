/**
 * Counts syllables in Dutch words, for the Flesch-Douma score and the long-word rule.
 * Hyphenation patterns (the TeX patterns in `hyphen/nl`) find most syllable breaks, but they
 * never split off a single letter at the start or end of a word ("eten", "avond", "Italië"),
 * so every hyphenation piece is also checked for more than one vowel sound.
 * Loanwords, where Dutch spelling rules do not hold, are fixed in a corrections table.
 */
import nl from 'hyphen/nl/index.js';

const SOFT_HYPHEN = '\u00AD';

/** Vowel spellings that are one sound in Dutch, longest first so "ieu" wins over "ie". */
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'ieu', 'eeu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ij', 'ei', 'ou', 'au'];
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
/** A vowel with a trema or accent starts a new syllable: geëerd, ideeën, coöperatie. */
const TREMA = /[äëïöü]/;

/**
 * Words where spelling and sound differ, with their real number of syllables. Also used for the
 * last part of a compound: "welzijnscoach" is "welzijns" + "coach".
 */
export const SYLLABLE_CORRECTIONS: Readonly<Record<string, number>> = {
  online: 2,
  offline: 2,
  website: 2,
  websites: 2,
  care: 1,
  service: 2,
  coach: 1,
  coaches: 2,
  coaching: 2,
  game: 1,
  games: 1,
  date: 1,
  update: 2,
  updates: 2,
  whatsapp: 2,
  facebook: 3,
  youtube: 2,
  iphone: 2,
  smartphone: 2,
  homepage: 2,
  live: 1,
  time: 1,
  timeout: 2,
  life: 1,
  lifestyle: 2,
  style: 1,
  make: 1,
  skate: 1,
  skaten: 2,
  scootmobiel: 3,
  team: 1,
  teams: 1,
  mail: 1,
  mails: 1,
  mailen: 2,
  email: 2,
  'e-mail': 2,
  break: 1,
  steak: 1,
  fair: 1,
  chair: 1,
  jeans: 1,
  rage: 1,
  home: 1,
  start: 1,
  repair: 2,
  beamer: 2,
  airco: 2,
  poule: 1,
  bureau: 2,
  cadeau: 2,
  niveau: 2,
  museum: 3,
  musea: 3,
  idee: 2,
  ideeën: 3,
};

function vowelSounds(piece: string): number {
  // Units are matched on the letters without trema, so "ëe" in "geëerd" is one sound, but a
  // trema inside a unit always breaks it: "zeeën" is "zee" + "ën".
  const plain = piece.normalize('NFD').replace(/\p{M}/gu, '');
  let count = 0;
  let i = 0;
  while (i < piece.length) {
    if (!VOWEL.test(piece[i]!)) {
      i++;
      continue;
    }
    count++;
    const unit = VOWEL_UNITS.find(
      (candidate) => plain.startsWith(candidate, i) && ![...piece.slice(i + 1, i + candidate.length)].some((char) => TREMA.test(char)),
    );
    i += unit ? unit.length : 1;
  }
  return count;
}

function hyphenationPieces(word: string): string[] {
  return nl.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 3 }).split(SOFT_HYPHEN);
}

function countPlain(word: string): number {
  if (word === '') return 0;
  const pieces = hyphenationPieces(word);
  let total = 0;
  for (const piece of pieces) total += Math.max(1, vowelSounds(piece));
  // A word without any vowel (an abbreviation read as letters is handled elsewhere) still takes breath.
  return Math.max(1, total);
}

/** The longest correction that ends the word and leaves a real first part (at least 3 letters). */
function correctedCount(word: string): number | undefined {
  const exact = SYLLABLE_CORRECTIONS[word];
  if (exact !== undefined) return exact;
  for (let start = 3; start <= word.length - 3; start++) {
    const tail = SYLLABLE_CORRECTIONS[word.slice(start)];
    if (tail !== undefined) return countPlain(word.slice(0, start)) + tail;
  }
  return undefined;
}

const cache = new Map<string, number>();

/** Syllables in one word. Hyphenated compounds count per part; digits and symbols are ignored. */
export function countSyllables(word: string): number {
  const lower = word.normalize('NFC').toLowerCase().replace(/[’']/g, '');
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  let total = 0;
  for (const part of lower.split('-')) {
    const letters = part.replace(/[^\p{L}]/gu, '');
    if (letters === '') continue;
    total += correctedCount(letters) ?? countPlain(letters);
  }
  const result = Math.max(1, total);
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, result);
  return result;
}
