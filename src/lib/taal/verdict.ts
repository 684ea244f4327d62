/**
 * The verdict: B1 or niet B1. A text is not B1 when it has an error (a sentence well over the
 * limit, jargon, an abbreviation, a date or time in figures), or when the text as a whole reads
 * too hard: low Flesch-Douma, long sentences on average, too many uncommon words or passives.
 * The averages need enough words to mean something; below that only the errors decide.
 */
import { THRESHOLDS } from './thresholds';
import type { Finding, RuleId, TextStats, Verdict } from './types';

const RULE_LABELS: Record<RuleId, string> = {
  'lange-zin': 'te lange zin',
  'moeilijk-woord': 'moeilijk woord',
  'lang-woord': 'lang woord',
  vakwoord: 'vaktaal',
  'lijdende-vorm': 'lijdende vorm',
  afkorting: 'afkorting',
  'datum-tijd': 'datum of tijd',
  'geen-nederlands': 'geen Nederlands',
};

export function ruleLabel(rule: RuleId): string {
  return RULE_LABELS[rule];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function decideVerdict(stats: TextStats, score: number | null, findings: readonly Finding[]): { verdict: Verdict; reasons: string[] } {
  const reasons: string[] = [];
  const errors = findings.filter((finding) => finding.severity === 'fout');
  if (errors.length > 0) {
    const byRule = new Map<RuleId, number>();
    for (const error of errors) byRule.set(error.rule, (byRule.get(error.rule) ?? 0) + 1);
    const parts = [...byRule].map(([rule, count]) => `${count} × ${ruleLabel(rule)}`);
    reasons.push(`Er ${errors.length === 1 ? 'staat 1 fout' : `staan ${errors.length} fouten`} in de tekst: ${parts.join(', ')}.`);
  }
  if (stats.words >= THRESHOLDS.minimumWordsForScore) {
    if (score !== null && score < THRESHOLDS.minimumScore) {
      reasons.push(`De tekst is moeilijk te lezen: de score is ${score}. Voor B1 is dat minstens ${THRESHOLDS.minimumScore}. Gebruik kortere zinnen en kortere woorden.`);
    }
    const longShare = stats.runningSentences ? stats.longSentences / stats.runningSentences : 0;
    if (stats.longSentences >= THRESHOLDS.longSentenceMinimumCount && longShare > THRESHOLDS.longSentenceShare) {
      reasons.push(`${percent(longShare)} van de zinnen is langer dan ${THRESHOLDS.sentenceWordsAdvice} woorden. Voor B1 is dat hoogstens ${percent(THRESHOLDS.longSentenceShare)}.`);
    }
    if (stats.wordsPerSentence > THRESHOLDS.averageSentenceWords) {
      reasons.push(`De zinnen zijn gemiddeld ${stats.wordsPerSentence} woorden lang. Voor B1 is dat hoogstens ${THRESHOLDS.averageSentenceWords}.`);
    }
    const passiveShare = stats.sentences ? stats.passiveSentences / stats.sentences : 0;
    if (stats.passiveSentences >= THRESHOLDS.passiveMinimumCount && passiveShare > THRESHOLDS.passiveShare) {
      reasons.push(`${percent(passiveShare)} van de zinnen staat in de lijdende vorm. Voor B1 is dat hoogstens ${percent(THRESHOLDS.passiveShare)}.`);
    }
  }
  if (stats.uncommonWords >= THRESHOLDS.uncommonMinimumCount && stats.uncommonShare > THRESHOLDS.uncommonShare) {
    reasons.push(`${percent(stats.uncommonShare)} van de woorden is ongewoon (${stats.uncommonWords} woorden). Voor B1 is dat hoogstens ${percent(THRESHOLDS.uncommonShare)}.`);
  }
  return { verdict: reasons.length === 0 ? 'B1' : 'niet B1', reasons };
}
