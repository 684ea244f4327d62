/**
 * The B1 plain-Dutch checker. `checkText` checks one text with the project's own data
 * (word list, jargon list, names in the content); `checkTextWith` takes the data as an argument.
 * See README.md in this folder for the rules and the thresholds.
 */
import { checkTextWith, type CheckOptions } from './check';
import { checkActivities as checkActivitiesWith, type ActivityLanguageResult, type ContentEntry } from './content';
import { defaultLanguageData } from './load';
import type { TextResult } from './types';

/** Checks one text with the data in this repository. */
export function checkText(text: string, options: CheckOptions = {}): TextResult {
  return checkTextWith(text, defaultLanguageData().data, options);
}

/** The B1 result per activity id, as plain data, for the professionals' view. */
export function checkActivities(entries: readonly ContentEntry[]): Record<string, ActivityLanguageResult> {
  return checkActivitiesWith(entries, defaultLanguageData().data);
}

export { checkTextWith, positionIn, type CheckOptions } from './check';
export {
  checkActivity,
  checkEntry,
  composeText,
  parseContentSource,
  textFields,
  type ActivityLanguageResult,
  type ContentEntry,
} from './content';
export { loadLanguageData, defaultLanguageData } from './load';
export { RULE_SETS, THRESHOLDS, type RuleSet } from './thresholds';
export { HOUSE_STYLE_VERDICT, ruleLabel } from './verdict';
export type * from './types';
