import { describe, expect, it } from 'vitest';
import { baseForms, createFamiliarity, expandContraction, splitCompound } from '../../../src/lib/taal/familiarity';
import { compactFrequencyList, parseFrequencyList, zipfValue } from '../../../src/lib/taal/frequency';
import { smallFrequencies } from '../../fixtures/taal/small-data';

const frequencies = smallFrequencies({ zorg: 5, regel: 4.2, man: 5.5, tel: 3.2, inloop: 3.5 });
const familiarity = createFamiliarity(frequencies);

describe('word familiarity', () => {
  it('takes a known word from the list', () => {
    expect(familiarity('koffie')).toEqual({ zipf: 5, source: 'woord' });
    expect(familiarity('Koffie')).toEqual({ zipf: 5, source: 'woord' });
  });

  it('judges a compound by its parts, with the Dutch linking s, e and en', () => {
    expect(familiarity('koffieochtend')).toMatchObject({ source: 'samenstelling', parts: ['koffie', 'ochtend'] });
    expect(familiarity('dorpshuis')).toMatchObject({ source: 'samenstelling', parts: ['dorp', 'huis'] });
    expect(familiarity('boekenkast')).toMatchObject({ source: 'samenstelling', parts: ['boek', 'kast'] });
    expect(familiarity('koffie-inloop').parts).toEqual(['koffie', 'inloop']);
  });

  it('makes a compound a little less familiar than its rarest part', () => {
    expect(familiarity('koffieochtend').zipf).toBeLessThan(5);
    expect(familiarity('koffieochtend').zipf).toBeGreaterThanOrEqual(3);
  });

  it('prefers the split with the fewest parts: mantel+zorg, not man+tel+zorg', () => {
    expect(splitCompound(frequencies, 'mantelzorg')?.parts).toEqual(['mantel', 'zorg']);
  });

  it('calls a word unknown when no split into known words of 3 letters or more exists', () => {
    expect(familiarity('participeren')).toEqual({ zipf: 0, source: 'onbekend' });
    expect(splitCompound(frequencies, 'dexa')).toBeUndefined();
  });

  it('judges an inflected form by its base', () => {
    expect(familiarity('fietst').zipf).toBe(5);
    expect(familiarity('mantelzorgers').parts).toEqual(['mantel', 'zorg']);
    expect(baseForms('koffies')).toContain('koffie');
    expect(baseForms('haakt')).toContain('haken');
    expect(baseForms("opa's")).toContain('opa');
  });
});

describe('contractions with an apostrophe', () => {
  it('expands a contraction to the words it stands for', () => {
    expect(expandContraction("zo'n")).toEqual(['zo', 'een']);
    expect(expandContraction("m'n")).toEqual(['mijn']);
    expect(expandContraction("'t")).toEqual(['het']);
    expect(expandContraction("auto's")).toBeUndefined();
    expect(expandContraction('koffie')).toBeUndefined();
  });

  it('judges a contraction by its words, not as an unknown word', () => {
    const familiarity = createFamiliarity(
      new Map([
        ['zo', 6.6],
        ['een', 7],
        ['mijn', 6.5],
        ['zijn', 6.8],
        ['auto', 5],
      ]),
    );
    expect(familiarity("zo'n").zipf).toBe(6.6);
    expect(familiarity('zo’n').zipf).toBe(6.6);
    expect(familiarity("m'n").zipf).toBe(6.5);
    expect(familiarity("auto's").zipf).toBe(5);
    expect(familiarity("xq'n").source).toBe('onbekend');
  });
});

describe('frequency list', () => {
  it('turns counts into Zipf values: log10 of the frequency per billion words', () => {
    expect(zipfValue(1000, 1e9)).toBeCloseTo(3, 5);
    expect(zipfValue(1, 1e6)).toBeCloseTo(3, 5);
  });

  it('compacts the raw list and keeps the attribution', () => {
    const compact = compactFrequencyList('de 600\nhuis 300\nzĳn 100\ndr. 5\n');
    expect(compact).toContain('CC BY-SA 4.0');
    expect(compact).toContain('Hermit Dave');
    const parsed = parseFrequencyList(compact);
    expect([...parsed.keys()]).toEqual(['de', 'huis', 'zijn']);
    expect(parsed.get('de')).toBeCloseTo(zipfValue(600, 1005), 2);
  });
});
