/**
 * The import as editors meet it: spreadsheets with the mistakes people make, each with the report
 * it must give. Every workbook is made here with exceljs from a real export and read back through
 * the real reader, so the cells look the way Excel leaves them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCache, geocode, parseFreeResponse, queryText } from '../../../src/lib/geocode/pdok';
import { activitySheet } from '../../../src/lib/redactie/columns';
import { applyCoordinates, coordinateRequests } from '../../../src/lib/redactie/coordinates';
import { WORKBOOK_GUIDE } from '../../../src/lib/redactie/guide';
import { planImport, rowsToWrite, type ImportMessage, type ImportPlan, type WorkbookInput } from '../../../src/lib/redactie/import-plan';
import { formatReport } from '../../../src/lib/redactie/report';
import { contentChoiceLists, selectEntries } from '../../../src/lib/redactie/selection';
import { readCsv, readWorkbook, writeCsv, writeWorkbook } from '../../../src/lib/redactie/workbook';
import { checkTextWith } from '../../../src/lib/taal/check';
import { loadLanguageData } from '../../../src/lib/taal/load';
import type { LanguageData } from '../../../src/lib/taal/types';
import { loadContentFiles } from '../../../scripts/content-files';

const root = resolve(import.meta.dirname, '../../..');
const content = loadContentFiles(root);
const existing = {
  entries: content.entries,
  existingIds: content.existingIds,
  readSource: (file: string) => readFileSync(join(root, file), 'utf8'),
};
let language: LanguageData;
let exportBuffer: Buffer;

beforeAll(async () => {
  language = loadLanguageData(root).data;
  const selected = selectEntries(content.entries, { gemeente: 'noordoostpolder' });
  exportBuffer = await writeWorkbook({ ...selected, lists: contentChoiceLists(content.entries), guide: WORKBOOK_GUIDE });
});

async function exportedWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exportBuffer as unknown as ArrayBuffer);
  return workbook;
}

async function importWorkbook(workbook: ExcelJS.Workbook): Promise<ImportPlan> {
  const input = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
  return planImport(input, existing, { language });
}

const importInput = (input: WorkbookInput) => planImport(input, existing, { language });

function sheetOf(workbook: ExcelJS.Workbook, name = 'Activiteiten'): ExcelJS.Worksheet {
  return workbook.getWorksheet(name)!;
}

function columnNumber(sheet: ExcelJS.Worksheet, header: string): number {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

function rowNumberOf(sheet: ExcelJS.Worksheet, id: string): number {
  for (let number = 2; number <= sheet.rowCount; number++) if (sheet.getRow(number).getCell(1).value === id) return number;
  throw new Error(`no row ${id}`);
}

function setCell(sheet: ExcelJS.Worksheet, id: string, header: string, value: ExcelJS.CellValue): number {
  const number = rowNumberOf(sheet, id);
  sheet.getRow(number).getCell(columnNumber(sheet, header)).value = value;
  return number;
}

/** A new row: a copy of an existing one without its code, with some cells changed. */
function addRow(sheet: ExcelJS.Worksheet, copyOf: string, changes: Record<string, ExcelJS.CellValue>): number {
  const source = sheet.getRow(rowNumberOf(sheet, copyOf)).values as ExcelJS.CellValue[];
  const number = sheet.rowCount + 1;
  const row = sheet.getRow(number);
  source.forEach((value, index) => {
    if (index > 0) row.getCell(index).value = value;
  });
  row.getCell(1).value = null;
  for (const [header, value] of Object.entries(changes)) row.getCell(columnNumber(sheet, header)).value = value;
  return number;
}

const errorsOf = (plan: ImportPlan): ImportMessage[] =>
  [...plan.messages, ...plan.rows.flatMap((row) => row.messages)].filter((message) => message.severity === 'fout');
const notesOf = (plan: ImportPlan): ImportMessage[] =>
  [...plan.messages, ...plan.rows.flatMap((row) => row.messages)].filter((message) => message.severity === 'let op');

describe('a re-import of the export', () => {
  it('changes nothing, for the workbook of one gemeente', async () => {
    const plan = await importWorkbook(await exportedWorkbook());
    const selected = selectEntries(content.entries, { gemeente: 'noordoostpolder' });
    expect(plan.rows).toHaveLength(selected.activiteiten.length + selected.organisaties.length + selected.locaties.length);
    expect(plan.rows.every((row) => row.status === 'gelijk')).toBe(true);
    expect(plan.valid).toBe(true);
    expect(rowsToWrite(plan, { write: true, update: true })).toEqual([]);
    expect(formatReport(plan, { file: 'x.xlsx', write: false, update: false, written: [] })).toContain('Er is niets veranderd.');
  });

  it('changes nothing, for the CSV of all activities', () => {
    const csv = writeCsv(activitySheet, content.entries.activiteiten);
    const plan = importInput(readCsv(Buffer.from(csv, 'utf8')));
    expect(plan.rows).toHaveLength(content.entries.activiteiten.length);
    expect(plan.rows.filter((row) => row.status !== 'gelijk')).toEqual([]);
    expect(plan.messages).toEqual([]);
  });
});

describe('changes and new rows', () => {
  it('shows a change field by field and reads 10u and 9.30 as times', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const row = setCell(sheet, 'koffie-inloop-ens', 'Van', '9.30');
    setCell(sheet, 'koffie-inloop-ens', 'Tot', '11u');
    const plan = await importWorkbook(workbook);
    const result = plan.rows.find((item) => item.id === 'koffie-inloop-ens')!;
    expect(result).toMatchObject({ status: 'gewijzigd', row, file: 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md' });
    expect(result.changes).toEqual([
      { column: 'Van', before: '10:00', after: '09:30' },
      { column: 'Tot', before: '11:30', after: '11:00' },
    ]);
    expect(result.text).toContain('  van: "09:30"\n  tot: "11:00"\n');
    expect(rowsToWrite(plan, { write: true, update: false })).toEqual([]);
    expect(rowsToWrite(plan, { write: false, update: true }).map((item) => item.id)).toEqual(['koffie-inloop-ens']);
  });

  it('adds a new place and a new activity there, in the folder of their gemeente', async () => {
    const workbook = await exportedWorkbook();
    const places = sheetOf(workbook, 'Plekken');
    addRow(places, 'dorpshuis-de-zuidwester-ens', { Naam: 'Sporthal De Wissel', Straat: 'Wisselweg', Huisnummer: 3 });
    const activityRow = addRow(sheetOf(workbook), 'koffie-inloop-ens', {
      Titel: 'Tafeltennis voor iedereen',
      Plekken: 'sporthal-de-wissel-ens',
    });
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([]);
    const added = plan.rows.filter((row) => row.status === 'nieuw');
    expect(added.map((row) => row.file)).toEqual([
      'content/activiteiten/noordoostpolder/tafeltennis-voor-iedereen-ens.md',
      'content/locaties/noordoostpolder/sporthal-de-wissel-ens.yaml',
    ]);
    expect(added[0]!.row).toBe(activityRow);
    expect(added[1]!.text).toContain('adres:\n  straat: Wisselweg\n  huisnummer: 3\n');
  });

  it('adds a new organisation in the folder of the gemeente of the activity that names it', async () => {
    const workbook = await exportedWorkbook();
    const organisations = sheetOf(workbook, 'Organisaties');
    const row = organisations.rowCount + 1;
    organisations.getRow(row).values = [null, 'Schaakclub Ens', 'vrijwilligers', 'https://www.voorbeeld-schaakclub-ens.nl', '0527 123 456'];
    addRow(sheetOf(workbook), 'koffie-inloop-ens', { Titel: 'Schaken in De Zuidwester', Organisatie: 'Schaakclub Ens' });
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.rows.filter((item) => item.status === 'nieuw').map((item) => [item.sheet, item.file])).toEqual([
      ['Activiteiten', 'content/activiteiten/noordoostpolder/schaken-in-de-zuidwester-ens.md'],
      ['Organisaties', 'content/organisaties/noordoostpolder/schaakclub-ens.yaml'],
    ]);
    const organisation = plan.rows.find((item) => item.sheet === 'Organisaties' && item.status === 'nieuw')!;
    expect(organisation.text).toBe(
      'naam: Schaakclub Ens\nsoort: vrijwilligers\nwebsite: https://www.voorbeeld-schaakclub-ens.nl\ntelefoon: "0527 123 456"\n',
    );
    expect(plan.rows.find((item) => item.sheet === 'Activiteiten' && item.status === 'nieuw')!.text).toContain(
      '\norganisatie: schaakclub-ens\n',
    );
  });

  it('keeps fields the sheet does not show, and leaves out a column the sheet does not have', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    sheet.spliceColumns(columnNumber(sheet, 'Contact website'), 1);
    const row = setCell(sheet, 'koffie-inloop-ens', 'Dagen', 'woensdag');
    const plan = await importWorkbook(workbook);
    const result = plan.rows.find((item) => item.row === row && item.sheet === 'Activiteiten')!;
    expect(result.changes).toEqual([{ column: 'Dagen', before: 'dinsdag', after: 'woensdag' }]);
    const before = readFileSync(join(root, result.file), 'utf8');
    expect(result.text).toBe(before.replace('  dagen: [dinsdag]\n', '  dagen: [woensdag]\n'));
  });

  it('reports a likely duplicate: same title, gebied and times under another code', async () => {
    const workbook = await exportedWorkbook();
    const row = addRow(sheetOf(workbook), 'koffie-inloop-ens', {});
    sheetOf(workbook).getRow(row).getCell(1).value = 'koffie-inloop-ens-2';
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({ row, column: 'Titel', message: expect.stringContaining('lijkt op "koffie-inloop-ens"') }),
    ]);
    expect(rowsToWrite(plan, { write: true, update: true })).toEqual([]);
  });

  it('refuses a new row whose name is already taken, and says to put the code in', async () => {
    const workbook = await exportedWorkbook();
    // "Koffie-inloop" in Ens would be koffie-inloop-ens, which exists.
    const row = addRow(sheetOf(workbook), 'koffie-inloop-ens', { Titel: 'Koffie-inloop', Dagen: 'vrijdag' });
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({
        row,
        column: 'Code',
        letter: 'A',
        message: expect.stringContaining('Zet dan "koffie-inloop-ens" in de kolom Code'),
      }),
    ]);
  });
});

describe('a new place without coordinates', () => {
  const centres = new Map(content.entries.gebieden.map((entry) => [entry.id, entry.data.centrum] as const));
  async function withNewPlace(): Promise<{ input: WorkbookInput; row: number }> {
    const workbook = await exportedWorkbook();
    const row = addRow(sheetOf(workbook, 'Plekken'), 'dorpshuis-de-zuidwester-ens', {
      Naam: 'Dorpshuis nieuw',
      Breedtegraad: null,
      Lengtegraad: null,
    });
    return { input: await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer())), row };
  }

  it('gets them from the geocode cache when PDOK found one clear match', async () => {
    const { input, row } = await withNewPlace();
    const requests = coordinateRequests(input, centres);
    expect(requests).toEqual([
      expect.objectContaining({
        sheet: 'Plekken',
        row,
        address: { straat: 'Zuidwesterringweg', huisnummer: 10, postcode: '8307 AA', plaats: 'Ens' },
      }),
    ]);
    const cache = emptyCache();
    cache.adressen[queryText(requests[0]!.address)] = {
      opgehaald: '2026-11-23',
      kandidaten: parseFreeResponse(JSON.parse(readFileSync(join(root, 'tests/fixtures/pdok/gevonden.json'), 'utf8'))),
    };
    const results = await geocode(requests, { cache, today: '2026-11-23' });
    const plan = importInput(
      applyCoordinates(
        input,
        results.map((result, index) => ({ ...requests[index]!, ...result })),
      ),
    );
    expect(errorsOf(plan)).toEqual([]);
    const added = plan.rows.find((item) => item.status === 'nieuw')!;
    expect(added.text).toContain('coordinaten:\n  lat: 52.63619\n  lon: 5.82814\n');
    expect(notesOf(plan)).toEqual([expect.objectContaining({ row, message: expect.stringContaining('Coördinaten ingevuld van PDOK') })]);
  });

  it('stays an error, with what to do, when the address is not looked up yet', async () => {
    const { input, row } = await withNewPlace();
    const requests = coordinateRequests(input, centres);
    const results = await geocode(requests, { cache: emptyCache(), today: '2026-11-23' });
    const plan = importInput(
      applyCoordinates(
        input,
        results.map((result, index) => ({ ...requests[index]!, ...result })),
      ),
    );
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({
        sheet: 'Plekken',
        row,
        column: 'Breedtegraad / Lengtegraad',
        message: expect.stringContaining('De coördinaten ontbreken. Run npm run geocode'),
      }),
    ]);
    expect(notesOf(plan)).toEqual([
      expect.objectContaining({ row, message: expect.stringContaining('Lees het bestand opnieuw in met --geocode') }),
    ]);
  });
});

describe('a corpus of broken spreadsheets', () => {
  it('a missing column and a renamed column', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    sheet.getRow(1).getCell(columnNumber(sheet, 'Titel')).value = 'Titels';
    sheet.spliceColumns(columnNumber(sheet, 'Bouwsteen'), 1);
    sheet.getRow(1).getCell(sheet.columnCount + 1).value = 'Notities';
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({
        sheet: 'Activiteiten',
        row: 1,
        column: 'Titel',
        message: 'De kolom "Titel" ontbreekt. Heet die kolom nu "Titels"? Geef hem weer de naam "Titel".',
      }),
      expect.objectContaining({
        sheet: 'Activiteiten',
        row: 1,
        column: 'Bouwsteen',
        message: expect.stringContaining('De kolom "Bouwsteen" ontbreekt. Zet de kolom terug'),
      }),
    ]);
    expect(notesOf(plan)).toEqual([
      expect.objectContaining({ column: 'Notities', message: 'De kolom "Notities" kennen we niet. We lezen hem niet.' }),
    ]);
    expect(plan.valid).toBe(false);
    // A sheet with a missing column is never written, not even in part.
    expect(rowsToWrite(plan, { write: true, update: true })).toEqual([]);
  });

  it('an unknown theme and an unknown gebied', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const row = setCell(sheet, 'koffie-inloop-ens', "Thema's", 'ontmoeten, wandelen');
    setCell(sheet, 'koffie-inloop-ens', 'Gebieden', 'ens, emmeloord-centrun');
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({
        row,
        column: "Thema's",
        letter: 'H',
        message: expect.stringMatching(/^"wandelen" kennen we niet als thema\. .*Kies uit: ontmoeten, bewegen/),
      }),
    ]);
    setCell(sheet, 'koffie-inloop-ens', "Thema's", 'Ontmoeten');
    const second = await importWorkbook(workbook);
    expect(errorsOf(second)).toEqual([
      expect.objectContaining({
        row,
        column: 'Gebieden',
        message: expect.stringContaining('"emmeloord-centrun" bestaat niet in content/gebieden/. Bedoelt u "emmeloord-centrum"?'),
      }),
    ]);
  });

  it('a bad postcode on the places sheet', async () => {
    const workbook = await exportedWorkbook();
    const row = setCell(sheetOf(workbook, 'Plekken'), 'dorpshuis-de-zuidwester-ens', 'Postcode', '830 AA');
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({
        sheet: 'Plekken',
        row,
        column: 'Postcode',
        message: 'De waarde "830 AA" klopt niet. Schrijf de postcode als vier cijfers, een spatie en twee hoofdletters, zoals 8307 AB.',
      }),
    ]);
  });

  it('a time of 25:00 and an end before the start', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const row = setCell(sheet, 'koffie-inloop-ens', 'Tot', '25:00');
    const other = setCell(sheet, 'beweegtuin-ens', 'Tot', '9u');
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({ row: other, column: 'Tot', message: expect.stringContaining('De eindtijd ligt voor of op de begintijd') }),
      expect.objectContaining({
        row,
        column: 'Tot',
        message: 'De waarde "25:00" klopt niet. Schrijf de tijd als "10:00" of "19:30" (uren:minuten, 24 uur).',
      }),
    ]);
  });

  it('an HTML tag and a javascript: link in the text', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const row = setCell(
      sheet,
      'koffie-inloop-ens',
      'Tekst',
      'Kom langs voor koffie.\n<script>alert(1)</script>\nLees [meer](javascript:alert(1)).',
    );
    const plan = await importWorkbook(workbook);
    const messages = errorsOf(plan).filter((message) => message.row === row);
    expect(messages.map((message) => message.column)).toEqual(['Tekst', 'Tekst']);
    expect(messages.map((message) => message.message)).toEqual([
      expect.stringContaining('HTML-code "<script>" is niet toegestaan'),
      expect.stringContaining('De link "javascript:alert(1)'),
    ]);
  });

  it('an empty row between rows is skipped, and later rows keep their numbers', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const number = rowNumberOf(sheet, 'koffie-inloop-ens');
    sheet.insertRow(number, []);
    const plan = await importWorkbook(workbook);
    expect(plan.valid).toBe(true);
    expect(plan.rows.find((row) => row.id === 'koffie-inloop-ens')!.row).toBe(number + 1);
    expect(plan.rows.some((row) => row.row === number && row.sheet === 'Activiteiten')).toBe(false);
  });

  it('a cell of 10,000 characters', async () => {
    const workbook = await exportedWorkbook();
    const row = setCell(sheetOf(workbook), 'koffie-inloop-ens', 'Samenvatting', 'Koffie. '.repeat(1250));
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({ row, column: 'Samenvatting', message: 'Deze tekst is te lang. Gebruik hoogstens 220 tekens.' }),
    ]);
  });

  it('text that is not B1', async () => {
    const workbook = await exportedWorkbook();
    const row = setCell(
      sheetOf(workbook),
      'koffie-inloop-ens',
      'Samenvatting',
      'Wij bieden t.a.v. de integrale aanpak een laagdrempelige voorziening.',
    );
    const plan = await importWorkbook(workbook);
    const messages = errorsOf(plan);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((message) => message.row === row && message.message.startsWith('Taalcheck:'))).toBe(true);
    expect(messages.some((message) => message.column === 'Samenvatting' && /laagdrempelig|integrale/.test(message.message))).toBe(true);
  });

  it('formulas: the result is read, and a formula without a result is an error', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    setCell(sheet, 'koffie-inloop-ens', 'Titel', {
      formula: '"Koffie-inloop in "&"De Zuidwester"',
      result: 'Koffie-inloop in De Zuidwester',
    } as ExcelJS.CellFormulaValue);
    const row = setCell(sheet, 'beweegtuin-ens', 'Status', { formula: 'LOWER("ACTIEF")' } as ExcelJS.CellFormulaValue);
    const plan = await importWorkbook(workbook);
    expect(notesOf(plan)).toEqual([
      expect.objectContaining({ sheet: 'Activiteiten', message: expect.stringContaining('Op dit blad staan formules') }),
    ]);
    expect(plan.rows.find((item) => item.id === 'koffie-inloop-ens')!.status).toBe('gelijk');
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({ row, column: 'Status', message: expect.stringContaining('een formule zonder uitkomst') }),
    ]);
  });

  it('a second sheet with other data', async () => {
    const workbook = await exportedWorkbook();
    const extra = workbook.addWorksheet('Blad2');
    extra.addRow(['Naam', 'Telefoon']);
    extra.addRow(['Jan', '06 12345678']);
    const plan = await importWorkbook(workbook);
    expect(plan.valid).toBe(true);
    expect(notesOf(plan)).toEqual([
      expect.objectContaining({ sheet: 'Blad2', message: expect.stringContaining('Het werkblad "Blad2" lezen we niet') }),
    ]);
  });

  it('merged cells', async () => {
    const workbook = await exportedWorkbook();
    const sheet = sheetOf(workbook);
    const first = rowNumberOf(sheet, 'koffie-inloop-ens');
    const letter = String.fromCharCode(64 + columnNumber(sheet, 'Dagen'));
    sheet.mergeCells(`${letter}${first}:${letter}${first + 1}`);
    const plan = await importWorkbook(workbook);
    const merged = errorsOf(plan).filter((message) => message.message.includes('samengevoegd'));
    expect(merged.map((message) => [message.row, message.column])).toEqual([
      [first, 'Dagen'],
      [first + 1, 'Dagen'],
    ]);
    expect(plan.rows.filter((row) => row.status === 'fout').map((row) => row.row)).toEqual([first, first + 1]);
  });

  it('a workbook without any known sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Mijn lijst').addRow(['Wat', 'Waar']);
    const plan = await importWorkbook(workbook);
    expect(errorsOf(plan)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('We vinden geen werkblad met activiteiten') }),
    ]);
  });
});

describe('the guide sheet', () => {
  it('is B1', () => {
    const result = checkTextWith(WORKBOOK_GUIDE.paragraphs.join('\n\n'), language);
    expect(result.findings.filter((finding) => finding.severity === 'fout')).toEqual([]);
    expect(result.verdict).toBe('B1');
  });
});

describe('CSV', () => {
  const header = activitySheet.columns.map((column) => column.header);
  const koffie = () => {
    const csv = writeCsv(
      activitySheet,
      content.entries.activiteiten.filter((entry) => entry.id === 'koffie-inloop-ens'),
    );
    return readCsv(Buffer.from(csv, 'utf8')).sheets[0]!.rows[0]!.cells.map(String);
  };
  const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

  it('reads commas, quoted line breaks, ja/nee, Dutch dates and Excel serial numbers', () => {
    const cells = koffie();
    cells[header.indexOf('Gecontroleerd op')] = '46328';
    cells[header.indexOf('Stopt op feestdagen')] = 'ja';
    cells[header.indexOf('Periode van')] = '1-9-2026';
    cells[header.indexOf('Periode tot')] = '30-6-2027';
    const text = [header, cells].map((row) => row.map(quote).join(',')).join('\r\n');
    const input = readCsv(Buffer.from(text, 'utf8'));
    expect(input).toMatchObject({ delimiter: ',', encoding: 'utf-8' });
    const plan = importInput(input);
    expect(errorsOf(plan)).toEqual([]);
    const row = plan.rows[0]!;
    expect(row.changes).toEqual([
      { column: 'Periode van', before: '(leeg)', after: '2026-09-01' },
      { column: 'Periode tot', before: '(leeg)', after: '2027-06-30' },
    ]);
    expect(row.text).toContain('laatstGecontroleerd: 2026-11-02\n');
    expect(row.text).toContain('Elke dinsdag staat de koffie om 10.00 uur klaar.\n\nU hoeft niets mee te nemen.');
  });

  it('detects a Windows-1252 file, says so, and reads its accents', () => {
    const cells = koffie();
    cells[header.indexOf('Titel')] = 'Koffie-inloop in café De Zuidwester';
    const text = [header, cells].map((row) => row.map(quote).join(';')).join('\r\n');
    const input = readCsv(Buffer.from(text, 'latin1'));
    expect(input).toMatchObject({ delimiter: ';', encoding: 'windows-1252' });
    const plan = importInput(input);
    expect(notesOf(plan)).toEqual([expect.objectContaining({ message: expect.stringContaining('Windows-1252') })]);
    expect(plan.rows[0]!.changes).toEqual([
      { column: 'Titel', before: 'Koffie-inloop in De Zuidwester', after: 'Koffie-inloop in café De Zuidwester' },
    ]);
  });

  it('reads a file with a byte order mark', () => {
    const text = `\uFEFF${[header, koffie()].map((row) => row.map(quote).join(';')).join('\n')}`;
    const plan = importInput(readCsv(Buffer.from(text, 'utf8')));
    expect(plan.rows.map((row) => row.status)).toEqual(['gelijk']);
  });
});
