/**
 * The check round: which activities are due, the two check dates, the workbook per organisation
 * that comes back through the import, and the "Klopt er iets niet?" e-mail with the current data.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, ContentError, lastChecked } from '../../../src/lib/catalog';
import { reportErrorHref } from '../../../src/lib/links';
import { checkRound, formatCheckRound } from '../../../src/lib/redactie/check-round';
import { activitySheet } from '../../../src/lib/redactie/columns';
import { WORKBOOK_GUIDE } from '../../../src/lib/redactie/guide';
import { planImport } from '../../../src/lib/redactie/import-plan';
import { activityReportForm } from '../../../src/lib/redactie/report-form';
import { contentChoiceLists, selectEntries } from '../../../src/lib/redactie/selection';
import { readCsv, readWorkbook, writeWorkbook } from '../../../src/lib/redactie/workbook';
import { loadContentFiles } from '../../../scripts/content-files';

const root = resolve(import.meta.dirname, '../../..');
const content = loadContentFiles(root);
const existing = {
  entries: content.entries,
  existingIds: content.existingIds,
  readSource: (file: string) => readFileSync(join(root, file), 'utf8'),
};
const today = '2026-11-23';

describe('two check dates', () => {
  it('counts from the later of the redactie check and the provider confirmation', () => {
    expect(lastChecked({ laatstGecontroleerd: '2026-01-10' })).toBe('2026-01-10');
    expect(lastChecked({ laatstGecontroleerd: '2026-01-10', bevestigdDoorAanbieder: '2026-11-01' })).toBe('2026-11-01');
    expect(lastChecked({ laatstGecontroleerd: '2026-11-10', bevestigdDoorAanbieder: '2026-11-01' })).toBe('2026-11-10');
  });

  it('refuses a provider confirmation in the future, like a check date', () => {
    const [first, ...rest] = content.entries.activiteiten;
    const future = { ...first!, data: { ...first!.data, bevestigdDoorAanbieder: '2026-12-01' } };
    const schoolHolidays = content.entries.schoolvakanties.flatMap((entry) => entry.data.vakanties);
    expect(() => buildCatalog({ ...content.entries, activiteiten: [future, ...rest], schoolHolidays, today })).toThrow(ContentError);
  });
});

describe('checkRound', () => {
  const round = checkRound(content.entries, today);
  const due = round.flatMap((gemeente) => gemeente.organisations.flatMap((organisation) => organisation.activities));

  it('lists every activity past half a year, grouped by gemeente and organisation, with whom to ask', () => {
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((activity) => activity.days > 183)).toBe(true);
    const fresh = content.entries.activiteiten.filter(
      (entry) => entry.data.status !== 'gestopt' && !due.some((activity) => activity.id === entry.id),
    );
    expect(fresh.every((entry) => lastChecked(entry.data) >= '2026-05-24')).toBe(true);
    const bergen = round.find((gemeente) => gemeente.id === 'bergen')!;
    const palet = bergen.organisations.find((organisation) => organisation.naam === 'Kunstclub Het Palet')!;
    expect(palet.contact).toBe('072 581 7395, info@voorbeeld-hetpalet.nl');
    expect(palet.activities[0]).toMatchObject({
      titel: 'Schilderclub Het Palet',
      checkedOn: '2025-06-30',
      days: 511,
      freshness: 'verouderd',
      contact: 'Anneke Zomerdijk, 072 581 7395, info@voorbeeld-hetpalet.nl',
    });
    expect(formatCheckRound(round, today)).toContain(
      '  Kunstclub Het Palet (072 581 7395, info@voorbeeld-hetpalet.nl)\n    - Schilderclub Het Palet: gecontroleerd op maandag 30 juni 2025, 511 dagen geleden, bezoekers zien een waarschuwing. Vraag het aan: Anneke Zomerdijk, 072 581 7395, info@voorbeeld-hetpalet.nl.',
    );
  });

  it('drops an activity once its provider has confirmed it', () => {
    const id = due[0]!.id;
    const activiteiten = content.entries.activiteiten.map((entry) =>
      entry.id === id ? { ...entry, data: { ...entry.data, bevestigdDoorAanbieder: '2026-11-20' } } : entry,
    );
    const after = checkRound({ ...content.entries, activiteiten }, today).flatMap((gemeente) =>
      gemeente.organisations.flatMap((organisation) => organisation.activities),
    );
    expect(after.map((activity) => activity.id)).toEqual(due.map((activity) => activity.id).filter((other) => other !== id));
  });

  it('writes a workbook per organisation that comes back through the import', async () => {
    const organisation = round.flatMap((gemeente) => gemeente.organisations).find((item) => item.activities.length >= 2)!;
    const ids = organisation.activities.map((activity) => activity.id);
    const selected = selectEntries(content.entries, { organisatie: organisation.id, activityIds: new Set(ids) });
    expect(selected.activiteiten.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeWorkbook({ ...selected, lists: contentChoiceLists(content.entries), guide: WORKBOOK_GUIDE })) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Activiteiten')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Bevestigd door aanbieder op');
    sheet.getRow(2).getCell(column).value = new Date(Date.UTC(2026, 10, 20));
    const plan = planImport(await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer())), existing);
    expect(plan.valid).toBe(true);
    const changed = plan.rows.filter((row) => row.status === 'gewijzigd');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.changes).toEqual([{ column: 'Bevestigd door aanbieder op', before: '(leeg)', after: '2026-11-20' }]);
    expect(changed[0]!.text).toMatch(/\nlaatstGecontroleerd: \d{4}-\d{2}-\d{2}\nbevestigdDoorAanbieder: 2026-11-20\nstatus: /);
  });
});

describe('the "Klopt er iets niet?" e-mail', () => {
  const entry = content.entries.activiteiten.find((item) => item.id === 'koffie-inloop-ens')!;

  it('carries the current data as lines an editor can copy into the spreadsheet', () => {
    const form = activityReportForm(entry);
    expect(form).toContain('\nCode: koffie-inloop-ens\n');
    expect(form).toContain('\nDagen: dinsdag\nVan: 10:00\nTot: 11:30\n');
    // The lines, put back as a spreadsheet row (with the text, which the e-mail leaves out), change nothing.
    const fields = new Map(
      form
        .split('\n')
        .filter((line) => line.includes(': '))
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)] as const),
    );
    const header = activitySheet.columns.map((column) => column.header);
    const row = header.map((name) => (name === 'Tekst' ? (entry.body ?? '') : (fields.get(name) ?? '')));
    const csv = [header, row].map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\n');
    const plan = planImport(readCsv(Buffer.from(csv, 'utf8')), existing);
    expect(plan.rows.map((item) => [item.id, item.status])).toEqual([['koffie-inloop-ens', 'gelijk']]);
  });

  it('goes to the redactie with the page and the form in the body', () => {
    const href = reportErrorHref('redactie@voorbeeld.nl', 'Koffie', 'https://voorbeeld.nl/activiteiten/koffie/', 'Dagen: dinsdag');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redactie@voorbeeld.nl');
    expect(url.searchParams.get('body')).toBe(
      'Over deze pagina: https://voorbeeld.nl/activiteiten/koffie/\n\nWat klopt er niet?\n\n\nDagen: dinsdag\n',
    );
  });
});
