/**
 * A rough test whether a text is Dutch at all: Dutch prose is full of short function words
 * ("de", "het", "en", "u"). A text in English or Arabic has almost none, and a B1 verdict on it
 * would mean nothing.
 */
import type { AnalysedText } from './analysis';
import { THRESHOLDS } from './thresholds';

/** Words that are also English ("in", "is", "of", "we", "die", "over") are left out, or English would pass. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'op',
  'te',
  'dat',
  'voor',
  'met',
  'u',
  'je',
  'ik',
  'wij',
  'niet',
  'er',
  'zijn',
  'aan',
  'om',
  'ook',
  'bij',
  'als',
  'naar',
  'wat',
  'kan',
  'kunt',
  'hoe',
  'wordt',
  'worden',
  'dan',
  'nog',
  'maar',
  'heeft',
  'hebt',
  'hebben',
  'uw',
  'zij',
  'ze',
  'hij',
  'wie',
  'waar',
  'uit',
  'tot',
  'dit',
  'deze',
  'geen',
  'komt',
  'kom',
  'gaat',
  'samen',
  'elke',
  'iedereen',
  'mensen',
  'mee',
  'zo',
  'hier',
  'daar',
  'ons',
  'onze',
  'jij',
  'haar',
  'hun',
  'wil',
  'wilt',
  'moet',
  'mag',
  'veel',
  'meer',
  'elkaar',
]);

const MINIMUM_WORDS = 8;

export function looksDutch(text: AnalysedText): boolean {
  let words = 0;
  let functionWords = 0;
  for (const sentence of text.sentences) {
    for (const token of sentence.tokens) {
      // Names say nothing about the language around them.
      if (token.kind !== 'word' || token.likelyName || token.protection === 'naam') continue;
      words++;
      if (FUNCTION_WORDS.has(token.key)) functionWords++;
    }
  }
  if (words < MINIMUM_WORDS) return true;
  return functionWords / words >= THRESHOLDS.dutchFunctionWordShare;
}
