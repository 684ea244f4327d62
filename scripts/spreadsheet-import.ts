/**
 * Reads a spreadsheet back into content files, with the same checks as check:content and check:taal.
 *
 *   npm run spreadsheet:import -- lijst.xlsx              only a report: nothing is written
 *   npm run spreadsheet:import -- lijst.xlsx --write      also writes the valid new rows
 *   npm run spreadsheet:import -- lijst.xlsx --update     also writes the valid changed rows
 *   npm run spreadsheet:import -- lijst.csv --json        the report as JSON
 *   npm run spreadsheet:import -- lijst.xlsx --geocode    look up coordinates of new places at PDOK
 *                                                         (without it, only scripts/data/geocode-cache.json is used)
 *
 * Exits 0 only when every row is valid; 1 when a row or the file has an error; 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { todayInNetherlands } from '../src/lib/dates';
import { geocode } from '../src/lib/geocode/pdok';
import { applyCoordinates, coordinateRequests } from '../src/lib/redactie/coordinates';
import { planImport, rowsToWrite, type WorkbookInput } from '../src/lib/redactie/import-plan';
import { formatReport, reportJson } from '../src/lib/redactie/report';
import { readCsv, readWorkbook } from '../src/lib/redactie/workbook';
import { loadLanguageData } from '../src/lib/taal/load';
import { loadContentFiles } from './content-files';
import { writeFilesAtomically } from './redactie/atomic-write';
import { gebiedCentres, readCache, saveCache } from './redactie/geocode-run';
import { parseOptions } from './redactie/options';

const options = parseOptions(process.argv.slice(2), [], ['write', 'update', 'json', 'geocode']);
const [file] = options.positional;
if (!file || options.positional.length > 1) {
  console.error('Noem één bestand, zoals: npm run spreadsheet:import -- activiteiten-noordoostpolder.xlsx');
  process.exit(2);
}
const root = process.cwd();
let buffer: Buffer;
try {
  buffer = readFileSync(resolve(root, file));
} catch {
  console.error(`Het bestand "${file}" kunnen we niet openen. Kijk of de naam en de map kloppen.`);
  process.exit(2);
}
const extension = extname(file).toLowerCase();
let workbook: WorkbookInput;
try {
  if (extension === '.csv') workbook = readCsv(buffer);
  else if (extension === '.xlsx') workbook = await readWorkbook(buffer);
  else {
    console.error(`Het bestand "${file}" moet eindigen op .xlsx of .csv. Sla het in Excel op als "Excel-werkmap" of "CSV UTF-8".`);
    process.exit(2);
  }
} catch (error) {
  console.error(
    `Het bestand "${file}" kunnen we niet lezen (${(error as Error).message}). Sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het nog eens.`,
  );
  process.exit(2);
}

const content = loadContentFiles(root);
const language = loadLanguageData(root);

// New places without coordinates: from the geocode cache, or with --geocode from PDOK.
const coordinateRows = coordinateRequests(workbook, gebiedCentres(root));
if (coordinateRows.length > 0) {
  const cache = readCache(root);
  const results = await geocode(coordinateRows, {
    cache,
    today: todayInNetherlands(),
    onCacheChange: (current) => saveCache(root, current),
    ...(options.flags.has('geocode') ? { fetch: (url: string) => fetch(url, { headers: { accept: 'application/json' } }) } : {}),
  });
  workbook = applyCoordinates(
    workbook,
    results.map((result, index) => ({ ...coordinateRows[index]!, ...result })),
  );
}
const plan = planImport(
  workbook,
  { entries: content.entries, existingIds: content.existingIds, readSource: (path) => readFileSync(join(root, path), 'utf8') },
  { language: language.data },
);
const write = options.flags.has('write');
const update = options.flags.has('update');
const files = rowsToWrite(plan, { write, update }).map((row) => ({ file: row.file, text: row.text! }));
writeFilesAtomically(root, files);
const written = files.map((item) => item.file);
if (options.flags.has('json')) console.log(JSON.stringify(reportJson(plan, written), null, 2));
else console.log(formatReport(plan, { file, write, update, written }));
process.exit(plan.valid ? 0 : 1);
