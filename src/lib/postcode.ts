/**
 * From a Dutch postcode to the gebieden it lies in, by its four digits. Pure and browser-safe: the referral
 * tool (/verwijzen/) and the search page ("dichtbij") run it on the visitor's device, and the postcode never
 * leaves it: it is no part of any URL or request.
 */

export type PostcodeLookup<Gebied> =
  { kind: 'found'; gebieden: Gebied[] } | { kind: 'incomplete' } | { kind: 'invalid' } | { kind: 'unknown'; pc4: string };

/**
 * The gebieden of a postcode. Only the four digits count: that is enough to find the gebied, and the
 * letters would say more about the person than the search needs.
 * A postcode on the border of two gebieden finds both; the caller chooses.
 */
export function gebiedenForPostcode<Gebied extends { postcodes: readonly string[] }>(
  input: string,
  gebieden: readonly Gebied[],
): PostcodeLookup<Gebied> {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { kind: 'incomplete' };
  if (!/^(\d{1,3}|\d{4}[A-Z]{0,2})$/.test(compact) || compact.startsWith('0')) return { kind: 'invalid' };
  if (compact.length < 4) return { kind: 'incomplete' };
  const digits = compact.slice(0, 4);
  const found = gebieden.filter((gebied) => gebied.postcodes.includes(digits));
  return found.length > 0 ? { kind: 'found', gebieden: found } : { kind: 'unknown', pc4: digits };
}
