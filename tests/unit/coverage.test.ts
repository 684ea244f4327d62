import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  coverageCsv,
  coverageRow,
  gemeenteCoverageSummary,
  isGap,
  professionalsGemeenteHref,
  speerpuntCoverage,
  toCheckByOrganisation,
  type CoverageActivity,
  type CoverageGebied,
} from '../../src/lib/coverage';
import { validateFile } from '../../src/lib/content-validation';
import { themes } from '../../src/lib/taxonomy';

const ens: CoverageGebied = {
  id: 'ens',
  naam: 'Ens',
  gemeente: 'noordoostpolder',
  gemeenteNaam: 'Noordoostpolder',
  speerpunten: {
    jaar: 2026,
    punten: [
      'Meer inwoners kennen positieve gezondheid.',
      { tekst: 'Meer bewegen voor ouderen.', themas: ['bewegen'], doelgroepen: ['ouderen'] },
      { tekst: 'Hulp bij geldzaken.', themas: ['geldzaken'] },
      { tekst: 'Jongeren doen mee.', doelgroepen: ['jongeren'] },
    ],
  },
};

function activity(themas: string[], doelgroepen: string[], extra: Partial<CoverageActivity> = {}): CoverageActivity {
  return {
    listed: true,
    freshness: 'recent',
    checkedOn: '2026-11-01',
    data: { gebieden: ['ens'], themas, doelgroepen, welzijnOpRecept: undefined } as CoverageActivity['data'],
    organisatie: { id: 'welzijn', naam: 'Welzijn' },
    ...extra,
  };
}

const activities = [
  activity(['bewegen'], ['ouderen']),
  activity(['bewegen', 'ontmoeten'], ['iedereen']),
  activity(['geldzaken'], ['iedereen'], { listed: false }),
  activity(['bewegen'], ['ouderen'], {
    data: { gebieden: ['marknesse'], themas: ['bewegen'], doelgroepen: ['ouderen'] } as CoverageActivity['data'],
  }),
];

describe('coverage', () => {
  it('counts listed activities of the gebied per theme', () => {
    const row = coverageRow(ens, activities);
    expect(row.total).toBe(2);
    expect(row.perTheme.find((cell) => cell.theme === 'bewegen')!.count).toBe(2);
    expect(row.perTheme.find((cell) => cell.theme === 'geldzaken')!.count).toBe(0);
  });

  it('sets each speerpunt against the activities with its themes and groups; an unlinked one is unknown', () => {
    expect(speerpuntCoverage(ens, activities).map(({ tekst, linked, count }) => ({ tekst, linked, count }))).toEqual([
      { tekst: 'Meer inwoners kennen positieve gezondheid.', linked: false, count: 0 },
      { tekst: 'Meer bewegen voor ouderen.', linked: true, count: 1 },
      { tekst: 'Hulp bij geldzaken.', linked: true, count: 0 },
      { tekst: 'Jongeren doen mee.', linked: true, count: 0 },
    ]);
  });

  it('groups the activities to check per organisation, the longest unchecked first', () => {
    const groups = toCheckByOrganisation([
      activity([], [], { freshness: 'controleren', checkedOn: '2026-03-01', organisatie: { id: 'b', naam: 'B' } }),
      activity([], [], { freshness: 'verouderd', checkedOn: '2025-01-01', organisatie: { id: 'a', naam: 'A' } }),
      activity([], [], { freshness: 'controleren', checkedOn: '2026-02-01', organisatie: { id: 'b', naam: 'B' } }),
      activity([], [], { freshness: 'recent', organisatie: { id: 'c', naam: 'C' } }),
    ]);
    expect(groups.map((group) => [group.organisatie.naam, group.activities.map((item) => item.checkedOn)])).toEqual([
      ['A', ['2025-01-01']],
      ['B', ['2026-02-01', '2026-03-01']],
    ]);
  });

  it('marks as a gap only a linked speerpunt without activities', () => {
    expect(speerpuntCoverage(ens, activities).map(isGap)).toEqual([false, false, true, true]);
  });

  it('sums up a gemeente in counts: listed activities, gebieden, gaps and activities to check', () => {
    const marknesse: CoverageGebied = {
      ...ens,
      id: 'marknesse',
      naam: 'Marknesse',
      speerpunten: { jaar: 2026, punten: [{ tekst: 'Hulp bij geldzaken.', themas: ['geldzaken'] }] },
    };
    const stale = activity(['ontmoeten'], ['iedereen'], { freshness: 'verouderd', checkedOn: '2025-01-01' });
    const all = [...activities, stale];
    const ofGebied = (id: string) => all.filter((item) => item.data.gebieden.includes(id));
    expect(gemeenteCoverageSummary([ens, marknesse], ofGebied, all)).toEqual({ activities: 4, gebieden: 2, gaps: 3, toCheck: 1 });
    expect(professionalsGemeenteHref('noordoostpolder')).toBe('/voor-professionals/noordoostpolder/');
  });

  it('writes CSV for Dutch Excel: BOM, semicolons, one row per gebied', () => {
    const csv = coverageCsv([coverageRow(ens, activities)]);
    expect(csv.startsWith('\uFEFFGemeente;Dorp of wijk;')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Gemeente', 'Dorp of wijk', ...themes.all.map((theme) => theme.label), 'Welzijn op Recept', 'Totaal']);
    expect(rows[1]!.slice(0, 2)).toEqual(['Noordoostpolder', 'Ens']);
    expect(rows[1]![2 + themes.ids.indexOf('bewegen')]).toBe('2');
    expect(rows[1]!.at(-1)).toBe('2');
  });
});

describe('speerpunt in a gebied file', () => {
  const gebied = (punten: string) => `naam: Ens
gemeente: noordoostpolder
soort: dorp
centrum: { lat: 52.6369, lon: 5.8296 }
omschrijving: Ens is een dorp.
speerpunten:
  jaar: 2026
  punten:
${punten}
welzijnscoach:
  naam: Sanne de Vries
  organisatie: Welzijn Noordoostpolder
  telefoon: "0527 123 456"
  email: sanne@voorbeeld.nl
  spreekuur: Elke dinsdag.
  verwijzen: Bel de coach.
`;

  it('may be a sentence, or a sentence with themes or groups', () => {
    const result = validateFile(
      'gebieden',
      'content/gebieden/ens.yaml',
      gebied('    - Elkaar kennen.\n    - { tekst: Meer bewegen., themas: [bewegen] }'),
    );
    expect(result.problems).toEqual([]);
  });

  it('refuses a linked speerpunt without themes or groups, and an unknown theme, with what to do', () => {
    const empty = validateFile('gebieden', 'content/gebieden/ens.yaml', gebied('    - { tekst: Meer bewegen. }'));
    expect(empty.problems.map((problem) => problem.message).join(' ')).toMatch(/themas|doelgroepen|speerpunt/);
    const unknown = validateFile('gebieden', 'content/gebieden/ens.yaml', gebied('    - { tekst: Meer bewegen., themas: [sporten] }'));
    expect(unknown.problems.length).toBeGreaterThan(0);
  });
});
