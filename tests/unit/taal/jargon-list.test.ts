import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createJargonMatcher, inflections } from '../../../src/lib/taal/jargon';
import { validateJargonList } from '../../../src/lib/taal/jargon-schema';
import { loadJargon } from '../../../src/lib/taal/load';

describe('content/taal/moeilijke-woorden.yaml', () => {
  const { entries, problems } = loadJargon(process.cwd());

  it('is valid and has at least 100 entries, each with a plain alternative', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) expect(entry.alternatief.length).toBeGreaterThan(1);
  });

  it('holds the words the issue names', () => {
    const words = new Set(entries.map((entry) => entry.woord));
    for (const word of [
      'maatwerkvoorziening',
      'indicatie',
      'participeren',
      'cliëntondersteuning',
      'respijtzorg',
      'derhalve',
      't.a.v.',
      'woonachtig',
      'laagdrempelig',
      'faciliteren',
      'interventie',
      'preventief',
      'middels',
      'ten behoeve van',
      'in het kader van',
      'zorgvrager',
    ]) {
      expect(words, word).toContain(word);
    }
  });

  it('starts with a comment that tells editors how to add a word', () => {
    const source = readFileSync('content/taal/moeilijke-woorden.yaml', 'utf8');
    expect(source.startsWith('#')).toBe(true);
    expect(source).toContain('Een woord toevoegen');
  });
});

describe('validateJargonList', () => {
  it('names the entry and says what to do', () => {
    const raw = yaml.load(`
- woord: derhalve
  alternatief: daarom
- woord: Middels
  alternatief: met
- woord: teneinde
- woord: reeds
  alternatief: al
  uitleg: Oud woord.
  soort: ambtelijk
- woord: derhalve
  alternatief: dus
- woord: thans
  alternatief: nu
  ernst: heel erg
`);
    const { entries, problems } = validateJargonList(raw, 'lijst.yaml');
    expect(entries.map((entry) => entry.woord)).toEqual(['derhalve']);
    expect(problems).toEqual([
      'lijst.yaml: Item 2 ("Middels"): schrijf "woord" in kleine letters. De taalcheck vindt het woord ook met een hoofdletter.',
      'lijst.yaml: Item 3 ("teneinde"): het veld "alternatief" ontbreekt. Vul het in, zoals "hulp die bij u past".',
      'lijst.yaml: Item 4 ("reeds"): onbekend veld "soort". Gebruik alleen woord, alternatief, uitleg, ernst en vormen.',
      'lijst.yaml: Item 5 ("derhalve"): dit woord staat er al in, bij item 1. Haal een van de twee weg.',
      'lijst.yaml: Item 6 ("thans"): kies bij "ernst" fout of advies. Laat het weg voor fout.',
    ]);
  });

  it('rejects a file that is not a list', () => {
    expect(validateJargonList({ woord: 'x' }, 'lijst.yaml').problems).toEqual([
      'lijst.yaml: het bestand moet een lijst zijn. Elk item begint met "- woord:".',
    ]);
  });
});

describe('jargon forms', () => {
  it('makes plurals, inflected adjectives and verb forms', () => {
    expect(inflections('integraal')).toContain('integrale');
    expect(inflections('preventief')).toContain('preventieve');
    expect(inflections('participeren')).toEqual(expect.arrayContaining(['participeert', 'participeerde', 'geparticipeerd']));
    expect(inflections('initiëren')).toContain('initieert');
  });

  it('matches a multi-word entry only as a whole', () => {
    const matcher = createJargonMatcher([{ woord: 'in het kader van', alternatief: 'bij', ernst: 'fout', vormen: [] }], new Map());
    const tokens = (words: string[]) =>
      words.map((key, index) => ({
        text: key,
        key,
        kind: 'word' as const,
        start: index,
        end: index + 1,
        initial: index === 0,
        capitalised: false,
        allCaps: false,
        dotAfter: false,
      }));
    expect(matcher.match(tokens(['in', 'het', 'kader', 'van', 'de', 'wet']), () => false)).toMatchObject([{ from: 0, to: 4 }]);
    expect(matcher.match(tokens(['in', 'het', 'kader']), () => false)).toEqual([]);
  });
});
