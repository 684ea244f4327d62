/**
 * Theme pages do not grow with the country (issue #14, item 4): the national page of a theme holds one count
 * per gemeente, the activities are on the page of the theme in one gemeente, grouped per dorp or wijk.
 */
import { describe, expect, it } from 'vitest';
import { themeActivitiesPerGebied, themeCountsPerGemeente, themeHref, themeHrefNearby } from '../../src/lib/theme-overview';
import type { ThemeId } from '../../src/lib/taxonomy';
import { professionalsGemeenteTitle, themeGemeenteTitle } from '../../src/lib/page-title';

interface Activity {
  id: string;
  gebied: string;
  data: { themas: ThemeId[] };
}

/** A synthetic country: `gemeenten` gemeenten of 3 gebieden, each gebied with `perGebied` activities, every second one about bewegen. */
function country(gemeenten: number, perGebied: number) {
  const list = Array.from({ length: gemeenten }, (_, g) => ({
    id: `gemeente-${g}`,
    gebieden: [0, 1, 2].map((b) => ({ id: `gebied-${g}-${b}` })),
  }));
  const activities: Activity[] = list.flatMap((gemeente) =>
    gemeente.gebieden.flatMap((gebied) =>
      Array.from({ length: perGebied }, (_, a) => ({
        id: `${gebied.id}-${a}`,
        gebied: gebied.id,
        data: { themas: (a % 2 === 0 ? ['bewegen'] : ['ontmoeten']) as ThemeId[] },
      })),
    ),
  );
  const ofGebied = (id: string) => activities.filter((activity) => activity.gebied === id);
  const ofGemeente = (id: string) => activities.filter((activity) => activity.gebied.startsWith(`gebied-${id.slice('gemeente-'.length)}-`));
  return { gemeenten: list, ofGebied, ofGemeente };
}

describe('the national page of a theme', () => {
  it('holds one count per gemeente that has the theme, and leaves out the others', () => {
    const { gemeenten, ofGemeente } = country(3, 4);
    const counts = themeCountsPerGemeente(gemeenten, ofGemeente, 'bewegen');
    expect(counts.map(({ gemeente, count }) => [gemeente.id, count])).toEqual([
      ['gemeente-0', 6],
      ['gemeente-1', 6],
      ['gemeente-2', 6],
    ]);
    expect(themeCountsPerGemeente(gemeenten, ofGemeente, 'geldzaken')).toEqual([]);
  });

  it('holds no activity, however many there are: each line is a gemeente and a number', () => {
    for (const perGebied of [2, 200]) {
      const { gemeenten, ofGemeente } = country(5, perGebied);
      const lines = themeCountsPerGemeente(gemeenten, ofGemeente, 'bewegen');
      expect(lines).toHaveLength(5);
      for (const line of lines) {
        expect(Object.keys(line).sort()).toEqual(['count', 'gemeente']);
        expect(line.count).toBe((perGebied * 3) / 2);
      }
    }
  });

  it('grows by one line per gemeente, not by its activities', () => {
    const lines = (gemeenten: number) => {
      const country_ = country(gemeenten, 50);
      return themeCountsPerGemeente(country_.gemeenten, country_.ofGemeente, 'bewegen').length;
    };
    expect(lines(1)).toBe(1);
    expect(lines(170)).toBe(170);
  });
});

describe('the page of a theme in one gemeente', () => {
  it('lists the activities with the theme per dorp or wijk, leaving out a dorp without any', () => {
    const { gemeenten, ofGebied } = country(2, 3);
    const groups = themeActivitiesPerGebied(gemeenten[1]!.gebieden, ofGebied, 'bewegen');
    expect(groups.map(({ gebied, activities }) => [gebied.id, activities.map((activity) => activity.id)])).toEqual([
      ['gebied-1-0', ['gebied-1-0-0', 'gebied-1-0-2']],
      ['gebied-1-1', ['gebied-1-1-0', 'gebied-1-1-2']],
      ['gebied-1-2', ['gebied-1-2-0', 'gebied-1-2-2']],
    ]);
    expect(themeActivitiesPerGebied(gemeenten[1]!.gebieden, ofGebied, 'geldzaken')).toEqual([]);
  });

  it('has its own address and title', () => {
    expect(themeHref('bewegen')).toBe('/themas/bewegen/');
    expect(themeHref('bewegen', 'noordoostpolder')).toBe('/themas/bewegen/noordoostpolder/');
    expect(themeGemeenteTitle('Bewegen', 'Noordoostpolder')).toBe('Bewegen in Noordoostpolder');
    expect(professionalsGemeenteTitle('Bergen')).toBe('Voor professionals: Bergen');
  });

  it('is where a dorp without the theme links, when its gemeente has it; else the national page', () => {
    const { ofGemeente } = country(1, 2);
    expect(themeHrefNearby('bewegen', 'gemeente-0', ofGemeente('gemeente-0'))).toBe('/themas/bewegen/gemeente-0/');
    expect(themeHrefNearby('geldzaken', 'gemeente-0', ofGemeente('gemeente-0'))).toBe('/themas/geldzaken/');
  });
});
