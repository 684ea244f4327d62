/**
 * Long sentences. The guides (Utrecht, Direct Duidelijk) say at most 15 words: above that, advice.
 * A sentence longer than any in the A1–B1 texts is an error that makes the text "niet B1"; under
 * the house style, a sentence well above the guideline is an error of the house style.
 */
import { sentenceExcerpt, type AnalysedText, type RawFinding } from './analysis';
import { RULE_SETS, THRESHOLDS, type RuleSetName } from './thresholds';

export function longSentences(text: AnalysedText, ruleSet: RuleSetName = 'b1'): RawFinding[] {
  const findings: RawFinding[] = [];
  const limit = RULE_SETS[ruleSet].sentenceWordsError;
  for (const sentence of text.sentences) {
    const count = sentence.wordCount;
    if (count <= THRESHOLDS.sentenceWordsAdvice) continue;
    const b1Error = count > RULE_SETS.b1.sentenceWordsError;
    const error = b1Error || count > limit;
    findings.push({
      rule: 'lange-zin',
      severity: error ? 'fout' : 'advies',
      ...(error && !b1Error ? { houseStyle: true as const } : {}),
      offset: sentence.tokens[0]!.start,
      words: [sentenceExcerpt(text, sentence)],
      message: b1Error
        ? `Deze zin is veel te lang: ${count} woorden.`
        : error
          ? `Deze zin is te lang voor de huisstijl: ${count} woorden.`
          : `Deze zin is lang: ${count} woorden.`,
      suggestion: `Maak er twee of meer zinnen van. Een zin van hoogstens ${THRESHOLDS.sentenceWordsAdvice} woorden leest makkelijk.`,
    });
  }
  return findings;
}
