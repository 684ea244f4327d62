/**
 * The Excel workbook (exceljs) and the CSV file (csv-parse, csv-stringify): writing the export and
 * reading a file back into plain rows for `import-plan.ts`. Works on buffers, never on the disk.
 * Node only: exceljs must never reach a browser bundle.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CellValue, Choice } from './cells';
import { columnLetter, GUIDE_SHEET, LISTS_SHEET, SHEETS, type Column, type SheetSpec } from './columns';
import type { ImportMessage, SheetInput, WorkbookInput } from './import-plan';
import { choicesOf, entryToCells, type ChoiceLists } from './rows';

export interface ExportEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
}

export interface ExportInput {
  activiteiten: readonly ExportEntry[];
  organisaties: readonly ExportEntry[];
  locaties: readonly ExportEntry[];
  lists: ChoiceLists;
  /** The B1 guide: a title and paragraphs, shown on the first rows of the guide sheet. */
  guide: { title: string; paragraphs: readonly string[] };
}

/** Room for new rows below the exported ones: dropdowns and formats reach this far. */
const SPARE_ROWS = 500;
const DATE_FORMAT = 'd-m-yyyy';

type ValidationSheet = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** The list a dropdown offers: a column on the lists sheet, or the Code column of the organisations or places sheet. */
function listRange(column: Column, listColumns: Map<Column, string>, lastRow: Record<string, number>): string | undefined {
  if (column.choices === 'organisaties' || column.choices === 'locaties') {
    const spec = SHEETS.find((sheet) => sheet.collection === column.choices)!;
    return `'${spec.sheetName}'!$A$2:$A$${lastRow[spec.sheetName]}`;
  }
  return listColumns.get(column);
}

export async function writeWorkbook(input: ExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Preventiekaart';
  // A fixed date keeps the file the same for the same content.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;

  const sheets = SHEETS.map((spec) => ({
    spec,
    sheet: workbook.addWorksheet(spec.sheetName, {
      views: [{ state: 'frozen', xSplit: spec.collection === 'activiteiten' ? 2 : 2, ySplit: 1 }],
    }),
  }));
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET);

  // The lists sheet: one column per fixed list, so every dropdown reads from one place.
  const listColumns = new Map<Column, string>();
  const listByKey = new Map<string, string>();
  let listIndex = 0;
  for (const { spec } of sheets) {
    for (const column of spec.columns) {
      const choices =
        column.choices === 'gebieden' ? input.lists.gebieden : typeof column.choices === 'string' ? undefined : column.choices;
      if (!choices) continue;
      const key = choices.map((choice) => choice.id).join('|');
      let range = listByKey.get(key);
      if (!range) {
        const letter = columnLetter(listIndex++);
        lists.getCell(`${letter}1`).value = column.header;
        lists.getCell(`${letter}1`).font = { bold: true };
        choices.forEach((choice: Choice, index) => {
          lists.getCell(`${letter}${index + 2}`).value = choice.id;
        });
        lists.getColumn(letter).width = 28;
        range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${choices.length + 1}`;
        listByKey.set(key, range);
      }
      listColumns.set(column, range);
    }
  }

  const entriesOf = (spec: SheetSpec) => input[spec.collection];
  const lastRow = Object.fromEntries(sheets.map(({ spec }) => [spec.sheetName, entriesOf(spec).length + 1 + SPARE_ROWS]));

  for (const { spec, sheet } of sheets) {
    sheet.columns = spec.columns.map((column) => ({ header: column.header, key: column.header, width: column.width ?? 14 }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    for (const entry of entriesOf(spec)) sheet.addRow(entryToCells(spec, entry, 'xlsx'));
    const last = lastRow[spec.sheetName]!;
    spec.columns.forEach((column, index) => {
      const letter = columnLetter(index);
      const range = `${letter}2:${letter}${last}`;
      if (column.kind === 'date') sheet.getColumn(index + 1).numFmt = DATE_FORMAT;
      if (column.kind === 'body') sheet.getColumn(index + 1).alignment = { vertical: 'top', wrapText: true };
      // Text columns that look like numbers (times, phone numbers, codes) stay text when an editor types in them.
      if (column.kind === 'time' || column.kind === 'phone' || column.path === 'id') sheet.getColumn(index + 1).numFmt = '@';
      const list = listRange(column, listColumns, lastRow);
      const multiple = column.kind === 'list' || column.kind === 'weeks';
      (sheet as ValidationSheet).dataValidations.add(range, {
        type: list ? 'list' : 'textLength',
        operator: list ? undefined : 'lessThanOrEqual',
        formulae: list ? [list] : [32767],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: column.header.slice(0, 32),
        prompt: column.uitleg.slice(0, 255),
        // A list of several values ("ontmoeten, bewegen") is not one item of the dropdown: allow it, the import checks it.
        showErrorMessage: list !== undefined && !multiple,
        errorStyle: 'stop',
        errorTitle: 'Kies uit de lijst',
        error: 'Deze waarde staat niet in de lijst. Kies een waarde uit de lijst.',
      } as ExcelJS.DataValidation);
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }

  guide.columns = [
    { header: '', key: 'a', width: 28 },
    { header: '', key: 'b', width: 90 },
  ];
  guide.getCell('A1').value = input.guide.title;
  guide.getCell('A1').font = { bold: true, size: 14 };
  let row = 3;
  for (const paragraph of input.guide.paragraphs) {
    guide.getCell(`A${row}`).value = paragraph;
    guide.mergeCells(`A${row}:B${row}`);
    guide.getCell(`A${row}`).alignment = { wrapText: true, vertical: 'top' };
    row++;
  }
  for (const { spec } of sheets) {
    row++;
    guide.getCell(`A${row}`).value = `Blad ${spec.sheetName}`;
    guide.getCell(`A${row}`).font = { bold: true };
    row++;
    for (const column of spec.columns) {
      guide.getCell(`A${row}`).value = column.header + (column.required ? ' (moet)' : '');
      const choices = choicesOf(column, input.lists);
      const options = choices && choices.length <= 16 ? ` Kies uit: ${choices.map((choice) => choice.id).join(', ')}.` : '';
      guide.getCell(`B${row}`).value = column.uitleg + options;
      guide.getCell(`B${row}`).alignment = { wrapText: true, vertical: 'top' };
      row++;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as a plain value; formulas give their result, rich text and links their text. */
function plainValue(value: ExcelJS.CellValue): { value: CellValue; formula?: boolean; missingResult?: boolean; error?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('error' in value) return { value: null, error: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { value: null, formula: true, missingResult: true };
      if (typeof result === 'object' && 'error' in result) return { value: null, formula: true, error: String(result.error) };
      return { value: result as CellValue, formula: true };
    }
    if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
    if ('hyperlink' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      if (text && typeof text === 'object' && 'richText' in text)
        return { value: (text as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('') };
      return { value: typeof text === 'string' ? text : (value as ExcelJS.CellHyperlinkValue).hyperlink };
    }
  }
  return { value: String(value) };
}

export async function readWorkbook(buffer: Buffer | Uint8Array): Promise<WorkbookInput> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: SheetInput[] = [];
  const messages: ImportMessage[] = [];
  workbook.eachSheet((worksheet) => {
    const width = worksheet.actualColumnCount > 0 ? Math.max(worksheet.columnCount, 1) : 0;
    const headerRow = worksheet.getRow(1);
    const headers = Array.from({ length: width }, (_, index) => {
      const { value } = plainValue(headerRow.getCell(index + 1).value);
      return value === null || value === undefined ? '' : String(value).trim();
    });
    const rows: SheetInput['rows'][number][] = [];
    let firstFormula: { row: number; column: string } | undefined;
    for (let number = 2; number <= worksheet.rowCount; number++) {
      const row = worksheet.getRow(number);
      const cells: CellValue[] = [];
      for (let index = 0; index < width; index++) {
        const cell = row.getCell(index + 1);
        const column = headers[index] || columnLetter(index);
        const where = { sheet: worksheet.name, row: number, column, letter: columnLetter(index) };
        // The other cells of a merged block repeat the first cell's value; their rows are reported below.
        if (cell.isMerged && cell.master !== cell) {
          cells.push(null);
          continue;
        }
        const read = plainValue(cell.value);
        if (read.formula && !firstFormula) firstFormula = { row: number, column };
        if (read.error)
          messages.push({ severity: 'fout', ...where, message: `In deze cel staat de foutcode ${read.error}. Typ de waarde zelf in.` });
        if (read.missingResult)
          messages.push({
            severity: 'fout',
            ...where,
            message: 'In deze cel staat een formule zonder uitkomst. Typ de waarde zelf in, of open het bestand in Excel en sla het op.',
          });
        cells.push(read.value);
      }
      rows.push({ number, cells });
    }
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      const [from, to] = range.split(':');
      const first = worksheet.getCell(from!);
      const last = worksheet.getCell(to ?? from!);
      const anyValue = rows.some((row) => row.number >= Number(first.row) && row.number <= Number(last.row));
      if (!anyValue) continue;
      for (let number = Math.max(2, Number(first.row)); number <= Number(last.row); number++) {
        messages.push({
          severity: 'fout',
          sheet: worksheet.name,
          row: number,
          column: headers[Number(first.col) - 1] || columnLetter(Number(first.col) - 1),
          letter: columnLetter(Number(first.col) - 1),
          message: `De cellen ${range} zijn samengevoegd. Maak het samenvoegen ongedaan en vul elke cel apart in.`,
        });
      }
    }
    if (firstFormula) {
      messages.push({
        severity: 'let op',
        sheet: worksheet.name,
        message: `Op dit blad staan formules, bijvoorbeeld in rij ${firstFormula.row}, kolom ${firstFormula.column}. We lezen de uitkomst van elke formule.`,
      });
    }
    sheets.push({ name: worksheet.name, headers, rows });
  });
  return { sheets, messages };
}

export interface CsvRead extends WorkbookInput {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
}

/** The delimiter of the header line: Dutch Excel writes ";", most other programs ",". */
function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(buffer: Uint8Array, name = 'CSV'): CsvRead {
  const bytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const messages: ImportMessage[] = [];
  let text: string;
  let encoding: CsvRead['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: old Excel on Windows saves CSV as Windows-1252, which covers é, ë and €.
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
    messages.push({
      severity: 'let op',
      message:
        'Dit CSV-bestand is opgeslagen als Windows-1252, niet als UTF-8. We hebben het toch gelezen. Kies de volgende keer bij Opslaan als: "CSV UTF-8".',
    });
  }
  const delimiter = detectDelimiter(text);
  const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const [header = [], ...rest] = records;
  const rows = rest.map((cells, index) => ({ number: index + 2, cells }));
  return { sheets: [{ name, headers: header.map((cell) => cell.trim()), rows }], messages, encoding, delimiter };
}

/** One sheet as CSV for Dutch Excel: UTF-8 with BOM (so é stays é), ";" between cells, Windows line ends. */
export function writeCsv(spec: SheetSpec, entries: readonly ExportEntry[]): string {
  const records = [
    spec.columns.map((column) => column.header),
    ...entries.map((entry) =>
      entryToCells(spec, entry, 'csv').map((cell) =>
        cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : String(cell),
      ),
    ),
  ];
  return stringify(records, { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
