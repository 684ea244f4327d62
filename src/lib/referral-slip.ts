/**
 * The terugkoppelstrook on the welzijnsrecept: a reference code and a return slip for the welzijnscoach,
 * so the huisarts hears what came of a referral without any name on paper or on the site.
 *
 * The code is made in the browser from crypto.getRandomValues and never sent anywhere. It is long enough
 * that two referrals of one practice practically never share a code (see collisionChance and the tests):
 * 8 characters from a 30-character alphabet give 30^8 ≈ 6.6 × 10^11 codes; for 500 referrals a year the
 * chance that any two are equal is about 1.9 × 10^-7 (one in five million practice-years). Six characters
 * would give 1.7 × 10^-4, which a region with a few hundred practices would meet within some years.
 *
 * The slip follows the four parts of the social prescribing minimum data set: wie (who, without a name),
 * vraag (need), aanbod (support offered) and uitkomst (outcome).
 *
 * Pure and browser-safe: the random bytes come in, so tests can fix them.
 */
import { complaints, type ComplaintId } from './taxonomy';

/**
 * Digits 2-9 and capitals without the look-alikes 0/O, 1/I/L, and without U (which reads as V), as in
 * Crockford's base 32: a code is read aloud on the phone and typed over from paper. 30 characters.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_LENGTH = 8;

/** The ICPC code under which the practice records a Welzijn op Recept referral, as the issue asks. */
export const ICPC_REFERRAL_CODE = 'Z68';

/**
 * A reference code such as "K7MD-4QXH". Bytes at or above the largest multiple of the alphabet size are
 * thrown away (rejection sampling), so every character is equally likely.
 */
export function referenceCode(
  randomBytes: (count: number) => Uint8Array,
  alphabet = REFERENCE_ALPHABET,
  length = REFERENCE_LENGTH,
): string {
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= limit) continue;
      code += alphabet[byte % alphabet.length];
      if (code.length === length) break;
    }
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The chance that at least two of `count` random codes are equal (the birthday bound). */
export function collisionChance(count: number, alphabetSize = REFERENCE_ALPHABET.length, length = REFERENCE_LENGTH): number {
  const codes = alphabetSize ** length;
  return -Math.expm1((-count * (count - 1)) / (2 * codes));
}

export interface SlipPart {
  /** "Wie", "Vraag", "Aanbod", "Uitkomst" */
  titel: string;
  regels: string[];
}

export interface ReturnSlip {
  code: string;
  datum: string;
  delen: SlipPart[];
  /** The tick boxes for the coach, in the order of a referral's course. */
  vakjes: { label: string; invullen: string }[];
}

export interface SlipInput {
  code: string;
  /** "maandag 23 november 2026" */
  datum: string;
  gebiedNaam: string;
  leeftijd?: string;
  klachten: readonly ComplaintId[];
  activiteiten: readonly string[];
}

export function returnSlip(input: SlipInput): ReturnSlip {
  return {
    code: input.code,
    datum: input.datum,
    delen: [
      {
        titel: 'Wie',
        regels: [
          `Een patiënt uit ${input.gebiedNaam}.${input.leeftijd ? ` ${input.leeftijd}.` : ''}`,
          'Er staat geen naam op. De praktijk weet via de code om wie het gaat.',
        ],
      },
      {
        titel: 'Vraag',
        regels: [
          input.klachten.length > 0 ? input.klachten.map((klacht) => complaints.label(klacht)).join(', ') + '.' : 'Geen klacht gekozen.',
        ],
      },
      { titel: 'Aanbod', regels: input.activiteiten.map((titel) => `${titel}.`) },
      { titel: 'Uitkomst', regels: ['Zet een kruisje en vul in.'] },
    ],
    vakjes: [
      { label: 'Contact gehad', invullen: 'op (datum)' },
      { label: 'Gestart', invullen: 'met (activiteit)' },
      { label: 'Afgesloten', invullen: 'reden' },
    ],
  };
}
