import { describe, expect, it } from 'vitest';
import { concepts, expandQuery } from '../../../src/lib/search/concepts';
import { normalise, tokens } from '../../../src/lib/search/normalise';
import { complaintMatches, complaints, themes } from '../../../src/lib/taxonomy';
import { contentSearch } from './content-index';

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

describe('every concept on the real content', () => {
  const content = contentSearch();

  it.each(concepts.map((concept) => [concept.id, concept] as const))(
    '"%s" reaches at least one example activity through what it stands for',
    (_, concept) => {
      const ids = content.search(concept.words[0]!).hits.map((hit) => hit.record);
      // Found through the concept, not by chance: the activity has one of its themes, klachten or target groups, or a word it adds.
      const fits = ids.filter(
        (record) =>
          record.themas.some((id) => concept.themes?.includes(id)) ||
          record.klachten.some((id) => concept.complaints?.includes(id)) ||
          record.doelgroepen.some((id) => concept.targetGroups?.includes(id)),
      );
      expect(fits.length).toBeGreaterThan(0);
    },
  );

  it('sends policy words to the activities a resident would call something else', () => {
    const top = (query: string) =>
      content
        .search(query)
        .hits.slice(0, 5)
        .map((hit) => hit.record);
    const withTheme = (query: string, theme: string) => top(query).filter((record) => (record.themas as string[]).includes(theme)).length;
    expect(withTheme('valpreventie', 'bewegen')).toBe(5);
    // The one word "sociaal" also finds "het sociaal team" of an organisation: most, not all.
    expect(withTheme('sociaal isolement', 'ontmoeten')).toBeGreaterThanOrEqual(4);
    expect(withTheme('schuldhulpverlening', 'geldzaken')).toBe(5);
    expect(withTheme('overgewicht', 'bewegen')).toBeGreaterThanOrEqual(4);
  });
});

describe('one table of which themes fit a klacht', () => {
  it('a concept that names a klacht finds every theme the referral tool ranks with (complaintMatches)', () => {
    const withComplaint = concepts.filter((concept) => concept.complaints);
    expect(withComplaint.length).toBeGreaterThanOrEqual(complaints.ids.length);
    for (const concept of withComplaint) {
      for (const id of concept.complaints!)
        expect(concept.themes, concept.id).toEqual(expect.arrayContaining([...complaintMatches[id].themes]));
    }
  });

  it('somberheid: search and referral agree that lotgenoten (steun) can help', () => {
    expect(complaintMatches.somberheid.themes).toContain('steun');
    expect(expandQuery(tokens('ik voel me somber')).themes).toEqual(expect.arrayContaining([...complaintMatches.somberheid.themes]));
  });
});
