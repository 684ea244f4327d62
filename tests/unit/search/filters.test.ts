/** The search state in the URL: reading it, writing it back, and what the filters keep. */
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  emptyState,
  parseSearchParams,
  passesFilters,
  whenRange,
  SEARCH_STATE_NAMES,
  toSearchParams,
  type KnownPlaces,
  type SearchState,
} from '../../../src/lib/search/filters';
import { hrefWithState } from '../../../src/lib/url-state';
import type { SearchRecord } from '../../../src/lib/search/record';
import { entry } from './synthetic-records';

const known: KnownPlaces = {
  gemeenten: new Set(['noordoostpolder', 'bergen']),
  gebieden: new Map([
    ['ens', 'noordoostpolder'],
    ['marknesse', 'noordoostpolder'],
    ['schoorl', 'bergen'],
  ]),
};

const parse = (query: string) => parseSearchParams(new URLSearchParams(query), known);

/** Every field set, and a gebied that lies in the gemeente. */
const fullState: SearchState = {
  q: 'koffie drinken',
  gemeente: 'noordoostpolder',
  gebied: 'ens',
  thema: 'ontmoeten',
  doelgroep: 'ouderen',
  dag: 'dinsdag',
  dagdeel: 'ochtend',
  taal: 'ar',
  wanneer: 'dit-weekend',
  gratis: true,
  rolstoel: true,
  wor: true,
  plek: true,
  bij: 'marknesse',
};

describe('parseSearchParams', () => {
  it('reads every parameter', () => {
    const { state, ignored } = parse(
      'q=koffie+drinken&gemeente=noordoostpolder&gebied=ens&thema=ontmoeten&doelgroep=ouderen&dag=dinsdag&dagdeel=ochtend&taal=ar&wanneer=dit-weekend&gratis=1&rolstoel=ja&wor=on&plek=1&bij=marknesse',
    );
    expect(state).toStrictEqual(fullState);
    expect(ignored).toEqual([]);
  });

  it('gives the empty state for an empty query string', () => {
    expect(parse('')).toStrictEqual({ state: emptyState, ignored: [] });
  });

  it('accepts every word for yes', () => {
    for (const yes of ['1', 'ja', 'true', 'on']) expect(parse(`gratis=${yes}`).state.gratis).toBe(true);
  });

  it('trims values before it checks them', () => {
    expect(parse('thema=%20bewegen%20').state.thema).toBe('bewegen');
  });

  it('drops unknown values and reports each one', () => {
    const { state, ignored } = parse(
      'thema=onzin&gebied=atlantis&gratis=misschien&dag=maandagg&dagdeel=nacht&doelgroep=honden&gemeente=nergens&bij=atlantis',
    );
    expect(state).toStrictEqual(emptyState);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...ignored].sort(byName)).toEqual(
      [
        { name: 'thema', value: 'onzin' },
        { name: 'gebied', value: 'atlantis' },
        { name: 'gratis', value: 'misschien' },
        { name: 'dag', value: 'maandagg' },
        { name: 'dagdeel', value: 'nacht' },
        { name: 'doelgroep', value: 'honden' },
        { name: 'gemeente', value: 'nergens' },
        { name: 'bij', value: 'atlantis' },
      ].sort(byName),
    );
  });

  it('keeps the known values next to an unknown one', () => {
    const { state, ignored } = parse('q=yoga&thema=onzin&gratis=1');
    expect(state).toStrictEqual({ ...emptyState, q: 'yoga', gratis: true });
    expect(ignored).toEqual([{ name: 'thema', value: 'onzin' }]);
  });

  it('does not report empty values or parameters it does not know', () => {
    const { state, ignored } = parse('thema=&gebied=%20&utm_source=nieuwsbrief');
    expect(state).toStrictEqual(emptyState);
    expect(ignored).toEqual([]);
  });

  it('drops a gemeente that does not contain the gebied, and keeps the gebied', () => {
    const { state, ignored } = parse('gemeente=bergen&gebied=ens');
    expect(state.gebied).toBe('ens');
    expect(state).not.toHaveProperty('gemeente');
    expect(ignored).toEqual([{ name: 'gemeente', value: 'bergen' }]);
  });

  it('keeps a gemeente that contains the gebied', () => {
    const { state, ignored } = parse('gemeente=noordoostpolder&gebied=ens');
    expect(state.gemeente).toBe('noordoostpolder');
    expect(ignored).toEqual([]);
  });

  it('cuts q off at 200 characters', () => {
    expect(parse(`q=${'a'.repeat(300)}`).state.q).toBe('a'.repeat(200));
  });

  it('leaves out the keys of filters that are not set', () => {
    expect(Object.keys(parse('thema=bewegen').state).sort()).toEqual(['gratis', 'plek', 'q', 'rolstoel', 'thema', 'wor']);
  });
});

describe('toSearchParams', () => {
  it('gives back the same state after parsing', () => {
    const states: SearchState[] = [
      fullState,
      emptyState,
      { ...emptyState, q: 'wandelen in ens' },
      { ...emptyState, gebied: 'schoorl', rolstoel: true },
      { ...emptyState, gemeente: 'bergen', wor: true, bij: 'schoorl' },
      { ...emptyState, q: 'café & thee?=ja', doelgroep: 'iedereen' },
    ];
    for (const state of states) expect(parse(toSearchParams(state).toString()).state).toStrictEqual(state);
  });

  it('writes the parameters in a fixed order', () => {
    expect(toSearchParams(fullState).toString()).toBe(
      'q=koffie+drinken&gemeente=noordoostpolder&gebied=ens&thema=ontmoeten&doelgroep=ouderen&dag=dinsdag&dagdeel=ochtend&taal=ar&wanneer=dit-weekend&gratis=1&rolstoel=1&wor=1&plek=1&bij=marknesse',
    );
  });

  it('gives equal links for equal states built in a different order', () => {
    const reordered: SearchState = {
      bij: 'marknesse',
      plek: true,
      wanneer: 'dit-weekend',
      taal: 'ar',
      wor: true,
      rolstoel: true,
      gratis: true,
      dagdeel: 'ochtend',
      dag: 'dinsdag',
      doelgroep: 'ouderen',
      thema: 'ontmoeten',
      gebied: 'ens',
      gemeente: 'noordoostpolder',
      q: 'koffie drinken',
    };
    expect(toSearchParams(reordered).toString()).toBe(toSearchParams(fullState).toString());
  });

  it('leaves out empty values, switches that are off and a q of only spaces', () => {
    expect(toSearchParams(emptyState).toString()).toBe('');
    expect(toSearchParams({ ...emptyState, q: '   ', thema: 'bewegen' }).toString()).toBe('thema=bewegen');
  });
});

describe('SEARCH_STATE_NAMES', () => {
  it('names every parameter a state can write, in the order it writes them', () => {
    expect([...toSearchParams(fullState).keys()]).toEqual([...SEARCH_STATE_NAMES]);
  });
});

describe('a search box on another page', () => {
  it('gives a link the search page reads back to the same words and place', () => {
    const href = hrefWithState('/zoeken/', [
      ['q', ' café & thee?=ja '],
      ['gebied', 'schoorl'],
    ]);
    expect(href).toBe('/zoeken/#q=caf%C3%A9+%26+thee%3F%3Dja&gebied=schoorl');
    const { state } = parseSearchParams(new URLSearchParams(href.slice(href.indexOf('#') + 1)), known);
    expect(state).toStrictEqual({ ...emptyState, q: 'café & thee?=ja', gebied: 'schoorl' });
  });
});

describe('passesFilters', () => {
  const record = entry({
    id: 'koffie',
    themas: ['ontmoeten', 'samen-eten'],
    doelgroepen: ['ouderen'],
    dagen: ['dinsdag', 'donderdag'],
    dagdelen: ['ochtend'],
    gratis: true,
    rolstoel: false,
    welzijnOpRecept: true,
  }).record;
  const TODAY = '2026-11-23';
  const passes = (state: Partial<SearchState>) => passesFilters(record, { ...emptyState, ...state }, TODAY);

  it('passes without filters', () => {
    expect(passes({})).toBe(true);
  });

  it('checks each filter on its own', () => {
    expect(passes({ thema: 'samen-eten' })).toBe(true);
    expect(passes({ thema: 'bewegen' })).toBe(false);
    expect(passes({ doelgroep: 'ouderen' })).toBe(true);
    expect(passes({ doelgroep: 'jongeren' })).toBe(false);
    expect(passes({ dag: 'donderdag' })).toBe(true);
    expect(passes({ dag: 'zondag' })).toBe(false);
    expect(passes({ dagdeel: 'ochtend' })).toBe(true);
    expect(passes({ dagdeel: 'avond' })).toBe(false);
    expect(passes({ gratis: true })).toBe(true);
    expect(passes({ wor: true })).toBe(true);
    expect(passes({ rolstoel: true })).toBe(false);
  });

  it('needs every filter to pass', () => {
    expect(passes({ thema: 'ontmoeten', dag: 'dinsdag', gratis: true })).toBe(true);
    expect(passes({ thema: 'ontmoeten', dag: 'dinsdag', rolstoel: true })).toBe(false);
  });

  it('lets an activity for everyone pass any target group', () => {
    const forEveryone = entry({ id: 'iedereen', doelgroepen: ['iedereen'] }).record;
    expect(passesFilters(forEveryone, { ...emptyState, doelgroep: 'jongeren' }, TODAY)).toBe(true);
    expect(passesFilters(forEveryone, { ...emptyState, doelgroep: 'mantelzorgers' }, TODAY)).toBe(true);
  });

  it('"heeft plek" keeps only a current "vrij": unknown, expired, a waiting list or full never pass', () => {
    const withPlace = (plaats: SearchRecord['plaats']) => entry({ id: 'groep', ...(plaats ? { plaats } : {}) }).record;
    const plek = { ...emptyState, plek: true };
    expect(passesFilters(withPlace({ status: 'vrij', geldigTot: TODAY }), plek, TODAY)).toBe(true);
    expect(passesFilters(withPlace({ status: 'vrij', geldigTot: '2026-11-22' }), plek, TODAY)).toBe(false);
    expect(passesFilters(withPlace({ status: 'wachtlijst', geldigTot: '2027-01-01' }), plek, TODAY)).toBe(false);
    expect(passesFilters(withPlace({ status: 'vol', geldigTot: '2027-01-01' }), plek, TODAY)).toBe(false);
    expect(passesFilters(withPlace(undefined), plek, TODAY)).toBe(false);
    expect(passesFilters(withPlace(undefined), emptyState, TODAY)).toBe(true);
  });

  it('checks the spoken language; Dutch is no choice, as every activity speaks it', () => {
    const arabic = entry({ id: 'ar', talen: ['nl', 'ar'] }).record;
    expect(passesFilters(arabic, { ...emptyState, taal: 'ar' }, TODAY)).toBe(true);
    expect(passesFilters(arabic, { ...emptyState, taal: 'tr' }, TODAY)).toBe(false);
    expect(parse('taal=nl')).toStrictEqual({ state: emptyState, ignored: [{ name: 'taal', value: 'nl' }] });
  });

  it('checks "wanneer" against the stored coming dates, from the given today', () => {
    // Monday 23 November 2026: the week runs to Sunday 29, the weekend is 28 and 29.
    const on = (...dates: string[]) =>
      entry({ id: 'x', data: dates.map((date): [string, string, string] => [date, '10:00', '12:00']) }).record;
    const when = (record: ReturnType<typeof on>, wanneer: SearchState['wanneer'], today = '2026-11-23') =>
      passesFilters(record, { ...emptyState, wanneer }, today);
    expect(when(on('2026-11-23'), 'vandaag')).toBe(true);
    expect(when(on('2026-11-24'), 'vandaag')).toBe(false);
    expect(when(on('2026-11-29'), 'deze-week')).toBe(true);
    expect(when(on('2026-11-30'), 'deze-week')).toBe(false);
    expect(when(on('2026-11-27'), 'dit-weekend')).toBe(false);
    expect(when(on('2026-11-28'), 'dit-weekend')).toBe(true);
    expect(when(on('2026-11-22', '2026-12-05'), 'deze-week')).toBe(false);
    // On a Sunday "dit weekend" is that day alone; Saturday is past.
    expect(when(on('2026-11-28'), 'dit-weekend', '2026-11-29')).toBe(false);
    expect(when(on('2026-11-29'), 'dit-weekend', '2026-11-29')).toBe(true);
  });

  it('gives the first and last date of each period', () => {
    expect(whenRange('vandaag', '2026-11-25')).toEqual(['2026-11-25', '2026-11-25']);
    expect(whenRange('deze-week', '2026-11-25')).toEqual(['2026-11-25', '2026-11-29']);
    expect(whenRange('dit-weekend', '2026-11-25')).toEqual(['2026-11-28', '2026-11-29']);
    expect(whenRange('dit-weekend', '2026-11-28')).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('does not let place or distance decide', () => {
    expect(passes({ gemeente: 'bergen', gebied: 'schoorl', bij: 'schoorl', q: 'yoga' })).toBe(true);
  });
});

describe('activeFilters', () => {
  it('gives nothing for a state with only words and an origin', () => {
    expect(activeFilters({ ...emptyState, q: 'koffie', bij: 'ens' })).toEqual([]);
  });

  it('gives one entry per active filter, each with a state without it', () => {
    const active = activeFilters(fullState);
    expect(active.map((filter) => filter.key)).toEqual([
      'gebied',
      'gemeente',
      'thema',
      'doelgroep',
      'dag',
      'dagdeel',
      'taal',
      'wanneer',
      'gratis',
      'rolstoel',
      'wor',
      'plek',
    ]);
    for (const { key, without } of active) {
      expect(without[key], key).toBeFalsy();
      // Everything else is untouched.
      const { [key]: _dropped, ...rest } = fullState;
      const { [key]: _gone, ...restWithout } = without;
      expect(restWithout, key).toStrictEqual(rest);
    }
  });

  it('turns a switch off rather than removing it', () => {
    const [gratis] = activeFilters({ ...emptyState, gratis: true });
    expect(gratis).toEqual({ key: 'gratis', without: emptyState });
  });

  it('removes a choice, so the link loses the parameter', () => {
    const [thema] = activeFilters({ ...emptyState, thema: 'bewegen' });
    expect(thema!.without).toStrictEqual(emptyState);
    expect(toSearchParams(thema!.without).toString()).toBe('');
  });

  it('does not change the state it was given', () => {
    const state: SearchState = { ...emptyState, thema: 'bewegen', gratis: true };
    activeFilters(state);
    expect(state).toStrictEqual({ ...emptyState, thema: 'bewegen', gratis: true });
  });
});
