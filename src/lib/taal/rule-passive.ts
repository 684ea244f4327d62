/**
 * The passive: a form of "worden" with a past participle ("de koffie wordt gezet"), or a form of
 * "zijn" with a participle and "door" ("is opgericht door de gemeente"). B1 guides ask for the
 * active form: it says who does what. Only advice: a passive is sometimes the clearest choice.
 * "zijn" without "door" is left alone, because "de activiteit is gestopt" is active Dutch.
 */
import type { AnalysedSentence, AnalysedText, RawFinding } from './analysis';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);
/** Words that end a clause: the participle of another clause does not belong to this verb. */
const CLAUSE_BREAK = new Set([
  'en',
  'maar',
  'want',
  'omdat',
  'als',
  'dat',
  'die',
  'wat',
  'waar',
  'wanneer',
  'of',
  'zodat',
  'terwijl',
  'doordat',
]);
const SEPARABLE =
  '(?:aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|voor|weg|samen|vast|vrij|tegen|achter|rond|thuis|binnen|buiten|neer|open|klaar|mogelijk|bekend|ter)';
const PARTICIPLE_GE = new RegExp(`^${SEPARABLE}?ge\\p{L}{2,}(?:d|t|en)$`, 'u');
const PARTICIPLE_PREFIX = /^(?:be|ver|ont|her|er|onder|over|mis|door)\p{L}{2,}(?:d|t)$/u;
/** Strong participles without ge- that the patterns above miss or would confuse with an infinitive. */
const STRONG_PARTICIPLES = new Set([
  'besproken',
  'verboden',
  'ontvangen',
  'vergeten',
  'verkregen',
  'bevonden',
  'verbonden',
  'verzonden',
  'beschreven',
  'vastgesteld',
  'onderzocht',
  'overwogen',
  'ondernomen',
  'ontworpen',
  'verschenen',
  'bedreven',
  'beslagen',
  'vertrokken',
  'ontnomen',
  'benoemd',
  'verlaten',
  'verweten',
  'bewezen',
]);
/** Look like participles but are nouns or adjectives: "het gebied", "gezond", "bekend". */
const NOT_PARTICIPLES = new Set([
  'gebied',
  'gezond',
  'gedicht',
  'gezicht',
  'gewicht',
  'gerecht',
  'gebit',
  'geleden',
  'genoeg',
  'gemeente',
  'geboorte',
  'bekend',
  'beleid',
  'bestand',
  'verband',
  'verstand',
  'geduld',
  'geheugen',
  'gelegen',
  'verschillend',
  'bericht',
  'gevecht',
  'geluid',
  'gemiddeld',
  'gezellig',
  'geweest',
  'geworden',
  'verleden',
  'tevreden',
  'volwassen',
  'gratis',
]);

export function isParticiple(key: string): boolean {
  if (NOT_PARTICIPLES.has(key) || key.endsWith('end') || key.endsWith('ende')) return false;
  return STRONG_PARTICIPLES.has(key) || PARTICIPLE_GE.test(key) || PARTICIPLE_PREFIX.test(key);
}

/** The participle that belongs to the verb at `index`, looking forward to the end of the clause and a few words back. */
function participleNear(sentence: AnalysedSentence, index: number): number | undefined {
  const tokens = sentence.tokens;
  for (let i = index + 1; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    if (CLAUSE_BREAK.has(key)) break;
    if (tokens[i]!.kind === 'word' && isParticiple(key)) return i;
  }
  // Verb last in a subordinate clause: "... dat door vrijwilligers gezet wordt".
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const key = tokens[i]!.key;
    if (CLAUSE_BREAK.has(key)) break;
    if (tokens[i]!.kind === 'word' && isParticiple(key)) return i;
  }
  return undefined;
}

export function passiveSentences(text: AnalysedText): { findings: RawFinding[]; count: number } {
  const findings: RawFinding[] = [];
  for (const sentence of text.sentences) {
    const tokens = sentence.tokens;
    const hasDoor = tokens.some((token) => token.key === 'door');
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i]!.key;
      const isWorden = WORDEN.has(key);
      if (!isWorden && !(hasDoor && ZIJN.has(key))) continue;
      const participle = participleNear(sentence, i);
      if (participle === undefined) continue;
      if (!isWorden && !tokens.slice(Math.min(i, participle)).some((token) => token.key === 'door')) continue;
      const words = [tokens[i]!.text, tokens[participle]!.text];
      findings.push({
        rule: 'lijdende-vorm',
        severity: 'advies',
        offset: tokens[i]!.start,
        words: participle > i ? words : words.reverse(),
        message: `Deze zin staat in de lijdende vorm ("${words.join(' … ')}"). Dan staat er niet wie iets doet.`,
        suggestion: 'Schrijf wie het doet, zoals "De vrijwilligers zetten koffie" in plaats van "Er wordt koffie gezet".',
      });
      break;
    }
  }
  return { findings, count: findings.length };
}
