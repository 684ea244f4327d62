/**
 * Long sentences. The guides (Utrecht, Direct Duidelijk) say at most 15 words; a sentence well
 * above that is an error, a sentence just above it advice.
 */
import { sentenceExcerpt, type AnalysedText, type RawFinding } from './analysis';
import { THRESHOLDS } from './thresholds';

export function longSentences(text: AnalysedText): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const sentence of text.sentences) {
    const count = sentence.wordCount;
    if (count <= THRESHOLDS.sentenceWordsAdvice) continue;
    const error = count > THRESHOLDS.sentenceWordsError;
    findings.push({
      rule: 'lange-zin',
      severity: error ? 'fout' : 'advies',
      offset: sentence.tokens[0]!.start,
      words: [sentenceExcerpt(text, sentence)],
      message: error
        ? `Deze zin is veel te lang: ${count} woorden.`
        : `Deze zin is lang: ${count} woorden.`,
      suggestion: `Maak er twee of meer zinnen van. Een zin van hoogstens ${THRESHOLDS.sentenceWordsAdvice} woorden leest makkelijk.`,
    });
  }
  return findings;
}
