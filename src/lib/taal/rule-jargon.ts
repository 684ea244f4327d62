/**
 * Jargon and officialese from content/taal/moeilijke-woorden.yaml, each with its plain alternative.
 */
import type { AnalysedText, RawFinding } from './analysis';

export function jargon(text: AnalysedText): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const sentence of text.sentences) {
    for (const match of sentence.jargon) {
      const first = sentence.tokens[match.from]!;
      const last = sentence.tokens[match.to - 1]!;
      const written = text.masked.slice(first.start, last.end).replace(/\s+/g, ' ');
      const { entry } = match;
      findings.push({
        rule: 'vakwoord',
        severity: entry.ernst,
        offset: first.start,
        words: [written],
        message:
          entry.ernst === 'fout'
            ? `"${written}" is vaktaal of ambtelijke taal. Veel lezers begrijpen dit niet.`
            : `"${written}" is een moeilijk woord. Soms kan het niet anders.`,
        suggestion: `Schrijf liever: ${entry.alternatief}.${entry.uitleg ? ` ${entry.uitleg}` : ''}`,
      });
    }
  }
  return findings;
}
