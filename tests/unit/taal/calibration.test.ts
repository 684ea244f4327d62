/**
 * Calibration against texts with a known level: policy paragraphs from the seeds must be
 * "niet B1" (by the b1 rule set, so also under the house style), resident texts written at B1 must
 * be "B1" under both rule sets, and for the same content an easier rewrite must score better than a
 * harder one. Uses the real data in the repository. The levelled texts are in levels.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { loadLanguageData } from '../../../src/lib/taal/load';
import type { RuleSetName } from '../../../src/lib/taal/types';

const { data, problems } = loadLanguageData(process.cwd());
const fixtures = join('tests', 'fixtures', 'taal');
const read = (folder: string) =>
  readdirSync(join(fixtures, folder))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(fixtures, folder, name), 'utf8') }));
const check = (text: string, ruleSet: RuleSetName = 'b1') => checkTextWith(text, data, { ruleSet });
const RULE_SET_NAMES: readonly RuleSetName[] = ['b1', 'huisstijl'];

describe('calibration', () => {
  it('loads the real data without problems', () => {
    expect(problems).toEqual([]);
    expect(data.frequencies.size).toBeGreaterThan(40_000);
  });

  const seeds = read('seeds');
  it('has paragraphs from every seed document', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(6);
    const documents = new Set(seeds.map(({ name }) => name.replace(/-\d+\.txt$/, '')));
    expect(documents.size).toBe(5);
  });
  it.each(seeds)('policy paragraph $name is niet B1 under both rule sets', ({ text }) => {
    for (const ruleSet of RULE_SET_NAMES) {
      const result = check(text, ruleSet);
      expect(result.verdict, ruleSet).toBe('niet B1');
      expect(result.reasons.length).toBeGreaterThan(0);
    }
  });

  const references = read('b1');
  it('has at least 6 B1 reference texts', () => expect(references.length).toBeGreaterThanOrEqual(6));
  it.each(references)('reference text $name is B1 and fits the house style', ({ text }) => {
    for (const ruleSet of RULE_SET_NAMES) {
      const result = check(text, ruleSet);
      expect(result.reasons, ruleSet).toEqual([]);
      expect(result.verdict, ruleSet).toBe('B1');
    }
  });

  const rewrites = read('herschrijvingen');
  const topics = [...new Set(rewrites.map(({ name }) => name.replace(/-(makkelijk|midden|moeilijk)\.txt$/, '')))];
  it('has at least 4 topics in three versions', () => {
    expect(topics.length).toBeGreaterThanOrEqual(4);
    expect(rewrites.length).toBe(topics.length * 3);
  });
  it.each(topics)('orders the rewrites of %s: easy scores better than middle, middle better than hard', (topic) => {
    const score = (level: string) => check(rewrites.find(({ name }) => name === `${topic}-${level}.txt`)!.text).score!;
    expect(score('makkelijk')).toBeGreaterThan(score('midden'));
    expect(score('midden')).toBeGreaterThan(score('moeilijk'));
    for (const ruleSet of RULE_SET_NAMES) {
      expect(check(rewrites.find(({ name }) => name === `${topic}-makkelijk.txt`)!.text, ruleSet).verdict).toBe('B1');
      expect(check(rewrites.find(({ name }) => name === `${topic}-moeilijk.txt`)!.text, ruleSet).verdict).toBe('niet B1');
    }
  });
});

describe('good B1 text is not punished', () => {
  const errorsOf = (text: string) => check(text, 'huisstijl').findings.filter((finding) => finding.severity === 'fout');

  it('accepts a 14-word sentence, a common compound, a place name and a time range', () => {
    const text =
      'Elke dinsdag drinken we samen koffie in het dorpshuis van Ens, met de hele buurt.\n' +
      'De koffieochtend is van 10.00 tot 12.00 uur in Egmond aan Zee.';
    expect(check(text, 'huisstijl').findings).toEqual([]);
    expect(check(text, 'huisstijl').verdict).toBe('B1');
  });

  it('accepts names from the content and the names list', () => {
    const text = 'Het Alzheimer Café is in Heiloo. Welzijn op Recept helpt u verder. Loggen met DigiD leert u bij Home-Start.';
    expect(check(text).findings.filter((finding) => finding.rule === 'moeilijk-woord' || finding.rule === 'afkorting')).toEqual([]);
  });

  it('accepts a quote with hard words in it', () => {
    expect(errorsOf('Een bezoeker zegt: "Het is hier laagdrempelig en integraal." Wij zeggen: kom gewoon langs.')).toEqual([]);
  });
});
