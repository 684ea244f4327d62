/**
 * The CSV export, read back with a real CSV parser (csv-parse) the way Dutch Excel reads it: BOM, ";",
 * quoted cells with ";" or quotes inside, Windows line ends.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { CSV_COLUMNS, gemeenteCsv, siteCsv } from '../../src/lib/open-data/csv';
import { activiteit, catalog, input, SITE } from './small-catalog';

const read = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parse(text.slice(1), { delimiter: ';' }) as string[][];
  return { header: header!, rows: rows.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index]!]))) };
};

describe('activities as CSV', () => {
  it('starts with a byte order mark, has Dutch headings and Windows line ends', () => {
    const text = siteCsv(catalog, SITE);
    const { header } = read(text);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.heading));
    expect(header).toEqual(expect.arrayContaining(['Naam', 'Dorp of wijk', 'Volgende keer', 'Rolstoel', 'Laatst gecontroleerd']));
    expect(text).toContain('\r\n');
  });

  it('has one row per listed activity: stopped ones are left out', () => {
    const { rows } = read(siteCsv(catalog, SITE));
    expect(rows.map((row) => row.Id).sort()).toEqual(
      catalog.activities
        .filter((activity) => activity.listed)
        .map((activity) => activity.id)
        .sort(),
    );
    expect(rows.map((row) => row.Id)).not.toContain('zumba-ens');
  });

  it('writes an activity in a building as a reader expects, with decimal commas', () => {
    const row = read(siteCsv(catalog, SITE)).rows.find((candidate) => candidate.Id === 'koffie-inloop-ens')!;
    expect(row).toMatchObject({
      Naam: 'Koffie-inloop',
      Webadres: 'https://preventiekaart.example/activiteiten/koffie-inloop-ens/',
      Status: 'Actief',
      Gemeente: 'Noordoostpolder',
      'Dorp of wijk': 'Ens',
      Wanneer: 'Elke dinsdag van 10.00 tot 11.30 uur. Niet op feestdagen.',
      'Volgende keer': 'dinsdag 24 november 2026, 10.00 tot 11.30 uur',
      Waar: 'Dorpshuis De Zuidwester, Dorpsstraat 1a, 8307 AA Ens',
      Breedtegraad: '52,6362',
      Lengtegraad: '5,8281',
      Rolstoel: 'ja',
      Kosten: '€ 1 per keer',
      Gratis: 'nee',
      'Welzijn op Recept': 'ja',
      Klachten: 'Eenzaamheid',
      'Laatst gecontroleerd': '2026-11-02',
    });
  });

  it('online and op afspraak: no coordinates, no next date, wheelchair not applicable', () => {
    const row = read(siteCsv(catalog, SITE)).rows.find((candidate) => candidate.Id === 'online-praatgroep')!;
    expect(row).toMatchObject({
      Breedtegraad: '',
      Lengtegraad: '',
      'Volgende keer': '',
      Rolstoel: 'niet van toepassing',
      Wanneer: 'Op afspraak. Bel voor een afspraak.',
      'Dorp of wijk': 'Ens | Marknesse',
    });
  });

  it('keeps a ";" and quotes inside a cell', () => {
    const tricky = buildCatalog(input({ activiteiten: [activiteit('lastig', 'Koffie; thee en "taart"', {})] }));
    const { rows } = read(siteCsv(tricky, SITE));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.Naam).toBe('Koffie; thee en "taart"');
  });

  it('per gemeente: only its activities', () => {
    const bergen = read(gemeenteCsv(catalog, 'bergen', SITE)).rows.map((row) => row.Id);
    const noordoostpolder = read(gemeenteCsv(catalog, 'noordoostpolder', SITE)).rows.map((row) => row.Id);
    expect(bergen).toEqual(['eendagstocht-egmond']);
    expect(noordoostpolder).not.toContain('eendagstocht-egmond');
    expect(noordoostpolder).toContain('koffie-inloop-ens');
  });
});
