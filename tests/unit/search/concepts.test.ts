import { describe, expect, it } from 'vitest';
import { concepts, expandQuery } from '../../../src/lib/search/concepts';
import { normalise, tokens } from '../../../src/lib/search/normalise';
import { complaintMatches, complaints, themes } from '../../../src/lib/taxonomy';

const expand = (text: string) => expandQuery(tokens(text));

describe('concepts', () => {
  it('writes every word in normalised form', () => {
    for (const concept of concepts) for (const word of concept.words) expect(normalise(word)).toBe(word);
  });

  it('reaches every theme and every klacht from at least one word', () => {
    const reachedThemes = new Set<string>();
    const reachedComplaints = new Set<string>();
    for (const concept of concepts) {
      for (const word of concept.words) {
        const found = expand(word);
        found.themes.forEach((id) => reachedThemes.add(id));
        found.complaints.forEach((id) => reachedComplaints.add(id));
      }
    }
    expect([...reachedThemes].sort()).toEqual([...themes.ids].sort());
    expect([...reachedComplaints].sort()).toEqual([...complaints.ids].sort());
  });

  it('maps loneliness to ontmoeten and eenzaamheid', () => {
    const found = expand('ik heb niemand om mee te praten');
    expect(found.themes).toContain('ontmoeten');
    expect(found.complaints).toEqual(['eenzaamheid']);
  });

  it('matches multi-word phrases as a whole', () => {
    const care = expand('zorgen voor mijn man');
    expect(care.themes).toEqual(['mantelzorg']);
    expect(care.complaints).toEqual(['overbelasting-mantelzorg']);
    expect(care.matched[0]?.words).toEqual(['zorgen', 'voor', 'mijn', 'man']);
    expect(expand('nederlands leren').targetGroups).toEqual(['nieuwkomers']);
    expect(expand('samen eten').themes).toEqual(['samen-eten']);
    expect(expand('ik maak me zorgen').complaints).toEqual(['piekeren']);
  });

  it('accepts a common typo', () => {
    const found = expand('alzeimer');
    expect(found.themes).toEqual(['geheugen']);
    expect(found.targetGroups).toEqual(['mensen-met-dementie']);
  });

  it('adds extra index words and leaves the rest', () => {
    const found = expand('kopje koffie op dinsdag');
    expect(found.extraTerms).toEqual(expect.arrayContaining(['inloop', 'buurtkamer', 'koffieochtend']));
    expect(found.rest).toEqual(['op', 'dinsdag']);
  });

  it('knows ouderen and 65+', () => {
    expect(expand('65+').targetGroups).toEqual(['ouderen']);
    expect(expand('senioren').targetGroups).toEqual(['ouderen']);
  });
});

describe('one table of which themes fit a klacht', () => {
  it('a concept that names a klacht finds every theme the referral tool ranks with (complaintMatches)', () => {
    const withComplaint = concepts.filter((concept) => concept.complaints);
    expect(withComplaint.length).toBeGreaterThanOrEqual(complaints.ids.length);
    for (const concept of withComplaint) {
      for (const id of concept.complaints!) expect(concept.themes, concept.id).toEqual(expect.arrayContaining([...complaintMatches[id].themes]));
    }
  });

  it('somberheid: search and referral agree that lotgenoten (steun) can help', () => {
    expect(complaintMatches.somberheid.themes).toContain('steun');
    expect(expandQuery(tokens('ik voel me somber')).themes).toEqual(expect.arrayContaining([...complaintMatches.somberheid.themes]));
  });
});
