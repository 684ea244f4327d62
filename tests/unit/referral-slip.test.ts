/** The terugkoppelstrook: the reference code, its collision chance, and the four parts without a name. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  collisionChance,
  ICPC_REFERRAL_CODE,
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  referenceCode,
  returnSlip,
} from '../../src/lib/referral-slip';

const cryptoBytes = (count: number) => new Uint8Array(randomBytes(count));

describe('referenceCode', () => {
  it('has no look-alike characters and 30 distinct ones', () => {
    expect(new Set(REFERENCE_ALPHABET).size).toBe(30);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILOU]/);
  });

  it('gives two groups of four from the alphabet', () => {
    for (let index = 0; index < 200; index += 1) {
      expect(referenceCode(cryptoBytes)).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`));
    }
  });

  it('throws away bytes that would make some characters likelier (rejection sampling)', () => {
    // 240 is the first byte at or above 8 × 30: skipped. 0 → "2", 29 → "Z", 30 → "2" again.
    const bytes = [240, 255, 0, 29, 30, 59, 1, 2, 3, 4];
    expect(referenceCode(() => new Uint8Array(bytes))).toBe('2Z2Z-3456');
  });

  it('spreads characters evenly over many codes', () => {
    const counts = new Map<string, number>();
    const codes = 3000;
    for (let index = 0; index < codes; index += 1)
      for (const char of referenceCode(cryptoBytes).replace('-', '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    const expected = (codes * REFERENCE_LENGTH) / REFERENCE_ALPHABET.length;
    for (const char of REFERENCE_ALPHABET) expect(Math.abs(counts.get(char)! - expected) / expected).toBeLessThan(0.2);
  });
});

describe('collisionChance', () => {
  it('is negligible for a practice with 500 referrals in a year', () => {
    const chance = collisionChance(500);
    expect(chance).toBeGreaterThan(1e-7);
    expect(chance).toBeLessThan(1e-6);
  });

  it('would not be with six characters, which is why the code has eight', () => {
    expect(collisionChance(500, 30, 6)).toBeGreaterThan(1e-4);
  });

  it('agrees with the exact birthday product for small numbers', () => {
    let none = 1;
    for (let index = 0; index < 20; index += 1) none *= 1 - index / 1000;
    expect(collisionChance(20, 10, 3)).toBeCloseTo(1 - none, 2);
  });
});

describe('returnSlip', () => {
  const slip = returnSlip({
    code: 'K7MD-4QXH',
    datum: 'maandag 23 november 2026',
    gebiedNaam: 'Ens',
    leeftijd: 'Oudere (65 jaar en ouder)',
    klachten: ['eenzaamheid', 'somberheid'],
    activiteiten: ['Koffie-inloop in De Zuidwester', 'Gezondheidscafé Ens'],
  });

  it('has the four parts of the minimum data set in order', () => {
    expect(slip.delen.map((part) => part.titel)).toEqual(['Wie', 'Vraag', 'Aanbod', 'Uitkomst']);
    expect(slip.delen[1]!.regels).toEqual(['Eenzaamheid, Somberheid.']);
    expect(slip.delen[2]!.regels).toEqual(['Koffie-inloop in De Zuidwester.', 'Gezondheidscafé Ens.']);
  });

  it('has the three tick boxes, the reason with "afgesloten"', () => {
    expect(slip.vakjes.map((vakje) => vakje.label)).toEqual(['Contact gehad', 'Gestart', 'Afgesloten']);
    expect(slip.vakjes[2]!.invullen).toBe('reden');
  });

  it('carries the code and no name', () => {
    expect(slip.code).toBe('K7MD-4QXH');
    expect(JSON.stringify(slip)).not.toMatch(/naam:/i);
    expect(ICPC_REFERRAL_CODE).toBe('Z68');
  });
});
