/**
 * Hard and long words. A word is hard when few people use it: a Zipf value under 3 in the subtitle
 * list, after judging a compound by its parts. A word is long from 5 syllables on, unless it is so
 * common that readers know it at a glance. Words the jargon rule already reports are skipped.
 */
import type { AnalysedText, RawFinding } from './analysis';
import { THRESHOLDS } from './thresholds';

export function isUncommon(zipf: number): boolean {
  return zipf < THRESHOLDS.uncommonZipf;
}

export function hardWords(text: AnalysedText): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const sentence of text.sentences) {
    const inJargon = new Set<number>();
    for (const match of sentence.jargon) for (let i = match.from; i < match.to; i++) inJargon.add(i);
    sentence.tokens.forEach((token, index) => {
      if (!token.ordinary || !token.familiarity || inJargon.has(index)) return;
      const { zipf, parts } = token.familiarity;
      const uncommon = isUncommon(zipf);
      const long = token.syllables >= THRESHOLDS.longWordSyllables && zipf < THRESHOLDS.longWordCommonZipf;
      if (!uncommon && !long) return;
      const split = parts && parts.length > 1 ? ` Het woord bestaat uit: ${parts.join(' + ')}.` : '';
      if (uncommon) {
        findings.push({
          rule: 'moeilijk-woord',
          severity: 'advies',
          offset: token.start,
          words: [token.text],
          message: `Weinig mensen kennen het woord "${token.text}".${split}`,
          suggestion: long
            ? 'Kies een gewoon, korter woord. Of leg het woord uit in een korte zin.'
            : 'Kies een gewoon woord. Of leg het woord uit in een korte zin.',
        });
      } else {
        findings.push({
          rule: 'lang-woord',
          severity: 'advies',
          offset: token.start,
          words: [token.text],
          message: `"${token.text}" is een lang woord: ${token.syllables} lettergrepen.${split}`,
          suggestion: 'Kies een korter woord. Of zeg het in een paar gewone woorden.',
        });
      }
    });
  }
  return findings;
}
