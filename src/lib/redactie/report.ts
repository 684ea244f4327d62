/** The import report for editors: per row where the problem is and what to do, in B1 Dutch. */
import { plural } from '../format';
import type { ImportMessage, ImportPlan, RowResult } from './import-plan';

export function where(message: Pick<ImportMessage, 'sheet' | 'row' | 'column' | 'letter'>): string {
  const parts: string[] = [];
  if (message.sheet !== undefined) parts.push(`Blad ${message.sheet}`);
  if (message.row !== undefined) parts.push(`rij ${message.row}`);
  if (message.column !== undefined) parts.push(`kolom ${message.column}${message.letter ? ` (${message.letter})` : ''}`);
  return parts.join(', ');
}

function line(message: ImportMessage): string {
  const place = where(message);
  return `- ${message.severity === 'fout' ? 'Fout' : 'Let op'}: ${place ? `${place}: ` : ''}${message.message}`;
}

export interface ReportCounts {
  rows: number;
  nieuw: number;
  gewijzigd: number;
  gelijk: number;
  fout: number;
}

export function countRows(plan: ImportPlan): ReportCounts {
  const count = (status: RowResult['status']) => plan.rows.filter((row) => row.status === status).length;
  return { rows: plan.rows.length, nieuw: count('nieuw'), gewijzigd: count('gewijzigd'), gelijk: count('gelijk'), fout: count('fout') };
}

/**
 * The whole report as text. `written` are the files the run wrote; without --write or --update
 * the last lines say which option writes what.
 */
export function formatReport(
  plan: ImportPlan,
  options: { file: string; write: boolean; update: boolean; written: readonly string[] },
): string {
  const counts = countRows(plan);
  const out: string[] = [`Gelezen: ${options.file}, ${plural(counts.rows, 'rij', 'rijen')}.`];
  out.push(`Nieuw: ${counts.nieuw}. Gewijzigd: ${counts.gewijzigd}. Hetzelfde gebleven: ${counts.gelijk}. Met een fout: ${counts.fout}.`);

  if (plan.messages.length > 0) {
    out.push('', 'Over het hele bestand:');
    out.push(...plan.messages.map(line));
  }
  const withErrors = plan.rows.filter((row) => row.messages.length > 0);
  if (withErrors.length > 0) {
    out.push('', 'Per rij:');
    for (const row of withErrors) out.push(...row.messages.map(line));
  }
  const changed = plan.rows.filter((row) => row.status === 'gewijzigd');
  if (changed.length > 0) {
    out.push('', 'Wat er verandert:');
    for (const row of changed) {
      out.push(`- Blad ${row.sheet}, rij ${row.row} (${row.id}):`);
      out.push(...row.changes.map((change) => `    ${change.column}: "${change.before}" wordt "${change.after}"`));
    }
  }
  const added = plan.rows.filter((row) => row.status === 'nieuw');
  if (added.length > 0) {
    out.push('', 'Nieuw:');
    out.push(...added.map((row) => `- Blad ${row.sheet}, rij ${row.row}: ${row.file}`));
  }

  out.push('');
  if (options.written.length > 0) {
    out.push(`Geschreven: ${plural(options.written.length, 'bestand', 'bestanden')}.`);
    out.push(...options.written.map((file) => `- ${file}`));
    out.push('Controleer alles met: npm run check:content en npm run check:taal.');
  } else if (plan.messages.some((message) => message.severity === 'fout')) {
    out.push('Er is niets geschreven. Verbeter eerst de fouten over het hele bestand.');
  } else {
    const hints: string[] = [];
    if (counts.nieuw > 0 && !options.write) hints.push('Schrijf de nieuwe rijen met --write.');
    if (counts.gewijzigd > 0 && !options.update) hints.push('Schrijf de wijzigingen met --update.');
    if (counts.nieuw + counts.gewijzigd === 0) out.push(counts.fout === 0 ? 'Er is niets veranderd.' : 'Er is niets geschreven.');
    else out.push(`Er is niets geschreven. ${hints.join(' ')}`.trim());
  }
  if (!plan.valid) out.push('Verbeter de fouten in het bestand en lees het opnieuw in.');
  return out.join('\n');
}

/** The report for machines: counts, rows and messages, without the file texts. */
export function reportJson(plan: ImportPlan, written: readonly string[]) {
  return {
    valid: plan.valid,
    counts: countRows(plan),
    messages: plan.messages,
    rows: plan.rows.map(({ text: _text, ...row }) => row),
    written,
  };
}
