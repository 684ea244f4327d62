/**
 * Writes the content as a spreadsheet for editors: one row per activity, with sheets for
 * organisations and places, dropdown lists, and a guide. Bring it back with spreadsheet:import.
 *
 *   npm run spreadsheet:export                                   everything, activiteiten-alles.xlsx
 *   npm run spreadsheet:export -- --gemeente noordoostpolder     one gemeente
 *   npm run spreadsheet:export -- --organisatie welzijn-ens      one organisation
 *   npm run spreadsheet:export -- --out lijst.csv                activities only, as CSV
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems } from '../src/lib/content-integrity';
import { activitySheet } from '../src/lib/redactie/columns';
import { WORKBOOK_GUIDE } from '../src/lib/redactie/guide';
import { contentChoiceLists, selectEntries, type Selection } from '../src/lib/redactie/selection';
import { writeCsv, writeWorkbook } from '../src/lib/redactie/workbook';
import { loadContentFiles } from './content-files';
import { parseOptions } from './redactie/options';

const started = performance.now();
const options = parseOptions(process.argv.slice(2), ['gemeente', 'organisatie', 'out'], []);
const root = process.cwd();
const { entries, problems } = loadContentFiles(root);
if (problems.length > 0) {
  console.error(`${formatProblems(problems)}\nDeze bestanden staan niet in de export.`);
}
const selection: Selection = {};
if (options.values.gemeente) selection.gemeente = options.values.gemeente;
if (options.values.organisatie) selection.organisatie = options.values.organisatie;
if (selection.gemeente && !entries.gemeenten.some((entry) => entry.id === selection.gemeente)) {
  console.error(`De gemeente "${selection.gemeente}" bestaat niet. Kies uit: ${entries.gemeenten.map((entry) => entry.id).join(', ')}.`);
  process.exit(1);
}
if (selection.organisatie && !entries.organisaties.some((entry) => entry.id === selection.organisatie)) {
  console.error(`De organisatie "${selection.organisatie}" bestaat niet. Gebruik de bestandsnaam uit content/organisaties/, zonder .yaml.`);
  process.exit(1);
}
const selected = selectEntries(entries, selection);
const scope = selection.organisatie ?? selection.gemeente ?? 'alles';
const out = resolve(root, options.values.out ?? `activiteiten-${scope}.xlsx`);
if (out.endsWith('.csv')) {
  writeFileSync(out, writeCsv(activitySheet, selected.activiteiten));
} else if (out.endsWith('.xlsx')) {
  writeFileSync(out, await writeWorkbook({ ...selected, lists: contentChoiceLists(entries), guide: WORKBOOK_GUIDE }));
} else {
  console.error(`Het bestand "${options.values.out}" moet eindigen op .xlsx of .csv.`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
console.log(
  `Geschreven: ${out} met ${selected.activiteiten.length} activiteiten` +
    (out.endsWith('.csv') ? '' : `, ${selected.organisaties.length} organisaties en ${selected.locaties.length} plekken`) +
    `, in ${seconds} seconden.`,
);
