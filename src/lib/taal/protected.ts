/**
 * Parts of a text that never count against it: proper names, quotations and the explicit
 * exceptions an editor wrote in a content file. They are found as spans of the text; a word
 * inside such a span is skipped by the word rules and left out of the word statistics.
 */
import { createPhraseMatcher, piecesOf, type Piece, type PhraseMatcher } from './phrases';
import type { LanguageException } from './types';

export type Protection = 'naam' | 'uitzondering' | 'citaat';

export interface ProtectedSpan {
  start: number;
  end: number;
  kind: Protection;
}

/**
 * Names the checker knows without content: activities, programmes, services and places that come
 * back in many texts. Place and area names from content/gebieden and content/gemeenten are added
 * by the loader. Names are matched with their capitals, so "bergen" (the verb) is still a word.
 */
export const DEFAULT_NAMES: readonly string[] = [
  // Programmes, services and organisations residents know by name.
  'Alzheimer Café',
  'Alzheimer Nederland',
  'Welzijn op Recept',
  'DigiD',
  'Home-Start',
  'Humanitas',
  'Rode Kruis',
  'Zonnebloem',
  'De Zonnebloem',
  'Voedselbank',
  'Repair Café',
  'Repaircafé',
  'Taalhuis',
  'Het Taalhuis',
  'Samen is Leuker',
  'Join-Us',
  'Kernpunt',
  'Kernpunten',
  'Positieve Gezondheid',
  'Sociaal Team',
  'Juridisch Loket',
  'Schuldhulpmaatje',
  'SchuldHulpMaatje',
  'Thuisadministratie',
  'Humanitas Thuisadministratie',
  'Vluchtelingenwerk',
  'VluchtelingenWerk',
  'Stichting Lezen en Schrijven',
  'Nationaal Ouderenfonds',
  'Ouderenfonds',
  'KBO',
  'PCOB',
  'KBO-PCOB',
  'ANBO',
  'Senior Web',
  'SeniorWeb',
  'MantelzorgNL',
  'Veilig Thuis',
  'Sensoor',
  'De Luisterlijn',
  'Luisterlijn',
  'Rijksoverheid',
  'Belastingdienst',
  'UWV',
  'GGD',
  'Centrum voor Jeugd en Gezin',
  'WhatsApp',
  'Facebook',
  'Instagram',
  'YouTube',
  'Google',
  'Zoom',
  'Teams',
  'Nederlandse Taalunie',
  'Krachtig Noordoostpolder',
  'Preventiekaart',
  // Provinces, regions and larger places around the gemeenten in the content.
  'Nederland',
  'Flevoland',
  'Noord-Holland',
  'Gelderland',
  'Overijssel',
  'Twente',
  'Betuwe',
  'Noordoostpolder',
  'Neder-Betuwe',
  'Bergen',
  'Uitgeest',
  'Castricum',
  'Heiloo',
  'Tubbergen',
  'Egmond',
  'Egmond aan Zee',
  'Egmond-Binnen',
  'Egmond aan den Hoef',
  'Schoorl',
  'Groet',
  'Camperduin',
  'Limmen',
  'Akersloot',
  'De Woude',
  'Emmeloord',
  'Ens',
  'Revelsant',
  'Marknesse',
  'Luttelgeest',
  'Bant',
  'Rutten',
  'Creil',
  'Espel',
  'Tollebeek',
  'Nagele',
  'Kraggenburg',
  'Schokland',
  'Kesteren',
  'Ochten',
  'Dodewaard',
  'Opheusden',
  'Echteld',
  'IJzendoorn',
  'Albergen',
  'Geesteren',
  'Vasse',
  'Harbrinkhoek',
  'Mariaparochie',
  'Manderveen',
  'Langeveen',
  'Fleringen',
  'Reutum',
  'Haarle',
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  'Utrecht',
  'Alkmaar',
  'Zwolle',
  'Lelystad',
  'Almere',
  'Urk',
  'Arnhem',
  'Nijmegen',
  'Tiel',
  'Wageningen',
  'Ede',
  'Enschede',
  'Almelo',
  'Oldenzaal',
  'Hengelo',
  'Heerhugowaard',
  'Dijk en Waard',
  'Beverwijk',
  'Haarlem',
  // Days and holidays are written with a capital only when they are names.
  'Koningsdag',
  'Kerstmis',
  'Pasen',
  'Pinksteren',
  'Ramadan',
  'Suikerfeest',
  'Offerfeest',
  'Sinterklaas',
  'Oud en Nieuw',
];

function spansOf(matcher: PhraseMatcher, pieces: readonly Piece[], kind: Protection): ProtectedSpan[] {
  return matcher.find(pieces).map((match) => ({ start: match.start, end: match.end, kind }));
}

/**
 * Quotations: text between double quotes (straight or curly, Dutch „…”) and between curly single
 * quotes. Straight single quotes only count when they clearly open and close around words, because
 * the same character is the apostrophe in "auto's" and "'s avonds".
 */
export function quoteSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  const patterns = [
    /"[^"\n\u2029]{1,400}"/g,
    /[“„][^“”„\n\u2029]{1,400}[”“]/g,
    /(?<![\p{L}\d])‘[^‘’\n\u2029]{1,400}’(?![\p{L}\d])/gu,
    /(?<![\p{L}\d'])'(?![stn]\s)(?=\p{L})[^'\n\u2029]{1,200}(?<=[\p{L}\d.!?])'(?![\p{L}\d])/gu,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, kind: 'citaat' });
  }
  return spans;
}

export interface ProtectionMatcher {
  names: PhraseMatcher;
}

export function createNameMatcher(names: readonly string[]): ProtectionMatcher {
  return { names: createPhraseMatcher([...DEFAULT_NAMES, ...names], false) };
}

/**
 * Exceptions are matched without regard to case. A page is checked against the exceptions of every
 * activity (one list, the same array for every page), so its matcher is built once per list.
 */
const exceptionMatchers = new WeakMap<readonly LanguageException[], PhraseMatcher>();
export function exceptionMatcher(exceptions: readonly LanguageException[]): PhraseMatcher {
  let matcher = exceptionMatchers.get(exceptions);
  if (!matcher) {
    matcher = createPhraseMatcher(
      exceptions.map((exception) => exception.tekst),
      true,
    );
    exceptionMatchers.set(exceptions, matcher);
  }
  return matcher;
}

export function protectedSpans(text: string, matcher: ProtectionMatcher, exceptions: readonly LanguageException[]): ProtectedSpan[] {
  const pieces = piecesOf(text);
  return [
    ...spansOf(exceptionMatcher(exceptions), pieces, 'uitzondering'),
    ...spansOf(matcher.names, pieces, 'naam'),
    ...quoteSpans(text),
  ].sort((a, b) => a.start - b.start);
}

/**
 * What of the names and exceptions can play a part in a text: every name and exception that matches
 * somewhere in it. Equal lists mean equal protected spans, whatever else the lists of names hold.
 */
export function protectionCandidates(
  text: string,
  matcher: ProtectionMatcher,
  exceptions: readonly LanguageException[],
): { names: string[]; exceptions: string[] } {
  const pieces = piecesOf(text);
  return { names: matcher.names.candidates(pieces), exceptions: exceptionMatcher(exceptions).candidates(pieces) };
}
