import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../src/lib/taal/syllables';

/** Counts checked by hand against the spoken word; hyphenation alone gets the first group wrong. */
const KNOWN: Record<string, number> = {
  de: 1,
  huis: 1,
  uur: 1,
  zee: 1,
  thee: 1,
  nieuw: 1,
  eeuw: 1,
  mooi: 1,
  oud: 1,
  team: 1,
  koffie: 2,
  eten: 2,
  avond: 2,
  dinsdag: 2,
  ochtend: 2,
  moeilijk: 2,
  draaien: 2,
  welkom: 2,
  gastvrouw: 2,
  buurthuis: 2,
  geëerd: 2,
  online: 2,
  website: 2,
  baby: 2,
  fietsen: 2,
  duurzaam: 2,
  ouderen: 3,
  eieren: 3,
  gezondheid: 3,
  bijvoorbeeld: 3,
  gemeente: 3,
  inwoners: 3,
  bioscoop: 3,
  museum: 3,
  ideeën: 3,
  creatief: 3,
  theater: 3,
  politie: 3,
  spelletjes: 3,
  aanmelden: 3,
  welzijnscoach: 3,
  radio: 3,
  italië: 4,
  januari: 4,
  februari: 4,
  samenleving: 4,
  activiteit: 4,
  koffieochtend: 4,
  'koffie-inloop': 4,
  beëindigen: 4,
  vrijwilligerswerk: 5,
  toegankelijkheid: 5,
  organisatie: 5,
  participeren: 5,
  coöperatie: 5,
  geïnteresseerd: 5,
  maatwerkvoorziening: 5,
  individueel: 5,
  mantelzorgondersteuning: 7,
};

describe('countSyllables', () => {
  it(`counts ${Object.keys(KNOWN).length} Dutch words correctly`, () => {
    expect(Object.keys(KNOWN).length).toBeGreaterThanOrEqual(30);
    const wrong = Object.entries(KNOWN)
      .map(([word, expected]) => ({ word, expected, counted: countSyllables(word) }))
      .filter(({ expected, counted }) => expected !== counted);
    expect(wrong).toEqual([]);
  });

  it('ignores capitals, apostrophes and digits', () => {
    expect(countSyllables('Koffie')).toBe(2);
    expect(countSyllables("auto's")).toBe(2);
    expect(countSyllables('75-plus')).toBe(1);
  });

  it('uses the corrections table for loanwords, also at the end of a compound', () => {
    expect(countSyllables('coach')).toBe(1);
    expect(countSyllables('gezinscoach')).toBe(3);
    expect(countSyllables('service')).toBe(2);
  });
});
