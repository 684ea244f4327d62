/** What a search result says about when, for the visitor's today: never a past date. */
import { describe, expect, it } from 'vitest';
import { hitWhenText, topicElsewhereSentence, topicText } from '../../../src/lib/search/present';
import { parseQuery } from '../../../src/lib/search/query';
import { placeIndex } from './synthetic-records';
import { ASK_WHEN_NEXT } from '../../../src/lib/upcoming';
import { entry, syntheticSearch } from './synthetic-records';

const weekly = entry({
  id: 'koffie',
  titel: 'Koffie',
  data: [
    ['2026-11-24', '10:00', '11:30'],
    ['2026-12-01', '10:00', '11:30'],
  ],
});
const byAppointment = entry({ id: 'schuldhulp', titel: 'Schuldhulp', opAfspraak: true });
const paused = entry({ id: 'bingo', titel: 'Bingo', gepauzeerd: true });
const { search } = syntheticSearch([weekly, byAppointment, paused]);
const whenOn = (today: string, word: string) => hitWhenText(search(word, {}, { today }).hits[0]!);

describe('hitWhenText', () => {
  it("gives the first stored date on or after the visitor's today", () => {
    expect(whenOn('2026-11-23', 'koffie')).toBe('Volgende keer: dinsdag 24 november, 10.00 tot 11.30 uur');
    expect(whenOn('2026-11-25', 'koffie')).toBe('Volgende keer: dinsdag 1 december, 10.00 tot 11.30 uur');
  });

  it('asks to contact the organisation once every stored date has passed', () => {
    expect(whenOn('2026-12-02', 'koffie')).toBe(ASK_WHEN_NEXT);
  });

  it('keeps its own words for an activity by appointment or a paused one', () => {
    expect(whenOn('2026-12-02', 'schuldhulp')).toBe('Op afspraak');
    expect(whenOn('2026-12-02', 'bingo')).toBe('Tijdelijk gestopt');
  });
});

describe('topic before place', () => {
  const topic = (typed: string) => topicText(typed, parseQuery(typed, placeIndex));

  it("names the topic in the visitor's own spelling, without the place and stop words", () => {
    expect(topic('Wandelen in Ens')).toBe('wandelen');
    expect(topic('yoga ens')).toBe('yoga');
    expect(topic('Ik zoek een koor in Marknesse')).toBe('koor');
  });

  it('says the place has nothing for the topic and what follows', () => {
    expect(topicElsewhereSentence('Ens', 'wandelen')).toBe('In Ens vonden we niets voor "wandelen". Dit is er in de buurt:');
    expect(topicElsewhereSentence('Ens', '')).toBe('In Ens vonden we niets. Dit is er in de buurt:');
  });
});
