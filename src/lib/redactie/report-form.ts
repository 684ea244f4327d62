/**
 * The entry's current data as a plain-text form for the "Klopt er iets niet?" e-mail.
 * One line per spreadsheet column ("Dagen: dinsdag"), so the redactie can copy an answer
 * straight into the workbook. Pure and small: it runs when the activity page is built.
 */
import { activitySheet } from './columns';
import { entryToCells } from './rows';

export function activityReportForm(entry: { id: string; data: unknown }): string {
  const cells = entryToCells(activitySheet, { id: entry.id, data: entry.data }, 'csv');
  const lines = activitySheet.columns.flatMap((column, index) => {
    if (column.path === 'body') return [];
    const value = cells[index];
    return [`${column.header}: ${value === null || value === undefined ? '' : String(value)}`];
  });
  return ['Verander hieronder wat niet klopt. Laat de rest staan.', '', ...lines].join('\n');
}
