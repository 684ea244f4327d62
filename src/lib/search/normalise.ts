/**
 * Text normalisation for Dutch search, shared by the index side and the query side.
 * Pure and browser-safe: the live search runs this in the visitor's browser, the build runs it
 * on the catalogue, and both must produce the same words or nothing ever matches.
 */

/** Longer input is cut off first: nobody types 200 characters of meaning, and a pasted essay must stay cheap. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Lower case, diacritics removed (Italië → italie), every run of non-letters and non-digits
 * (punctuation, hyphens, emoji, HTML) becomes one space. "Egmond-Binnen" and "egmond binnen" end up equal.
 * Never throws: anything that is not a letter or digit simply disappears.
 */
export function normalise(text: string): string {
  const capped = String(text ?? '').slice(0, MAX_QUERY_LENGTH);
  return capped
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Spelling slips residents make often enough to fold on both sides.
 * Kept conservative on purpose: every fold merges words, and a wrong merge is worse than a miss.
 * Only "y" → "ij" for now ("bybel", "fyn"): Dutch keyboards and phones swap them all the time.
 * English loan words ("yoga") fold too, which is harmless because the index folds the same way.
 */
export function foldSpelling(text: string): string {
  return text.replace(/y/g, 'ij');
}

/** The search words of a text: normalised, folded, split on spaces. */
export function tokens(text: string): string[] {
  const folded = foldSpelling(normalise(text));
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Query words that carry no meaning for finding an activity.
 * Phrases in concepts.ts may still contain them ("zorgen voor mijn man"): phrases are matched
 * before these words are dropped. Words with meaning here ("alleen", "zorgen") are not listed.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Pronouns and possessives.
    'ik',
    'je',
    'jij',
    'u',
    'wij',
    'we',
    'me',
    'mij',
    'mijn',
    'jouw',
    'uw',
    'ons',
    'onze',
    'hij',
    'zij',
    'ze',
    'hem',
    'haar',
    'hun',
    // Verbs of wanting and searching, and auxiliaries.
    'wil',
    'wilt',
    'willen',
    'zou',
    'zoek',
    'zoeken',
    'zoekt',
    'graag',
    'ben',
    'bent',
    'is',
    'zijn',
    'was',
    'heb',
    'hebt',
    'heeft',
    'hebben',
    'kan',
    'kun',
    'kunt',
    'kunnen',
    'mag',
    'moet',
    'gaan',
    'ga',
    'doen',
    'vind',
    'vinden',
    'leuk',
    'fijn',
    // Articles, prepositions, conjunctions.
    'de',
    'het',
    'een',
    't',
    'en',
    'of',
    'in',
    'op',
    'aan',
    'bij',
    'met',
    'voor',
    'van',
    'naar',
    'om',
    'te',
    'tot',
    'over',
    'uit',
    'door',
    'er',
    'dat',
    'die',
    'dit',
    'deze',
    'als',
    'ook',
    'nog',
    'maar',
    'dan',
    'al',
    'niet',
    'geen',
    'mee',
    'meer',
    'wat',
    'welke',
    'waar',
    'hoe',
    'wie',
    'rond',
    'rondom',
    'nabij',
    'heel',
    'erg',
    'veel',
    'beetje',
    'weer',
    'even',
    // Words that describe every activity in this directory, so they cannot tell activities apart.
    'iets',
    'activiteit',
    'activiteiten',
    'dingen',
    'ding',
    'mensen',
    'iemand',
    'buurt',
    'omgeving',
    'dichtbij',
    'hier',
    'wijk',
    'dorp',
    'gemeente',
    'plek',
    'plaats',
    'hulp',
    'help',
  ].map(foldSpelling),
);

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
