/** From a patient's postcode to the gebieden of the referral tool. Browser-safe. */
import type { ReferralGebied } from './record';

export type PostcodeLookup =
  | { kind: 'found'; gebieden: ReferralGebied[] }
  | { kind: 'incomplete' }
  | { kind: 'invalid' }
  | { kind: 'unknown'; pc4: string };

/**
 * The gebieden of a patient's postcode. Only the four digits count: that is enough to find the
 * gebied, and the letters would say more about the patient than the referral needs.
 * A postcode on the border of two gebieden finds both; the verwijzer then chooses.
 */
export function gebiedenForPostcode(input: string, gebieden: readonly ReferralGebied[]): PostcodeLookup {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { kind: 'incomplete' };
  if (!/^(\d{1,3}|\d{4}[A-Z]{0,2})$/.test(compact) || compact.startsWith('0')) return { kind: 'invalid' };
  if (compact.length < 4) return { kind: 'incomplete' };
  const digits = compact.slice(0, 4);
  const found = gebieden.filter((gebied) => gebied.postcodes.includes(digits));
  return found.length > 0 ? { kind: 'found', gebieden: found } : { kind: 'unknown', pc4: digits };
}

