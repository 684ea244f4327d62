/**
 * Ranking on small hand-made records, where each test controls the one thing it is about,
 * plus a few sanity checks on the real example content.
 */
import { describe, expect, it } from 'vitest';
import { inScope, resolveScope, smallest, stem, typoEdits, type Scope } from '../../../src/lib/search/engine';
import { emptyState } from '../../../src/lib/search/filters';
import { MAX_QUERY_LENGTH } from '../../../src/lib/search/normalise';
import { parseQuery } from '../../../src/lib/search/query';
import { buildShard } from '../../../src/lib/search/shard';
import { contentSearch } from './content-index';
import { entry, gemeenteOfGebied, placeIndex, shardsOf, syntheticSearch, type Entry } from './synthetic-records';

/** The index words a query word stands for, by name, from a single-shard index. */
function matchedWords(entries: readonly Entry[], term: string): Map<string, number> {
  const shard = buildShard('test', entries);
  const { index } = syntheticSearch(entries, [shard]);
  return new Map(index.matchWord(term).map(({ word, weight }) => [shard.woorden[word]!, weight]));
}

describe('ranking by field and concept', () => {
  it('ranks an exact title word above the same word only in the body', () => {
    // The body match comes first in the index, so order alone cannot make the test pass.
    const { ids } = syntheticSearch([
      entry({ id: 'body', titel: 'Spelletjesmiddag', samenvatting: 'Wij gaan samen schaken en dammen.' }),
      entry({ id: 'title', titel: 'Schaken in het dorpshuis' }),
    ]);
    expect(ids('schaken')).toEqual(['title', 'body']);
  });

  it('ranks a theme word above the same word in the body', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'body', titel: 'Inloop', samenvatting: 'Ook over schaken.' }),
      entry({ id: 'trefwoord', titel: 'Clubavond' }, { trefwoorden: 'Schaken Schaakclub Ens' }),
    ]);
    expect(ids('schaken')).toEqual(['trefwoord', 'body']);
  });

  it('ranks an activity with the theme a concept stands for above one with only a fuzzy body match', () => {
    const { search } = syntheticSearch([
      entry({ id: 'fuzzy', titel: 'Praatgroep', samenvatting: 'Voor wie zich eensaam voelt.' }),
      entry({ id: 'theme', titel: 'Koffieochtend', themas: ['ontmoeten'] }),
    ]);
    const ids = search('eenzaam').hits.map((hit) => hit.record.id);
    // Both are found: the fuzzy one too, so the order is a real ranking decision.
    expect(ids).toEqual(['theme', 'fuzzy']);
  });

  it('adds the klacht of a concept to the theme', () => {
    const { search } = syntheticSearch([
      entry({ id: 'theme', titel: 'Koffieochtend', themas: ['ontmoeten'] }),
      entry({ id: 'theme-and-klacht', titel: 'Wandelclub', themas: ['ontmoeten'], klachten: ['eenzaamheid'] }),
    ]);
    const hits = search('eenzaam').hits;
    expect(hits.map((hit) => hit.record.id)).toEqual(['theme-and-klacht', 'theme']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('lets a rare word decide more than a common one, even against a title match (BM25)', () => {
    const filler = Array.from({ length: 5 }, (_, n) =>
      entry({ id: `filler-${n}`, titel: `Groep ${'abcde'[n]}`, samenvatting: 'Wij komen bij u in huis.' }),
    );
    const { ids } = syntheticSearch([
      ...filler,
      entry({ id: 'common', titel: 'Huis open' }),
      entry({ id: 'rare', titel: 'Hulpdienst', samenvatting: 'Wij doen een klus voor u.' }),
      entry({ id: 'other', titel: 'Schaken' }),
    ]);
    // With every word weighed alike, the title word "huis" would win; "klus" is in one activity, "huis" in six.
    expect(ids('klus huis').slice(0, 2)).toEqual(['rare', 'common']);
  });

  it('counts a word in a short text above the same word in a long one', () => {
    const long = 'Wij drinken koffie, lezen de krant, spelen spelletjes en praten over van alles wat er speelt in het dorp.';
    const { ids } = syntheticSearch([
      entry({ id: 'long', titel: 'Ochtend', samenvatting: `Ook schaken. ${long}` }),
      entry({ id: 'short', titel: 'Avond', samenvatting: 'Ook schaken.' }),
    ]);
    expect(ids('schaken')).toEqual(['short', 'long']);
  });

  it('finds activities by a spoken language named in the query', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'dutch', titel: 'Koffie-inloop' }),
      entry({ id: 'arabic', titel: 'Vrouwengroep', talen: ['nl', 'ar'] }),
    ]);
    expect(ids('arabisch')).toEqual(['arabic']);
    expect(ids('Arabic')).toEqual(['arabic']);
    expect(ids('turks')).toEqual([]);
  });

  it('leaves out results far below the best one', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'strong', titel: 'Schaken', themas: ['ontmoeten'], klachten: ['eenzaamheid'] }, { trefwoorden: 'eenzaam schaken' }),
      entry({ id: 'weak', titel: 'Breien', samenvatting: 'Voor wie zich eensaam voelt.' }),
    ]);
    // The weak one alone is found; next to a strong one it is noise.
    expect(ids('eenzaam schaken')).toEqual(['strong']);
  });
});

describe('matching words', () => {
  const entries = [
    entry({ id: 'wandel', titel: 'Wandelgroep', themas: ['ontmoeten'] }),
    entry({ id: 'taal', titel: 'Taalmaatje' }),
    entry({ id: 'alzheimer', titel: 'Alzheimer Café' }),
    entry({ id: 'anderen', titel: 'Anderen' }),
    entry({ id: 'zaal', titel: 'Zaal' }),
  ];
  const { ids } = syntheticSearch(entries);

  it('finds a word by its beginning while the resident types', () => {
    expect(ids('wand')).toEqual(['wandel']);
    expect(matchedWords(entries, 'wand').get('wandelgroep')).toBeLessThan(1);
  });

  it('does not expand a prefix of two letters', () => {
    expect(ids('wa')).toEqual([]);
  });

  it('finds a compound by the stem of a verb', () => {
    // No record has the theme bewegen, so only the stem "wandel" can find the walking group.
    expect(ids('wandelen')).toEqual(['wandel']);
    expect(stem('wandelen')).toBe('wandel');
    expect(stem('wandeling')).toBe('wandel');
    expect(stem('fietsen')).toBe('fiets');
  });

  it('keeps short words whole when stemming', () => {
    expect(stem('eten')).toBe('eten');
    expect(stem('taal')).toBe('taal');
  });

  it('finds the tail of a compound', () => {
    expect(ids('maatje')).toEqual(['taal']);
  });

  it('finds a word with a typo', () => {
    expect(ids('alzeimer')).toEqual(['alzheimer']);
    // Through the typo itself, not only through the concept's extra words.
    const weight = matchedWords(entries, 'alzeimer').get('alzheimer');
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(1);
  });

  it('does not treat short look-alike words as typos', () => {
    expect(typoEdits('taal', 'zaal')).toBeUndefined();
    expect(ids('taal')).not.toContain('zaal');
  });

  it('does not match "anderen" for "wandelen"', () => {
    expect(typoEdits('wandelen', 'anderen')).toBeUndefined();
    expect(ids('wandelen')).not.toContain('anderen');
  });

  it('allows one edit from five letters, two from eight, and a first-letter slip only when the rest is equal', () => {
    expect(typoEdits('fietsen', 'fietsan')).toBe(1);
    expect(typoEdits('fietsen', 'fiatsan')).toBeUndefined();
    expect(typoEdits('alzeimer', 'alzheimr')).toBe(2);
    expect(typoEdits('kastricum', 'castricum')).toBe(1);
    expect(typoEdits('wandelen', 'wandelen')).toBeUndefined();
  });
});

describe('freshness', () => {
  // Titles sort the stale one first, so only the freshness factor can put it second.
  it('sinks a stale activity below an equal recent one', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'stale', titel: 'Schaakclub A', actualiteit: 'verouderd' }),
      entry({ id: 'recent', titel: 'Schaakclub B', actualiteit: 'recent' }),
    ]);
    expect(ids('schaakclub')).toEqual(['recent', 'stale']);
  });

  it('sinks an activity to be checked below an equal recent one', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'check', titel: 'Schaakclub A', actualiteit: 'controleren' }),
      entry({ id: 'recent', titel: 'Schaakclub B' }),
    ]);
    expect(ids('schaakclub')).toEqual(['recent', 'check']);
  });

  it('sinks a paused activity below an equal running one', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'paused', titel: 'Schaakclub A', gepauzeerd: true }),
      entry({ id: 'running', titel: 'Schaakclub B' }),
    ]);
    expect(ids('schaakclub')).toEqual(['running', 'paused']);
  });

  it('still ranks an exact title match on a stale activity above a weaker body match on a fresh one', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'fresh', titel: 'Bridge', samenvatting: 'Daarna de schaakclubavond.' }),
      entry({ id: 'stale', titel: 'Schaakclub', actualiteit: 'verouderd' }),
    ]);
    expect(ids('schaakclub')).toEqual(['stale', 'fresh']);
  });

  it('keeps stale and paused activities findable in an empty search', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'paused', titel: 'A', gepauzeerd: true }),
      entry({ id: 'stale', titel: 'B', actualiteit: 'verouderd' }),
      entry({ id: 'recent', titel: 'C' }),
    ]);
    expect(ids('')).toEqual(['recent', 'stale', 'paused']);
  });
});

describe('scope', () => {
  const scopeOf = (query: string, state: Partial<typeof emptyState> = {}) =>
    resolveScope(parseQuery(query, placeIndex), { ...emptyState, ...state, q: query }, gemeenteOfGebied);

  it('lets a place in the query win over the gebied filter', () => {
    const scope = scopeOf('koffie in ens', { gebied: 'schoorl', gemeente: 'bergen' });
    expect(scope).toEqual({ gebieden: new Set(['ens']), gemeenten: new Set(['noordoostpolder']), fromQuery: true });
  });

  it('reads a gemeente in the query as all its gebieden', () => {
    const scope = scopeOf('bergen');
    expect(scope.gebieden).toEqual(new Set(['schoorl', 'egmond-aan-zee']));
    expect(scope.gemeenten).toEqual(new Set(['bergen']));
    expect(scope.fromQuery).toBe(true);
  });

  it('uses the gebied filter without a place in the query', () => {
    expect(scopeOf('koffie', { gebied: 'marknesse' })).toEqual({
      gebieden: new Set(['marknesse']),
      gemeenten: new Set(['noordoostpolder']),
      fromQuery: false,
    });
  });

  it('uses the gemeente filter without a gebied', () => {
    expect(scopeOf('koffie', { gemeente: 'bergen' })).toEqual({ gemeenten: new Set(['bergen']), fromQuery: false });
  });

  it('covers everything without a place', () => {
    expect(scopeOf('koffie')).toEqual({ fromQuery: false });
  });

  it('decides by gebied when the scope has gebieden, else by gemeente', () => {
    const inEns = entry({ id: 'ens' }).record;
    const inSchoorl = entry({ id: 'schoorl', gemeente: 'bergen', gebieden: ['schoorl'] }).record;
    const inBoth = entry({ id: 'both', gebieden: ['ens', 'marknesse'] }).record;
    const ens: Scope = { gebieden: new Set(['ens']), gemeenten: new Set(['noordoostpolder']), fromQuery: true };
    const marknesse: Scope = { gebieden: new Set(['marknesse']), gemeenten: new Set(['noordoostpolder']), fromQuery: false };
    const bergen: Scope = { gemeenten: new Set(['bergen']), fromQuery: false };
    const everywhere: Scope = { fromQuery: false };
    expect(inScope(inEns, ens)).toBe(true);
    expect(inScope(inEns, marknesse)).toBe(false);
    expect(inScope(inBoth, marknesse)).toBe(true);
    expect(inScope(inSchoorl, bergen)).toBe(true);
    expect(inScope(inEns, bergen)).toBe(false);
    expect([inEns, inSchoorl, inBoth].every((record) => inScope(record, everywhere))).toBe(true);
  });

  it('searches only in the place the query names', () => {
    const { ids } = syntheticSearch([
      entry({ id: 'ens', titel: 'Schaakclub Ens' }),
      entry({ id: 'marknesse', titel: 'Schaakclub Marknesse', gebieden: ['marknesse'] }),
      entry({ id: 'schoorl', titel: 'Schaakclub Schoorl', gemeente: 'bergen', gebieden: ['schoorl'] }),
    ]);
    expect(ids('schaakclub in schoorl', { gebied: 'ens' })).toEqual(['schoorl']);
    expect(ids('schaakclub', { gebied: 'ens' })).toEqual(['ens']);
    expect(ids('schaakclub', { gemeente: 'noordoostpolder' }).sort()).toEqual(['ens', 'marknesse']);
    expect(ids('schaakclub').sort()).toEqual(['ens', 'marknesse', 'schoorl']);
  });
});

describe('filters in a search', () => {
  const { ids } = syntheticSearch([
    entry({ id: 'plain', titel: 'A', doelgroepen: ['volwassenen'] }),
    entry({ id: 'bewegen', titel: 'B', themas: ['bewegen'], doelgroepen: ['ouderen'] }),
    entry({ id: 'gratis', titel: 'C', gratis: true, doelgroepen: ['jongeren'] }),
    entry({ id: 'rolstoel', titel: 'D', rolstoel: true, doelgroepen: ['ouderen'] }),
    entry({ id: 'wor', titel: 'E', welzijnOpRecept: true, doelgroepen: ['mantelzorgers'] }),
    entry({ id: 'dinsdagavond', titel: 'F', dagen: ['dinsdag'], dagdelen: ['avond'], doelgroepen: ['kinderen'] }),
    entry({ id: 'iedereen', titel: 'G', doelgroepen: ['iedereen'], dagen: ['maandag'], dagdelen: ['ochtend'] }),
  ]);
  const filtered = (state: Parameters<typeof ids>[1]) => ids('', state).sort();

  it('keeps only activities with the theme', () => {
    expect(filtered({ thema: 'bewegen' })).toEqual(['bewegen']);
  });

  it('keeps only free activities', () => {
    expect(filtered({ gratis: true })).toEqual(['gratis']);
  });

  it('keeps only activities a wheelchair user can do', () => {
    expect(filtered({ rolstoel: true })).toEqual(['rolstoel']);
  });

  it('keeps only activities for Welzijn op Recept', () => {
    expect(filtered({ wor: true })).toEqual(['wor']);
  });

  it('keeps only activities on the day and in the part of the day', () => {
    expect(filtered({ dag: 'dinsdag' })).toEqual(['dinsdagavond']);
    expect(filtered({ dagdeel: 'avond' })).toEqual(['dinsdagavond']);
    expect(filtered({ dag: 'dinsdag', dagdeel: 'ochtend' })).toEqual([]);
  });

  it('keeps activities for the target group and those for everyone', () => {
    expect(filtered({ doelgroep: 'ouderen' })).toEqual(['bewegen', 'iedereen', 'rolstoel']);
    expect(filtered({ doelgroep: 'kinderen' })).toEqual(['dinsdagavond', 'iedereen']);
  });

  it('applies filters to a query too', () => {
    const { ids: ranked } = syntheticSearch([
      entry({ id: 'paid', titel: 'Schaakclub' }),
      entry({ id: 'free', titel: 'Schaakclub gratis', gratis: true }),
    ]);
    expect(ranked('schaakclub', { gratis: true })).toEqual(['free']);
  });
});

describe('empty query and dates', () => {
  const { search } = syntheticSearch([
    entry({
      id: 'later',
      titel: 'A',
      data: [
        ['2026-11-20', '10:00', '11:00'],
        ['2026-12-02', '10:00', '11:00'],
      ],
    }),
    entry({ id: 'no-date', titel: 'B' }),
    entry({ id: 'today-evening', titel: 'C', data: [['2026-11-23', '19:00', '21:00']] }),
    entry({ id: 'today-morning', titel: 'D', data: [['2026-11-23', '09:00', '10:00']] }),
    entry({ id: 'elsewhere', titel: 'E', gemeente: 'bergen', gebieden: ['schoorl'], data: [['2026-11-24', '10:00', '11:00']] }),
  ]);

  it('returns everything in scope, soonest first and undated last', () => {
    expect(search('', { gemeente: 'noordoostpolder' }).hits.map((hit) => hit.record.id)).toEqual([
      'today-morning',
      'today-evening',
      'later',
      'no-date',
    ]);
  });

  it('treats a query of only stop words as empty', () => {
    expect(search('ik wil graag iets', { gemeente: 'noordoostpolder' }).hits).toHaveLength(4);
  });

  it('gives the first date on or after today as the next date', () => {
    const next = new Map(search('').hits.map((hit) => [hit.record.id, hit.next]));
    expect(next.get('later')).toEqual(['2026-12-02', '10:00', '11:00']);
    expect(next.get('today-morning')).toEqual(['2026-11-23', '09:00', '10:00']);
    expect(next.get('no-date')).toBeUndefined();
  });

  it('has no next date when every date has passed', () => {
    const hit = search('', {}, { today: '2026-12-03' }).hits.find((found) => found.record.id === 'later');
    expect(hit?.next).toBeUndefined();
  });
});

describe('distance from an origin', () => {
  const ens = { lat: 52.6333, lon: 5.8333 };
  const { search } = syntheticSearch([
    entry({ id: 'online', titel: 'Schaken online', opAfstand: true }),
    entry({ id: 'far', titel: 'Schaken', punten: [[52.7, 5.75]] }),
    // Ranks below "far" by score, so only the distance can put it first; its nearest location is its second.
    entry({
      id: 'near',
      titel: 'Schaken in de bieb',
      actualiteit: 'controleren',
      punten: [
        [52.9, 6.0],
        [52.634, 5.834],
      ],
    }),
  ]);

  it('sorts by the nearest location, places without a location last, and sets the distance', () => {
    const hits = search('schaken', {}, { origin: ens }).hits;
    expect(hits.map((hit) => hit.record.id)).toEqual(['near', 'far', 'online']);
    expect(hits[0]!.distance).toBeGreaterThan(0);
    expect(hits[0]!.distance).toBeLessThan(200);
    expect(hits[1]!.distance).toBeGreaterThan(5_000);
    expect(hits[2]!.distance).toBeUndefined();
  });

  it('sets no distance without an origin', () => {
    const hits = search('schaken').hits;
    expect(hits.every((hit) => hit.distance === undefined)).toBe(true);
    expect(hits[0]!.record.id).not.toBe('near');
  });
});

describe('unknown words and suggestions', () => {
  const { search } = syntheticSearch([
    entry({ id: 'schaak', titel: 'Schaken' }),
    entry({ id: 'koffie', titel: 'Koffieochtend', themas: ['ontmoeten'] }),
  ]);

  it('reports words that match nothing, in query order', () => {
    const outcome = search('xqzvw schokan');
    expect(outcome.hits).toEqual([]);
    expect(outcome.unknownWords).toEqual(['xqzvw', 'schokan']);
  });

  it('suggests nothing for a word with no near neighbour', () => {
    expect(search('xqzvwpt').suggestions).toEqual([]);
  });

  // A swap of two letters is one edit, so it matches; a word two edits off does not match but is suggested.
  it('finds a word with a swapped pair of letters as a typo', () => {
    expect(search('schakne').unknownWords).toEqual([]);
    expect(search('schakne').hits.length).toBeGreaterThan(0);
  });

  it('suggests the nearest existing word when a word is too far off to match', () => {
    const outcome = search('schokan');
    expect(outcome.unknownWords).toEqual(['schokan']);
    expect(outcome.suggestions).toEqual([{ word: 'schokan', suggestion: 'schaken' }]);
  });

  it('reports nothing when every word is found', () => {
    const outcome = search('schaken');
    expect(outcome.unknownWords).toEqual([]);
    expect(outcome.suggestions).toEqual([]);
  });

  it('does not report a concept word that no activity contains', () => {
    // "eenzaam" stands for a theme; the theme finds the koffieochtend.
    const outcome = search('eenzaam');
    expect(outcome.hits.map((hit) => hit.record.id)).toEqual(['koffie']);
    expect(outcome.unknownWords).toEqual([]);
  });

  // Bug: the extra index words of a concept ("inloop", "buurtkamer" for "koffie") are reported as
  // unknown query words when the shards lack them, although the resident never typed them.
  it('does not report the extra words of a concept as unknown', () => {
    expect(search('koffie').unknownWords).toEqual([]);
  });
});

describe('several shards', () => {
  const entries = [
    entry({ id: 'ens-schaak', titel: 'Schaakclub Ens', themas: ['ontmoeten'] }),
    entry({ id: 'ens-koffie', titel: 'Koffieochtend', samenvatting: 'Ook schaken en wandelen.', themas: ['ontmoeten'] }),
    entry({ id: 'ens-wandel', titel: 'Wandelgroep', data: [['2026-11-25', '10:00', '11:00']] }),
    entry({ id: 'schoorl-schaak', titel: 'Schaken in Schoorl', gemeente: 'bergen', gebieden: ['schoorl'], actualiteit: 'controleren' }),
    entry({
      id: 'schoorl-wandel',
      titel: 'Duinwandeling',
      gemeente: 'bergen',
      gebieden: ['schoorl'],
      samenvatting: 'Wandelen in de duinen.',
    }),
    entry({
      id: 'egmond-koffie',
      titel: 'Inloop',
      gemeente: 'bergen',
      gebieden: ['egmond-aan-zee'],
      themas: ['ontmoeten'],
      klachten: ['eenzaamheid'],
    }),
  ];
  const one = syntheticSearch(entries);
  const shards = shardsOf(entries);
  const two = syntheticSearch(entries, shards);

  it('splits the fixture into two shards', () => {
    expect(shards.map((shard) => shard.gemeente)).toEqual(['noordoostpolder', 'bergen']);
  });

  it.each(['schaken', 'wandelen', 'eenzaam', 'koffie', 'schaakclub', 'wand', '', 'schakne'])(
    'ranks "%s" the same as one shard with all records',
    (query) => {
      const rank = (outcome: ReturnType<typeof one.search>) => outcome.hits.map((hit) => [hit.record.id, hit.score]);
      const single = one.search(query);
      const merged = two.search(query);
      expect(rank(merged)).toEqual(rank(single));
      expect(merged.unknownWords).toEqual(single.unknownWords);
      expect(merged.suggestions).toEqual(single.suggestions);
    },
  );

  it('knows every word of both shards once', () => {
    expect(two.index.wordCount).toBe(buildShard('all', entries).woorden.length);
    expect(two.index.records.map((record) => record.id).sort()).toEqual(entries.map((item) => item.record.id).sort());
  });
});

describe('bad input', () => {
  const { search, ids } = syntheticSearch([entry({ id: 'wandel', titel: 'Wandelgroep' }), entry({ id: 'koffie', titel: 'Koffieochtend' })]);

  // Checked by what is searched, not by a stopwatch: a timing limit fails on a busy machine.
  it('finds the walking group in a 10,000-character query, searching only its first 200 characters', () => {
    const long = 'wandelen '.repeat(1_112);
    const outcome = search(long);
    expect(outcome.hits.map((hit) => hit.record.id)).toEqual(['wandel']);
    expect(outcome).toEqual(search(long.slice(0, MAX_QUERY_LENGTH)));
  });

  it('treats punctuation and emoji as an empty query', () => {
    expect(ids('?!…').sort()).toEqual(['koffie', 'wandel']);
    expect(ids('😀🚶').sort()).toEqual(['koffie', 'wandel']);
  });

  it('does not throw on HTML and finds the word inside it', () => {
    expect(() => search('<script>alert(1)</script>')).not.toThrow();
    expect(search('<script>alert(1)</script>').hits).toEqual([]);
    expect(ids('<b>wandelen</b>')).toEqual(['wandel']);
  });

  it('does not throw on regular-expression characters or a lone surrogate', () => {
    expect(() => search('(.*+?[')).not.toThrow();
    expect(() => search('\uD83D wandel')).not.toThrow();
    expect(ids('\uD83D wandel')).toEqual(['wandel']);
  });
});

describe('topic before place', () => {
  const ensCentre = { lat: 52.634, lon: 5.8 };
  const entries = [
    entry({ id: 'weak-in-ens', titel: 'Beweegtuin', gebieden: ['ens'], themas: ['bewegen'], punten: [[52.634, 5.8]] }),
    entry({ id: 'walk-far', titel: 'Wandelgroep Noord', gebieden: ['marknesse'], themas: ['bewegen'], punten: [[52.72, 5.87]] }),
    entry({ id: 'walk-near', titel: 'Wandelgroep Zuid', gebieden: ['marknesse'], themas: ['bewegen'], punten: [[52.66, 5.83]] }),
    entry({ id: 'choir', titel: 'Koor', gebieden: ['marknesse'], themas: ['creatief'], punten: [[52.64, 5.81]] }),
  ];
  const { search } = syntheticSearch(entries);

  it('shows the good matches outside the place, nearest first, when the place has only weak ones', () => {
    const outcome = search('wandelgroep ens', {}, { placeCentre: ensCentre });
    expect(outcome.elsewhere).toBe(true);
    expect(outcome.hits.map((hit) => hit.record.id)).toEqual(['walk-near', 'walk-far']);
    expect(outcome.hits[0]!.distance).toBeGreaterThan(0);
  });

  it('stays in the place without a centre to measure from, or when the place matches well', () => {
    expect(search('wandelgroep ens').hits.map((hit) => hit.record.id)).toEqual(['weak-in-ens']);
    const good = search('beweegtuin ens', {}, { placeCentre: ensCentre });
    expect(good.elsewhere).toBeUndefined();
    expect(good.hits.map((hit) => hit.record.id)).toEqual(['weak-in-ens']);
  });

  it('also works for a gebied chosen as a filter', () => {
    expect(search('wandelgroep', { gebied: 'ens' }, { placeCentre: ensCentre }).elsewhere).toBe(true);
  });
});

describe('the real content', () => {
  const content = contentSearch();
  const gebiedenOf = (id: string) => content.index.records.find((record) => record.id === id)!.gebieden;

  it('puts the topic before the place for "wandelen ens": Ens has no walking group, so the walking nearby comes first, nearest first', () => {
    const outcome = content.search('wandelen ens');
    expect(outcome.elsewhere).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.hits.filter((hit) => hit.record.gebieden.includes('ens'))).toEqual([]);
    expect(outcome.hits[0]!.record.titel.toLowerCase()).toMatch(/wandel/);
    const distances = outcome.hits.map((hit) => hit.distance ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('keeps the place when it has a good match for the topic', () => {
    const outcome = content.search('koffie ens');
    expect(outcome.elsewhere).toBeUndefined();
    expect(outcome.hits.every((hit) => hit.record.gebieden.includes('ens'))).toBe(true);
  });

  it('ranks the walking club first for "wandelen marknesse"', () => {
    const hits = content.search('wandelen marknesse').hits;
    expect(hits.every((hit) => hit.record.gebieden.includes('marknesse'))).toBe(true);
    expect(hits[0]!.record.titel.toLowerCase()).toMatch(/wandel/);
  });

  it('searches both Egmonds for "Egmond"', () => {
    const outcome = content.search('Egmond');
    const egmond = new Set(['egmond-aan-zee', 'egmond-binnen']);
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.hits.filter((hit) => !gebiedenOf(hit.record.id).some((id) => egmond.has(id)))).toEqual([]);
    const covered = new Set(outcome.hits.flatMap((hit) => hit.record.gebieden).filter((id) => egmond.has(id)));
    expect([...covered].sort()).toEqual(['egmond-aan-zee', 'egmond-binnen']);
  });

  it('finds an Alzheimer activity for the typo "alzeimer"', () => {
    const [first] = content.search('alzeimer').hits;
    expect(first?.record.themas).toContain('geheugen');
  });
});

describe('typos are only looked for when a word exists in no form', () => {
  it('does not turn a word that exists into its neighbours', () => {
    const { ids } = syntheticSearch([entry({ id: 'taal', titel: 'Taalcafé' }), entry({ id: 'zaal', titel: 'Zaalvoetbal' })]);
    expect(ids('taal')).toEqual(['taal']);
  });

  it('corrects a word that exists in no form', () => {
    const { ids } = syntheticSearch([entry({ id: 'schaak', titel: 'Schaakclub' })]);
    expect(ids('schaakclup')).toEqual(['schaak']);
  });
});

describe('a page of results', () => {
  it('picks the same first items as a full sort, in order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = Array.from({ length: 500 }, () => Math.floor(random() * 50));
    const items = values.map((_, index) => index);
    const compare = (a: number, b: number) => values[a]! - values[b]! || a - b;
    for (const limit of [0, 1, 20, 499, 500])
      expect(smallest(items, limit, compare), `limit ${limit}`).toEqual([...items].sort(compare).slice(0, limit));
  });

  it('returns the first hits of the full ranking and still counts them all', () => {
    const entries = Array.from({ length: 40 }, (_, index) =>
      entry({ id: `wandel-${index}`, titel: `Wandelgroep ${index}`, actualiteit: index % 3 === 0 ? 'verouderd' : 'recent' }),
    );
    const { search } = syntheticSearch(entries);
    const all = search('wandelen');
    const page = search('wandelen', {}, { limit: 10 });
    expect(page.total).toBe(all.total);
    expect(all.total).toBe(40);
    expect(page.hits.map((hit) => hit.record.id)).toEqual(all.hits.slice(0, 10).map((hit) => hit.record.id));
  });
});

describe('a corrected typo goes through the concept map like the word typed right', () => {
  const content = contentSearch();
  const pairs = [
    ['wandelen', 'wandlen'],
    ['eenzaamheid', 'eenzaamheit'],
    ['eenzaam', 'eenzam'],
    ['mantelzorger', 'mantelzorgr'],
    ['dementie', 'dementei'],
    ['vrijwilligerswerk', 'vrijwiligerswerk'],
    ['somberheid', 'somberhied'],
    ['schulden', 'schuldne'],
    ['gymnastiek', 'gymnastik'],
    ['fietsen', 'fiestsen'],
  ] as const;

  it.each(pairs)('"%s" and its typo "%s": the typo finds every activity the word finds', (word, typo) => {
    const right = content.search(word).hits.map((hit) => hit.record.id);
    const typed = new Set(content.search(typo).hits.map((hit) => hit.record.id));
    expect(right.length).toBeGreaterThan(0);
    expect(right.filter((id) => !typed.has(id))).toEqual([]);
  });

  it('corrects only words that exist in no form, to one nearest concept word with the same first letter', () => {
    const { index } = syntheticSearch([entry({ id: 'roken', titel: 'Stoppen met roken' })]);
    const corrections = (query: string) => Object.fromEntries(index.conceptCorrections(parseQuery(query, placeIndex)));
    expect(corrections('wandlen')).toEqual({ wandlen: 'wandelen' });
    // "roken" is in the index, so it is no typo of "koken"; "stoppen" starts no concept word one edit away.
    expect(corrections('roken stoppen')).toEqual({});
  });
});
