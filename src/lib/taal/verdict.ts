/**
 * The verdict. Under the `b1` rule set: B1 or niet B1. Under `huisstijl`: the same B1 claim first,
 * then the stricter house rules; a text that is B1 but breaks a house rule "past niet bij de
 * huisstijl". So "niet B1" is only ever said on the grounds of the `b1` rule set.
 * A text fails on an error finding (a sentence well over the limit, an abbreviation, a date in
 * figures…) or when the text as a whole reads too hard: low Flesch-Douma, long sentences on
 * average or too often, too many uncommon words, jargon or passives. The averages need enough
 * words to mean something; below that only the error findings decide.
 */
import { RULE_SETS, THRESHOLDS, type RuleSet, type RuleSetName } from './thresholds';
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

/** What the verdict says when a text is B1 but breaks a rule of the house style. */
export const HOUSE_STYLE_VERDICT = 'past niet bij de huisstijl';

const decimal = (value: number) => String(value).replace('.', ',');
/** A share as a percentage, to one decimal when needed ("67,5%"), so a limit is never shown rounded up. */
const percent = (share: number) => `${decimal(Math.round(share * 1000) / 10)}%`;

/** One measure of the whole text: the reason to give when it is over the limit of a rule set, or undefined. */
type TextCheck = (stats: TextStats, score: number | null, set: RuleSet, norm: string) => string | undefined;

const TEXT_CHECKS: readonly TextCheck[] = [
  (stats, score, set, norm) =>
    stats.words >= THRESHOLDS.minimumWordsForScore && score !== null && score < set.minimumScore
      ? `De tekst is moeilijk te lezen: de score is ${decimal(score)}. ${norm} is dat minstens ${set.minimumScore}. Gebruik kortere zinnen en kortere woorden.`
      : undefined,
  (stats, _score, set, norm) => {
    const share = stats.runningSentences ? stats.longSentences / stats.runningSentences : 0;
    return stats.words >= THRESHOLDS.minimumWordsForScore &&
      stats.longSentences >= set.longSentenceMinimumCount &&
      share > set.longSentenceShare
      ? `${percent(share)} van de zinnen is langer dan ${THRESHOLDS.sentenceWordsAdvice} woorden. ${norm} is dat hoogstens ${percent(set.longSentenceShare)}.`
      : undefined;
  },
  (stats, _score, set, norm) =>
    stats.words >= THRESHOLDS.minimumWordsForScore && stats.wordsPerSentence > set.averageSentenceWords
      ? `De zinnen zijn gemiddeld ${decimal(stats.wordsPerSentence)} woorden lang. ${norm} is dat hoogstens ${decimal(set.averageSentenceWords)}.`
      : undefined,
  (stats, _score, set, norm) => {
    if (set.passiveShare === null || stats.words < THRESHOLDS.minimumWordsForScore) return undefined;
    const share = stats.sentences ? stats.passiveSentences / stats.sentences : 0;
    return stats.passiveSentences >= set.passiveMinimumCount && share > set.passiveShare
      ? `${percent(share)} van de zinnen staat in de lijdende vorm. ${norm} is dat hoogstens ${percent(set.passiveShare)}.`
      : undefined;
  },
  (stats, _score, set, norm) =>
    stats.uncommonWords >= set.uncommonMinimumCount && stats.uncommonShare > set.uncommonShare
      ? `${percent(stats.uncommonShare)} van de woorden is ongewoon (${stats.uncommonWords} verschillende woorden). ${norm} is dat hoogstens ${percent(set.uncommonShare)}.`
      : undefined,
  (stats, _score, set, norm) => {
    if (set.jargonPer100Words === null || stats.words < THRESHOLDS.minimumWordsForScore) return undefined;
    const per100 = (stats.jargonWeight / stats.words) * 100;
    return stats.jargonWeight >= set.jargonMinimumWeight && per100 > set.jargonPer100Words
      ? `Er ${stats.jargonWords === 1 ? 'staat 1 woord' : `staan ${stats.jargonWords} verschillende woorden`} vaktaal in de tekst. Dat is te veel voor ${stats.words} woorden. ${norm} is dat hoogstens ${decimal(set.jargonPer100Words)} per 100 woorden.`
      : undefined;
  },
];

/** The reasons a text fails the whole-text measures of a rule set (not its error findings). */
export function textReasons(
  stats: TextStats,
  score: number | null,
  set: RuleSet,
  norm = set.name === 'b1' ? 'Voor B1' : 'In de huisstijl',
): string[] {
  return TEXT_CHECKS.map((check) => check(stats, score, set, norm)).filter((reason): reason is string => reason !== undefined);
}

function errorReason(errors: readonly Finding[], against: string): string | undefined {
  if (errors.length === 0) return undefined;
  const byRule = new Map<RuleId, number>();
  for (const error of errors) byRule.set(error.rule, (byRule.get(error.rule) ?? 0) + 1);
  const parts = [...byRule].map(([rule, count]) => `${count} × ${ruleLabel(rule)}`);
  return `Er ${errors.length === 1 ? 'staat 1 fout' : `staan ${errors.length} fouten`} ${against}: ${parts.join(', ')}.`;
}

/**
 * The verdict and its reasons. Findings marked `houseStyle` are errors of the house style only:
 * they never make a text "niet B1".
 */
export function decideVerdict(
  stats: TextStats,
  score: number | null,
  findings: readonly Finding[],
  ruleSet: RuleSetName = 'b1',
): { verdict: Verdict; reasons: string[] } {
  const errors = findings.filter((finding) => finding.severity === 'fout');
  const b1Reasons: string[] = [];
  const houseReasons: string[] = [];
  const b1Errors = errorReason(
    errors.filter((finding) => !finding.houseStyle),
    'in de tekst',
  );
  if (b1Errors) b1Reasons.push(b1Errors);
  const houseErrors =
    ruleSet === 'huisstijl'
      ? errorReason(
          errors.filter((finding) => finding.houseStyle),
          'tegen de huisstijl',
        )
      : undefined;
  if (houseErrors) houseReasons.push(houseErrors);
  for (const check of TEXT_CHECKS) {
    const b1 = check(stats, score, RULE_SETS.b1, 'Voor B1');
    if (b1) b1Reasons.push(b1);
    else if (ruleSet === 'huisstijl') {
      const house = check(stats, score, RULE_SETS.huisstijl, 'In de huisstijl');
      if (house) houseReasons.push(house);
    }
  }
  if (b1Reasons.length) return { verdict: 'niet B1', reasons: [...b1Reasons, ...houseReasons] };
  if (houseReasons.length) return { verdict: HOUSE_STYLE_VERDICT, reasons: houseReasons };
  return { verdict: 'B1', reasons: [] };
}
