/**
 * Abbreviations. B1 guides (Utrecht, Direct Duidelijk) say: write words in full. An abbreviation
 * with full stops ("o.a.", "bijv.", "t/m") is an error, because the full words are always
 * available. An abbreviation in capitals ("CJG", "VWS") is advice, given once per text, and not
 * when it is explained in brackets or so well known that the full form would be harder.
 * Words on the jargon list are reported there, with their alternative, and not again here.
 */
import type { AnalysedText, RawFinding } from './analysis';
import type { Token } from './tokens';

/** Abbreviations written with a full stop, with the words to write instead. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  bijv: 'bijvoorbeeld',
  bv: 'bijvoorbeeld',
  'o.a': 'onder andere',
  'd.w.z': 'dat wil zeggen',
  'i.v.m': 'omdat of door',
  'i.p.v': 'in plaats van',
  'm.b.t': 'over',
  't.a.v': 'voor of aan',
  'z.s.m': 'zo snel mogelijk',
  'a.u.b': 'alstublieft',
  's.v.p': 'alstublieft',
  'e.d': 'en dergelijke, of noem de voorbeelden',
  'e.a': 'en anderen',
  'e.e.a': 'dit alles',
  'm.n': 'vooral',
  'n.a.v': 'door of na',
  't.o.v': 'vergeleken met',
  'c.q': 'of',
  't/m': 'tot en met',
  'v.a': 'vanaf',
  'i.s.m': 'samen met',
  'o.l.v': 'onder leiding van',
  'z.o.z': 'zie de andere kant',
  't.z.t': 'later',
  'p.p': 'per persoon',
  'i.o.m': 'na overleg met',
  'w.o': 'waaronder',
  'o.b.v': 'volgens',
  'i.c.m': 'samen met',
  'v.w.b': 'wat betreft',
  'a.s': 'aanstaande, of noem de datum',
  evt: 'eventueel, of: als het nodig is',
  ca: 'ongeveer',
  nr: 'nummer',
  tel: 'telefoon',
  max: 'hoogstens',
  min: 'minuten',
  incl: 'met',
  excl: 'zonder',
  enz: 'en meer, of noem de voorbeelden',
  etc: 'en meer, of noem de voorbeelden',
  ong: 'ongeveer',
  vgl: 'vergelijk',
  zgn: 'zogenaamd',
  resp: 'en',
  dhr: 'meneer',
  mevr: 'mevrouw',
  mw: 'mevrouw',
  jl: 'van vorige week of maand',
  afd: 'afdeling',
  jan: 'januari',
  feb: 'februari',
  mrt: 'maart',
  apr: 'april',
  jun: 'juni',
  jul: 'juli',
  aug: 'augustus',
  sep: 'september',
  sept: 'september',
  okt: 'oktober',
  nov: 'november',
  dec: 'december',
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
  blz: 'bladzijde',
  pag: 'bladzijde',
  mln: 'miljoen',
  mld: 'miljard',
};

/** Abbreviations most readers know better than the full words. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'tv',
  'wc',
  'aed',
  'ehbo',
  'aow',
  'ggd',
  'uwv',
  'ns',
  'anwb',
  'pc',
  'cd',
  'dvd',
  'sms',
  'id',
  'ok',
  'oké',
  'btw',
  'nl',
  'eu',
  'usb',
  'wifi',
  'pin',
  'app',
  'ov',
  'tbc',
  'hiv',
  'adhd',
  'ic',
  'vvv',
  'ah',
  'jumbo',
  'pdf',
  'nos',
  'knvb',
]);

const ROMAN = /^[ivxlc]+$/;
/** Initials: single capitals, each with a full stop ("M.G.", "J.P."). */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

/**
 * Initials inside a name ("Annie M.G. Schmidt", "J.K. Rowling") are part of the name, not an
 * abbreviation the reader has to decode: capitals with full stops followed by a capitalised word.
 */
export function isInitialsOfName(token: Token, next: Token | undefined): boolean {
  if (ABBREVIATIONS[token.key] !== undefined) return false; // "T.A.V. Jansen" is still "ter attentie van"
  return (
    token.kind === 'abbreviation' &&
    INITIALS.test(token.text) &&
    next !== undefined &&
    next.kind === 'word' &&
    next.capitalised &&
    !next.allCaps
  );
}

/** Very short words that are also weekday or month abbreviations; only counted with a full stop and never at a sentence end. */
const AMBIGUOUS = new Set(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo', 'jan', 'min', 'max', 'tel', 'dec', 'nov']);

export function abbreviations(text: AnalysedText): RawFinding[] {
  const findings: RawFinding[] = [];
  const explained = new Set<string>();
  const reported = new Set<string>();
  const masked = text.masked;
  for (const sentence of text.sentences) {
    const inJargon = new Set<number>();
    for (const match of sentence.jargon) for (let i = match.from; i < match.to; i++) inJargon.add(i);
    sentence.tokens.forEach((token, index) => {
      if (inJargon.has(index) || token.protection !== undefined || token.kind === 'number') return;
      const key = token.key.replace(/'s$/, '');
      if (token.kind === 'abbreviation') {
        if (isInitialsOfName(token, sentence.tokens[index + 1])) return;
        const full = ABBREVIATIONS[key];
        findings.push({
          rule: 'afkorting',
          severity: 'fout',
          offset: token.start,
          words: [token.text],
          message: `"${token.text}" is een afkorting. Niet iedereen weet wat die betekent.`,
          suggestion: full ? `Schrijf het voluit: ${full}.` : 'Schrijf de woorden voluit.',
        });
        return;
      }
      if (token.dotAfter && ABBREVIATIONS[key] !== undefined && !(token.capitalised && !token.initial)) {
        const atEnd = index === sentence.tokens.length - 1 && masked.slice(token.end + 1, sentence.end).trim() === '';
        if (AMBIGUOUS.has(key) && atEnd) return;
        findings.push({
          rule: 'afkorting',
          severity: 'fout',
          offset: token.start,
          words: [`${token.text}.`],
          message: `"${token.text}." is een afkorting. Niet iedereen weet wat die betekent.`,
          suggestion: `Schrijf het voluit: ${ABBREVIATIONS[key]}.`,
        });
        return;
      }
      if (!token.allCaps || key.length > 6 || ROMAN.test(key) || KNOWN_ACRONYMS.has(key)) return;
      // "GRATIS" or "LET OP" in capitals is emphasis, not an abbreviation.
      const asWord = text.data.source.frequencies.get(key);
      if (asWord !== undefined && asWord >= 3) return;
      const inBrackets = masked[token.start - 1] === '(' && masked[token.end] === ')';
      if (inBrackets || explained.has(key)) {
        explained.add(key);
        return;
      }
      if (reported.has(key)) return;
      reported.add(key);
      findings.push({
        rule: 'afkorting',
        severity: 'advies',
        offset: token.start,
        words: [token.text],
        message: `"${token.text}" is een afkorting. Niet iedereen weet wat die betekent.`,
        suggestion: 'Schrijf voluit wat de afkorting betekent. Of zet de afkorting tussen haakjes achter de volledige naam.',
      });
    });
  }
  return findings;
}
