/**
 * The whole round trip with the real scripts, in a copy of the content: export one gemeente,
 * change it as an editor would, import it with --write and --update, and let check:content judge.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
let folder: string;

function run(script: string, args: string[]) {
  const result = spawnSync(tsx, [join(projectRoot, 'scripts', script), ...args], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'pk-spreadsheet-'));
  cpSync(join(projectRoot, 'content'), join(folder, 'content'), { recursive: true });
  mkdirSync(join(folder, 'src/lib/taal'), { recursive: true });
  cpSync(join(projectRoot, 'src/lib/taal/data'), join(folder, 'src/lib/taal/data'), { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('spreadsheet:export and spreadsheet:import', () => {
  it('round-trips one gemeente: unchanged, then changed and written, and check:content accepts the files', async () => {
    const exported = run('spreadsheet-export.ts', ['--gemeente', 'noordoostpolder', '--out', 'nop.xlsx']);
    expect(exported.output).toMatch(/met 26 activiteiten, 10 organisaties en 16 plekken/);
    expect(exported.status).toBe(0);

    const unchanged = run('spreadsheet-import.ts', ['nop.xlsx', '--json']);
    expect(unchanged.status).toBe(0);
    const report = JSON.parse(unchanged.output);
    expect(report.counts).toEqual({ rows: 52, nieuw: 0, gewijzigd: 0, gelijk: 52, fout: 0 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'nop.xlsx'));
    const sheet = workbook.getWorksheet('Activiteiten')!;
    const headers = sheet.getRow(1).values as unknown[];
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header));
    const koffie = Array.from({ length: sheet.rowCount }, (_, index) => index + 1).find(
      (row) => cell(row, 'Code').value === 'koffie-inloop-ens',
    )!;
    cell(koffie, 'Dagen').value = 'dinsdag, vrijdag';
    const added = sheet.rowCount + 1;
    (sheet.getRow(koffie).values as ExcelJS.CellValue[]).forEach((value, index) => {
      if (index > 0) sheet.getRow(added).getCell(index).value = value;
    });
    cell(added, 'Code').value = null;
    cell(added, 'Titel').value = 'Koffie-inloop op zaterdag';
    cell(added, 'Dagen').value = 'zaterdag';
    cell(added, 'Gecontroleerd op').value = '20-11-2026';
    await workbook.xlsx.writeFile(join(folder, 'nop.xlsx'));

    const reportOnly = run('spreadsheet-import.ts', ['nop.xlsx']);
    expect(reportOnly.status).toBe(0);
    expect(reportOnly.output).toContain('Nieuw: 1. Gewijzigd: 1.');
    expect(reportOnly.output).toContain('Dagen: "dinsdag" wordt "dinsdag, vrijdag"');
    expect(reportOnly.output).toContain(
      'Er is niets geschreven. Schrijf de nieuwe rijen met --write. Schrijf de wijzigingen met --update.',
    );
    const newFile = join(folder, 'content/activiteiten/noordoostpolder/koffie-inloop-op-zaterdag-ens.md');
    expect(existsSync(newFile)).toBe(false);

    const written = run('spreadsheet-import.ts', ['nop.xlsx', '--write', '--update']);
    expect(written.status).toBe(0);
    expect(written.output).toContain('Geschreven: 2 bestanden.');
    expect(readFileSync(newFile, 'utf8')).toContain('titel: Koffie-inloop op zaterdag\n');
    expect(readFileSync(join(folder, 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md'), 'utf8')).toContain(
      '  dagen: [dinsdag, vrijdag]\n',
    );

    const check = spawnSync(tsx, [join(projectRoot, 'scripts/check-content.ts')], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
    expect(`${check.stdout}${check.stderr}`).toContain('Inhoud in orde');
    expect(check.status).toBe(0);
  }, 240_000);

  it('check:versheid lists due activities and writes workbooks that come back unchanged', () => {
    const result = spawnSync(tsx, [join(projectRoot, 'scripts/check-versheid.ts'), '--gemeente', 'bergen', '--werkboeken', 'controle'], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, PREVENTIEKAART_DATUM: '2026-11-23' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ activiteiten moeten opnieuw gecontroleerd worden\. Vandaag is het maandag 23 november 2026\./);
    expect(result.stdout).toContain('Gemeente Bergen (NH)');
    expect(result.stdout).not.toContain('Gemeente Castricum');
    const workbooks = [...result.stdout.matchAll(/^- (controle\/controle-bergen-[a-z0-9-]+\.xlsx)$/gm)].map((match) => match[1]!);
    expect(workbooks).toContain('controle/controle-bergen-kunstclub-het-palet-bergen.xlsx');
    expect(workbooks).toHaveLength(3);
    const back = run('spreadsheet-import.ts', [workbooks[0]!, '--json']);
    expect(back.status).toBe(0);
    const report = JSON.parse(back.output);
    expect(report.counts.gelijk).toBe(report.counts.rows);
    expect(report.rows.filter((row: { sheet: string }) => row.sheet === 'Activiteiten').length).toBeGreaterThan(0);
  }, 240_000);

  it('exits 1 with a report when a row is wrong, and 2 when the file cannot be read', () => {
    const csv = run('spreadsheet-export.ts', ['--organisatie', 'welzijn-noordoostpolder', '--out', 'welzijn.csv']);
    expect(csv.status).toBe(0);
    const text = readFileSync(join(folder, 'welzijn.csv'), 'utf8').replace(/;wekelijks;/, ';elke week;');
    writeFileSync(join(folder, 'welzijn.csv'), text);
    const broken = run('spreadsheet-import.ts', ['welzijn.csv']);
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/- Fout: Blad CSV, rij \d+, kolom Soort rooster \([A-Z]+\): Onbekende soort rooster "elke week"/);
    expect(run('spreadsheet-import.ts', ['bestaat-niet.xlsx']).status).toBe(2);
  }, 240_000);
});
