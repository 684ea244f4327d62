import { describe, expect, it } from 'vitest';
import { checkTextWith, type CheckOptions } from '../../../src/lib/taal/check';
import { RULE_SETS } from '../../../src/lib/taal/thresholds';
import { isParticiple } from '../../../src/lib/taal/rule-passive';
import type { RuleId } from '../../../src/lib/taal/types';
import { smallData } from '../../fixtures/taal/small-data';

const data = smallData();
/** The house style by default: the rules below are its rules; the b1 rule set is asked for by name. */
const findings = (text: string, rule: RuleId, options: CheckOptions = {}) =>
  checkTextWith(text, data, { file: 'test.md', ruleSet: 'huisstijl', ...options }).findings.filter((finding) => finding.rule === rule);

describe('rule: lange zin', () => {
  it('accepts a sentence of 14 and of 15 words', () => {
    expect(findings('Elke dinsdag kunt u in het dorp met de buurt koffie of thee drinken.', 'lange-zin')).toEqual([]);
    expect(findings('Elke dinsdag kunt u in het dorp samen met de buurt koffie of thee drinken.', 'lange-zin')).toEqual([]);
  });

  it('gives advice above 15 words; under the house style an error above 22 that is not a B1 error', () => {
    const sixteen = 'Elke dinsdag kunt u in het dorp samen met de hele buurt koffie of thee gaan drinken.';
    expect(findings(sixteen, 'lange-zin')).toMatchObject([{ severity: 'advies', line: 1, column: 1 }]);
    const long = `${sixteen.slice(0, -1)} en daarna kunt u met de anderen nog een lang spel spelen.`;
    const [house] = findings(long, 'lange-zin', { ruleSet: 'huisstijl' });
    expect(house).toMatchObject({ severity: 'fout', houseStyle: true, rule: 'lange-zin', file: 'test.md' });
    expect(house!.message).toContain('te lang voor de huisstijl');
    expect(house!.suggestion).toContain('15 woorden');
    expect(findings(long, 'lange-zin', { ruleSet: 'b1' })).toMatchObject([{ severity: 'advies' }]);
  });

  it('is a B1 error above the longest sentence of the A1–B1 texts, under both rule sets', () => {
    const pool = ['wij', 'drinken', 'de', 'koffie', 'en', 'het', 'thee', 'in', 'dorp'];
    const words = (count: number) => `${Array.from({ length: count }, (_, index) => pool[index % pool.length]).join(' ')}.`;
    for (const ruleSet of ['b1', 'huisstijl'] as const) {
      expect(findings(words(RULE_SETS.b1.sentenceWordsError), 'lange-zin', { ruleSet })[0]!.message).not.toContain('veel te lang');
      const [finding] = findings(words(RULE_SETS.b1.sentenceWordsError + 1), 'lange-zin', { ruleSet });
      expect(finding).toMatchObject({ severity: 'fout' });
      expect(finding!.houseStyle).toBeUndefined();
      expect(finding!.message).toContain('veel te lang');
    }
  });
});

describe('rule: vaktaal', () => {
  it('finds jargon with its alternative, also inflected, in compounds and as a phrase', () => {
    expect(findings('U hebt geen indicatie nodig.', 'vakwoord')).toMatchObject([
      { words: ['indicatie'], severity: 'fout', suggestion: 'Schrijf liever: besluit dat u hulp krijgt.' },
    ]);
    expect(findings('Wij participeert niet. De aanpak is integrale zorg.', 'vakwoord').map((finding) => finding.words[0])).toEqual([
      'participeert',
      'integrale',
    ]);
    expect(findings('De zorgindicatie komt later.', 'vakwoord')).toHaveLength(1);
    expect(findings('Er is koffie ten behoeve van de buurt.', 'vakwoord')).toMatchObject([{ words: ['ten behoeve van'] }]);
    expect(findings('Dit wordt geborgd.', 'vakwoord')).toHaveLength(1);
  });

  it('makes jargon an error of the house style, and advice under b1 (where its density decides)', () => {
    expect(findings('U hebt geen indicatie nodig.', 'vakwoord')).toMatchObject([{ severity: 'fout', houseStyle: true }]);
    expect(findings('U hebt geen indicatie nodig.', 'vakwoord', { ruleSet: 'b1' })).toMatchObject([{ severity: 'advies' }]);
  });

  it('does not take a word that only looks like it: verborgen is not borgen', () => {
    expect(findings('De schat is verborgen.', 'vakwoord')).toEqual([]);
  });

  it('reports advice-level jargon as advice', () => {
    expect(findings('Er is ondersteuning voor u.', 'vakwoord')).toMatchObject([{ severity: 'advies' }]);
  });

  it('skips jargon inside an explicit exception, a name or a quote', () => {
    expect(
      findings('Kom naar de Indicatie Koffie.', 'vakwoord', {
        exceptions: [{ tekst: 'Indicatie Koffie', reden: 'Naam van de activiteit' }],
      }),
    ).toEqual([]);
    expect(
      checkTextWith('Kom naar de Preventie Club.', smallData({}, ['Preventie Club'])).findings.filter((f) => f.rule === 'vakwoord'),
    ).toEqual([]);
    expect(findings('Zij noemt het "integraal werken". Wij zeggen samen.', 'vakwoord')).toEqual([]);
  });
});

describe('rule: moeilijk of lang woord', () => {
  it('flags an uncommon word and leaves a compound of common words alone', () => {
    const text = 'Kom naar de koffieochtend in het dorpshuis. Er is een quizavond.';
    expect(findings(text, 'moeilijk-woord').map((finding) => finding.words[0])).toEqual(['quizavond']);
  });

  it('does not count names: capitals in the middle of a sentence, listed names and exceptions', () => {
    const text = 'Kom naar Zwartewaterland. Daar is Gerritsen ook. Ens is een dorp.';
    expect(checkTextWith(text, smallData({}, ['Ens'])).findings.filter((f) => f.rule === 'moeilijk-woord')).toEqual([]);
  });

  it('gives advice for a long word', () => {
    const longWord = smallData({ vrijwilligerswerk: 3.5 });
    expect(checkTextWith('Wij zorgen voor vrijwilligerswerk.', longWord).findings).toMatchObject([
      { rule: 'lang-woord', words: ['vrijwilligerswerk'] },
    ]);
  });
});

describe('rule: lijdende vorm', () => {
  it('finds worden with a participle, forward and backward', () => {
    expect(findings('De koffie wordt door vrijwilligers gezet.', 'lijdende-vorm')).toHaveLength(1);
    expect(findings('U wordt thuis opgehaald.', 'lijdende-vorm')).toHaveLength(1);
    expect(findings('Ik weet dat de koffie gemaakt wordt.', 'lijdende-vorm')).toHaveLength(1);
  });

  it('leaves active sentences and worden as a main verb alone', () => {
    expect(findings('De vrijwilligers zetten koffie.', 'lijdende-vorm')).toEqual([]);
    expect(findings('Het wordt gezellig.', 'lijdende-vorm')).toEqual([]);
    expect(findings('De activiteit is gestopt.', 'lijdende-vorm')).toEqual([]);
  });

  it('recognises participles', () => {
    expect(['gezet', 'opgehaald', 'besproken', 'verwacht', 'ondersteund'].every(isParticiple)).toBe(true);
    expect(['gezellig', 'gebied', 'gezond', 'verschillend', 'bekend'].some(isParticiple)).toBe(false);
  });
});

describe('rule: afkorting', () => {
  it('is an error for abbreviations with full stops, with the full words as suggestion', () => {
    expect(findings('Neem bijv. een pen mee.', 'afkorting')).toMatchObject([
      { severity: 'fout', words: ['bijv.'], suggestion: 'Schrijf het voluit: bijvoorbeeld.' },
    ]);
    expect(findings('Dit is o.a. voor ouderen.', 'afkorting')).toMatchObject([{ severity: 'fout', words: ['o.a.'] }]);
  });

  it('is advice for an unknown abbreviation in capitals, once, and not when explained', () => {
    expect(findings('Ga naar het CJG. Het CJG helpt.', 'afkorting')).toMatchObject([{ severity: 'advies', words: ['CJG'] }]);
    expect(findings('Het Centrum voor Jeugd (CJG) helpt. Bel het CJG.', 'afkorting')).toEqual([]);
    expect(findings('Bel 112 of haal de AED.', 'afkorting')).toEqual([]);
  });

  it('leaves words in capitals for emphasis alone', () => {
    expect(findings('Het is GRATIS.', 'afkorting')).toEqual([]);
  });

  it('takes initials followed by a capitalised name as part of the name, not as an abbreviation', () => {
    expect(findings('Het boek van Annie M.G. Schmidt is leuk.', 'afkorting')).toEqual([]);
    expect(findings('Bel J.P. Jansen, niet I.P.V. Jansen.', 'afkorting').map((finding) => finding.words[0])).toEqual(['I.P.V.']);
    expect(findings('De brief is i.p.v. Jansen.', 'afkorting')).toMatchObject([{ words: ['i.p.v.'] }]);
    expect(findings('Wij zijn er o.a. Voor ouderen.', 'afkorting')).toMatchObject([{ words: ['o.a.'] }]);
  });

  it('does not end a sentence after initials', () => {
    const result = checkTextWith('Het boek van Annie M.G. Schmidt is leuk. Lees het.', data);
    expect(result.stats.sentences).toBe(2);
  });
});

describe('uncommon words, judged per distinct word', () => {
  const rare = smallData({ kameel: 1, woestijn: 1, karavaan: 1, oase: 1 });
  it('counts a repeated uncommon word once, and weighs it 1/n', () => {
    const once = checkTextWith('De kameel loopt. Wij lopen mee.', rare).stats;
    expect(once).toMatchObject({ uncommonWords: 1 });
    const often = checkTextWith('De kameel loopt. De kameel staat. De kameel kan drinken. Wij lopen mee met de kameel.', rare).stats;
    expect(often.uncommonWords).toBe(1);
    // "kameel" 4 times weighs 1/4 among the distinct words.
    expect(often.uncommonShare).toBeCloseTo(0.25 / often.distinctWords, 3);
    expect(often.uncommonTokenShare).toBeGreaterThan(often.uncommonShare);
  });

  it('fails a text with many different uncommon words, but not one that repeats one topic word', () => {
    const topic = Array.from({ length: 8 }, () => 'De kameel kan goed lopen en drinken in het dorp.').join(' ');
    expect(checkTextWith(topic, rare).reasons.filter((reason) => reason.includes('ongewoon'))).toEqual([]);
    const many = 'De kameel loopt in de woestijn. Een karavaan zoekt een oase. Wij drinken thee in het dorp.';
    expect(checkTextWith(many, rare).reasons.some((reason) => reason.includes('ongewoon'))).toBe(true);
  });
});

describe('rule: datum en tijd', () => {
  it('accepts times and dates the B1 way', () => {
    expect(findings('Elke dinsdag van 10.00 tot 12.00 uur. Om 9.30 uur begint het.', 'datum-tijd')).toEqual([]);
    expect(findings('De eerste keer is op dinsdag 1 september 2026.', 'datum-tijd')).toEqual([]);
  });

  it('is an error for clock and numeric notation, with the B1 form as suggestion', () => {
    expect(findings('We beginnen om 10:00.', 'datum-tijd')).toMatchObject([{ severity: 'fout', suggestion: 'Schrijf: 10.00 uur.' }]);
    expect(findings('We beginnen om 14u.', 'datum-tijd')).toMatchObject([{ severity: 'fout', suggestion: 'Schrijf: 14.00 uur.' }]);
    expect(findings('Open van 9:00 tot 11:30.', 'datum-tijd')).toMatchObject([
      { severity: 'fout', suggestion: 'Schrijf: 9.00 tot 11.30 uur.' },
    ]);
    expect(findings('Kom op 1-9-2026.', 'datum-tijd')).toMatchObject([
      { severity: 'fout', suggestion: 'Schrijf de datum in woorden, met de dag erbij: dinsdag 1 september 2026.' },
    ]);
    expect(findings('Kom op 2026-09-01.', 'datum-tijd')).toMatchObject([{ severity: 'fout' }]);
  });

  it('are advice under the b1 rule set: a time in figures does not make a text harder to read', () => {
    expect(findings('We beginnen om 10:00.', 'datum-tijd', { ruleSet: 'b1' })).toMatchObject([{ severity: 'advies' }]);
    expect(findings('We beginnen om 10:00.', 'datum-tijd')).toMatchObject([{ severity: 'fout', houseStyle: true }]);
  });

  it('gives advice for a missing "uur", a dash between times and a date without weekday', () => {
    expect(findings('Het begint om 10.00 en we stoppen tijdig.', 'datum-tijd')).toMatchObject([
      { severity: 'advies', suggestion: 'Schrijf: 10.00 uur.' },
    ]);
    expect(findings('Open van 10.00-12.00 uur.', 'datum-tijd')).toMatchObject([{ severity: 'advies' }]);
    expect(findings('Kom op 1 september 2026.', 'datum-tijd')).toMatchObject([
      { severity: 'advies', suggestion: 'Schrijf de dag erbij: dinsdag 1 september 2026.' },
    ]);
  });

  it('does not take section numbers or amounts for times', () => {
    expect(findings('Zie paragraaf 1.1 voor meer. Het kost 12.50 euro.', 'datum-tijd')).toEqual([]);
  });
});

describe('findings', () => {
  it('point at the line and column of the words', () => {
    const text = 'Kom langs.\n\nU hebt geen indicatie nodig.';
    expect(findings(text, 'vakwoord')).toMatchObject([{ line: 3, column: 13, file: 'test.md' }]);
  });

  it('are Dutch and carry a suggestion', () => {
    const all = checkTextWith('Neem bijv. een indicatie mee om 10:00.', data, { ruleSet: 'huisstijl' }).findings;
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const finding of all) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.suggestion).toMatch(/^(Schrijf|Kies|Maak|Zet)/);
    }
  });
});
