/**
 * The B1 check of one text: runs every rule, computes the score and gives the verdict.
 * Pure: the language data comes in as an argument (see load.ts for reading it from files),
 * so tests can inject a small word list.
 */
import { analyse, prepare, type AnalysedText, type RawFinding } from './analysis';
import { looksDutch } from './language';
import { maskMarkup } from './markup';
import { protectionCandidates } from './protected';
import { abbreviations } from './rule-abbreviations';
import { datesAndTimes } from './rule-dates';
import { jargon } from './rule-jargon';
import { passiveSentences } from './rule-passive';
import { longSentences } from './rule-sentence-length';
import { hardWords } from './rule-words';
import { computeStats, readingEase } from './score';
import { RULE_SETS, type RuleSetName } from './thresholds';
import type { Finding, LanguageData, LanguageException, Locate, Position, TextResult } from './types';
import { decideVerdict } from './verdict';

export interface CheckOptions {
  /** Shown in every finding; a path relative to the project root. */
  file?: string;
  /** Explicit exceptions from the content file (`taaluitzonderingen`). */
  exceptions?: readonly LanguageException[];
  /** Maps an offset in `text` to a place in the file, when the text was put together from parts of it. */
  locate?: Locate;
  /** Treat the text as Markdown (default) or plain text; HTML is recognised by itself. */
  markdown?: boolean;
  html?: boolean;
  /**
   * `b1` (default): the claim "this text is B1", calibrated on texts whose level experts gave.
   * `huisstijl`: the same, plus the stricter house style of the site (the default for content/).
   */
  ruleSet?: RuleSetName;
}

/**
 * Rules whose errors are house style, not B1: the jargon list (under `b1` its density decides,
 * see verdict.ts) and dates or times in figures. Under `b1` these are advice; under `huisstijl`
 * errors of the house style.
 */
const HOUSE_STYLE_RULES: ReadonlySet<RawFinding['rule']> = new Set(['vakwoord', 'datum-tijd']);

function underRuleSet(finding: RawFinding, ruleSet: RuleSetName): RawFinding {
  if (finding.severity !== 'fout' || !HOUSE_STYLE_RULES.has(finding.rule)) return finding;
  if (finding.rule === 'datum-tijd' && RULE_SETS[ruleSet].datesInFiguresAreErrors === false) return { ...finding, severity: 'advies' };
  if (finding.rule === 'vakwoord' && RULE_SETS[ruleSet].jargonPer100Words !== null) return { ...finding, severity: 'advies' };
  return { ...finding, houseStyle: true };
}

/** Line and column (1-based) of an offset in a text. */
export function positionIn(text: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

const EMPTY_STATS = {
  sentences: 0,
  runningSentences: 0,
  words: 0,
  ordinaryWords: 0,
  syllables: 0,
  wordsPerSentence: 0,
  syllablesPer100Words: 0,
  distinctWords: 0,
  uncommonWords: 0,
  uncommonShare: 0,
  uncommonTokenShare: 0,
  jargonWords: 0,
  jargonWeight: 0,
  longestSentence: 0,
  longSentences: 0,
  passiveSentences: 0,
};

function toFinding(raw: RawFinding, file: string, locate: Locate): Finding {
  const { line, column } = locate(raw.offset);
  return {
    rule: raw.rule,
    severity: raw.severity,
    file,
    line,
    column,
    words: raw.words,
    message: raw.message,
    suggestion: raw.suggestion,
    ...(raw.houseStyle ? { houseStyle: true as const } : {}),
  };
}

function notDutch(text: AnalysedText): RawFinding {
  const first = text.sentences[0]?.tokens[0]?.start ?? 0;
  return {
    rule: 'geen-nederlands',
    severity: 'fout',
    offset: first,
    words: [],
    message: 'Deze tekst lijkt niet in het Nederlands geschreven. De taalcheck kan alleen Nederlandse tekst beoordelen.',
    suggestion: 'Schrijf de tekst in het Nederlands. Een tekst in een andere taal hoort niet in dit veld.',
  };
}

/** Checks one text against the B1 rules and returns plain data. */
export function checkTextWith(text: string, data: LanguageData, options: CheckOptions = {}): TextResult {
  const file = options.file ?? '(tekst)';
  const ruleSet = options.ruleSet ?? 'b1';
  if (text.trim() === '') {
    return {
      file,
      verdict: 'B1',
      ruleSet,
      score: null,
      stats: { ...EMPTY_STATS },
      reasons: [],
      findings: [],
      note: 'Deze tekst is leeg. Er is niets te controleren.',
    };
  }
  const analysed = analyse(text, prepare(data), {
    exceptions: options.exceptions ?? [],
    ...(options.markdown !== undefined ? { markdown: options.markdown } : {}),
    ...(options.html !== undefined ? { html: options.html } : {}),
  });
  const locate = options.locate ?? positionIn(text);
  const passive = passiveSentences(analysed);
  const stats = computeStats(analysed, passive.count);
  const score = readingEase(stats);

  if (stats.words === 0) {
    return {
      file,
      verdict: 'B1',
      ruleSet,
      score: null,
      stats,
      reasons: [],
      findings: [],
      note: 'Deze tekst bevat geen woorden. Er is niets te controleren.',
    };
  }
  if (!looksDutch(analysed)) {
    const findings = [toFinding(notDutch(analysed), file, locate)];
    const { reasons } = decideVerdict(stats, score, findings, ruleSet);
    return {
      file,
      verdict: 'niet B1',
      ruleSet,
      score,
      stats,
      reasons,
      findings,
      note: 'Deze tekst lijkt niet in het Nederlands geschreven.',
    };
  }

  const raw = [
    ...longSentences(analysed, ruleSet),
    ...jargon(analysed),
    ...hardWords(analysed),
    ...passive.findings,
    ...abbreviations(analysed),
    ...datesAndTimes(analysed),
  ]
    .map((finding) => underRuleSet(finding, ruleSet))
    .sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'fout' ? -1 : 1));
  const findings = raw.map((finding) => toFinding(finding, file, locate));
  const { verdict, reasons } = decideVerdict(stats, score, findings, ruleSet);
  return { file, verdict, ruleSet, score, stats, reasons, findings };
}

/**
 * Everything outside the text itself that its result depends on, beyond the word lists and the
 * checker: the names and exceptions that match somewhere in it (see `candidates` in phrases.ts).
 * The verdict cache compares this, so a name added for another activity does not throw away the
 * verdict of every text, while a name that matches in this text does.
 */
export function protectionEvidence(text: string, data: LanguageData, options: CheckOptions = {}): string {
  if (text.trim() === '') return '[]';
  const masked = maskMarkup(text, {
    ...(options.markdown !== undefined ? { markdown: options.markdown } : {}),
    ...(options.html !== undefined ? { html: options.html } : {}),
  });
  const { names, exceptions } = protectionCandidates(masked, prepare(data).names, options.exceptions ?? []);
  return JSON.stringify([names, exceptions]);
}
