import { describe, expect, it } from 'vitest';
import { clusterLabel, inViewNote, placeLabel, remoteNote } from '../../../src/lib/map/labels';

describe('map texts', () => {
  it('names a place by what is there', () => {
    expect(placeLabel('Dorpshuis De Zuidwester', ['Koffie-inloop', 'Dorpsontbijt', 'Jongerenavond'])).toBe(
      'Dorpshuis De Zuidwester: 3 activiteiten',
    );
    expect(placeLabel('Beweegtuin', ['Bewegen in de beweegtuin'])).toBe('Beweegtuin: Bewegen in de beweegtuin');
  });

  it('names a cluster and says what choosing it does', () => {
    expect(clusterLabel(12, 12)).toBe('Groep van 12 plekken. Kies om in te zoomen.');
    expect(clusterLabel(3, 5)).toBe('Groep van 3 plekken met 5 activiteiten. Kies om in te zoomen.');
    expect(clusterLabel(2, 1 + 1)).toBe('Groep van 2 plekken. Kies om in te zoomen.');
  });

  it('says how many activities have no place on the map', () => {
    expect(remoteNote(0)).toBe('');
    expect(remoteNote(1)).toBe('1 activiteit is online of bij u thuis. Die staat niet op de kaart.');
    expect(remoteNote(3)).toBe('3 activiteiten zijn online of bij u thuis. Die staan niet op de kaart.');
  });

  it('says what the list shows when it follows the map', () => {
    expect(inViewNote(12, 12)).toBe('U ziet alle 12 activiteiten.');
    expect(inViewNote(1, 12)).toBe('U ziet 1 van de 12 activiteiten. De rest ligt buiten de kaart.');
  });
});
