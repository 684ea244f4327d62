/**
 * The check round: lists per gemeente and organisation which activities are past their check
 * date, with whom to ask, and can write one workbook per organisation to send out. The filled-in
 * workbook comes back through npm run spreadsheet:import.
 *
 *   npm run check:versheid                                    the list
 *   npm run check:versheid -- --gemeente noordoostpolder      one gemeente
 *   npm run check:versheid -- --werkboeken controle/          also a workbook per organisation
 *   npm run check:versheid -- --json                          the list as JSON
 *
 * Today is PREVENTIEKAART_DATUM when set (tests use 2026-11-23), otherwise the date in the Netherlands.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { todayInNetherlands } from '../src/lib/dates';
import { checkRound, formatCheckRound } from '../src/lib/redactie/check-round';
import { WORKBOOK_GUIDE } from '../src/lib/redactie/guide';
import { contentChoiceLists, selectEntries } from '../src/lib/redactie/selection';
import { writeWorkbook } from '../src/lib/redactie/workbook';
import { loadContentFiles } from './content-files';
import { parseOptions } from './redactie/options';

const options = parseOptions(process.argv.slice(2), ['gemeente', 'werkboeken'], ['json']);
const root = process.cwd();
const today = todayInNetherlands();
const { entries } = loadContentFiles(root);
if (options.values.gemeente && !entries.gemeenten.some((entry) => entry.id === options.values.gemeente)) {
  console.error(
    `De gemeente "${options.values.gemeente}" bestaat niet. Kies uit: ${entries.gemeenten.map((entry) => entry.id).join(', ')}.`,
  );
  process.exit(2);
}
const round = checkRound(entries, today, options.values.gemeente ? { gemeente: options.values.gemeente } : {});

const workbooks: string[] = [];
if (options.values.werkboeken) {
  const folder = resolve(root, options.values.werkboeken);
  mkdirSync(folder, { recursive: true });
  for (const gemeente of round) {
    for (const organisation of gemeente.organisations) {
      const selected = selectEntries(entries, {
        organisatie: organisation.id,
        activityIds: new Set(organisation.activities.map((activity) => activity.id)),
      });
      const file = join(folder, `controle-${gemeente.id}-${organisation.id}.xlsx`);
      writeFileSync(file, await writeWorkbook({ ...selected, lists: contentChoiceLists(entries), guide: WORKBOOK_GUIDE }));
      workbooks.push(relative(root, file));
    }
  }
}

if (options.flags.has('json')) {
  console.log(JSON.stringify({ today, gemeenten: round, workbooks }, null, 2));
} else {
  console.log(formatCheckRound(round, today));
  if (workbooks.length > 0) {
    console.log(
      `\nControlebestanden: ${workbooks.length}. Stuur elk bestand naar de organisatie. Vraag of die alles nakijkt en de datum invult bij "Bevestigd door aanbieder op".`,
    );
    for (const file of workbooks) console.log(`- ${file}`);
    console.log('Lees een teruggestuurd bestand in met: npm run spreadsheet:import -- <bestand>');
  }
}
