/**
 * Parts of a text that never count against it: proper names, quotations and the explicit
 * exceptions an editor wrote in a content file. They are found as spans of the text; a word
 * inside such a span is skipped by the word rules and left out of the word statistics.
 */
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
  'Alzheimer Café', 'Alzheimer Nederland', 'Welzijn op Recept', 'DigiD', 'Home-Start', 'Humanitas', 'Rode Kruis', 'Zonnebloem',
  'De Zonnebloem', 'Voedselbank', 'Repair Café', 'Repaircafé', 'Taalhuis', 'Het Taalhuis', 'Samen is Leuker', 'Join-Us', 'Kernpunt',
  'Kernpunten', 'Positieve Gezondheid', 'Sociaal Team', 'Juridisch Loket', 'Schuldhulpmaatje', 'SchuldHulpMaatje', 'Thuisadministratie',
  'Humanitas Thuisadministratie', 'Vluchtelingenwerk', 'VluchtelingenWerk', 'Stichting Lezen en Schrijven', 'Nationaal Ouderenfonds',
  'Ouderenfonds', 'KBO', 'PCOB', 'KBO-PCOB', 'ANBO', 'Senior Web', 'SeniorWeb', 'MantelzorgNL', 'Veilig Thuis', 'Sensoor', 'De Luisterlijn',
  'Luisterlijn', 'Rijksoverheid', 'Belastingdienst', 'UWV', 'GGD', 'Centrum voor Jeugd en Gezin', 'WhatsApp',
  'Facebook', 'Instagram', 'YouTube', 'Google', 'Zoom', 'Teams', 'Nederlandse Taalunie', 'Krachtig Noordoostpolder', 'Preventiekaart',
  // Provinces, regions and larger places around the gemeenten in the content.
  'Nederland', 'Flevoland', 'Noord-Holland', 'Gelderland', 'Overijssel', 'Twente', 'Betuwe', 'Noordoostpolder', 'Neder-Betuwe',
  'Bergen', 'Uitgeest', 'Castricum', 'Heiloo', 'Tubbergen', 'Egmond', 'Egmond aan Zee', 'Egmond-Binnen', 'Egmond aan den Hoef', 'Schoorl',
  'Groet', 'Camperduin', 'Limmen', 'Akersloot', 'De Woude', 'Emmeloord', 'Ens', 'Revelsant', 'Marknesse', 'Luttelgeest', 'Bant', 'Rutten',
  'Creil', 'Espel', 'Tollebeek', 'Nagele', 'Kraggenburg', 'Schokland', 'Kesteren', 'Ochten', 'Dodewaard', 'Opheusden', 'Echteld',
  'IJzendoorn', 'Albergen', 'Geesteren', 'Vasse', 'Harbrinkhoek', 'Mariaparochie', 'Manderveen', 'Langeveen', 'Fleringen', 'Reutum',
  'Haarle', 'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Alkmaar', 'Zwolle', 'Lelystad', 'Almere', 'Urk', 'Arnhem', 'Nijmegen',
  'Tiel', 'Wageningen', 'Ede', 'Enschede', 'Almelo', 'Oldenzaal', 'Hengelo', 'Heerhugowaard', 'Dijk en Waard', 'Beverwijk', 'Haarlem',
  // Days and holidays are written with a capital only when they are names.
  'Koningsdag', 'Kerstmis', 'Pasen', 'Pinksteren', 'Ramadan', 'Suikerfeest', 'Offerfeest', 'Sinterklaas', 'Oud en Nieuw',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\d])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}\\d])';

/** One regular expression for a list of phrases, longest first so "Egmond aan Zee" beats "Egmond". */
export function phrasePattern(phrases: readonly string[], ignoreCase: boolean): RegExp | undefined {
  const cleaned = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length >= 2))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return undefined;
  const alternatives = cleaned.map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${alternatives})${WORD_EDGE_AFTER}`, ignoreCase ? 'giu' : 'gu');
}

function spansOf(pattern: RegExp | undefined, text: string, kind: Protection): ProtectedSpan[] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind }));
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
  names: RegExp | undefined;
}

export function createNameMatcher(names: readonly string[]): ProtectionMatcher {
  return { names: phrasePattern([...DEFAULT_NAMES, ...names], false) };
}

export function protectedSpans(text: string, matcher: ProtectionMatcher, exceptions: readonly LanguageException[]): ProtectedSpan[] {
  return [
    ...spansOf(phrasePattern(exceptions.map((exception) => exception.tekst), true), text, 'uitzondering'),
    ...spansOf(matcher.names, text, 'naam'),
    ...quoteSpans(text),
  ].sort((a, b) => a.start - b.start);
}
