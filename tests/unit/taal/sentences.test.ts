import { describe, expect, it } from 'vitest';
import { maskMarkup } from '../../../src/lib/taal/markup';
import { splitSentences } from '../../../src/lib/taal/sentences';
import { tokenize } from '../../../src/lib/taal/tokens';

/** The sentences of a text as strings, with markup removed and spaces tidied. */
function sentences(text: string, options: { markdown?: boolean } = {}): string[] {
  const masked = maskMarkup(text, options);
  return splitSentences(masked).map((span) =>
    masked
      .slice(span.start, span.end)
      .replace(/[\s\u2029]+/g, ' ')
      .trim(),
  );
}

describe('splitSentences', () => {
  it('splits on full stops, question marks and exclamation marks', () => {
    expect(sentences('Kom ook. Het is gezellig! Wilt u koffie? Ja.')).toEqual(['Kom ook.', 'Het is gezellig!', 'Wilt u koffie?', 'Ja.']);
  });

  it('does not split inside times, amounts and numbers', () => {
    expect(sentences('De koffie staat om 10.00 uur klaar. Een kopje kost € 2,50. Er wonen 3.000 mensen.')).toEqual([
      'De koffie staat om 10.00 uur klaar.',
      'Een kopje kost € 2,50.',
      'Er wonen 3.000 mensen.',
    ]);
    expect(sentences('Elke dinsdag van 10.00 tot 12.00 uur. Daarna is het dicht.')).toHaveLength(2);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('Neem bijv. een pen mee. Daarna gaan we beginnen.')).toHaveLength(2);
    expect(sentences('Dit geldt o.a. voor ouderen. Ook jongeren zijn welkom.')).toHaveLength(2);
    expect(sentences('Vraag het aan J. Jansen. Hij weet het.')).toEqual(['Vraag het aan J. Jansen.', 'Hij weet het.']);
    expect(sentences('Er kunnen max. 10 mensen meedoen.')).toHaveLength(1);
  });

  it('ends a sentence after a number at the end of a sentence', () => {
    expect(sentences('Dat was in 2026. Nu is het anders.')).toHaveLength(2);
  });

  it('treats list items as separate sentences, with or without closing punctuation', () => {
    expect(sentences('Wat kunt u vragen?\n\n- hulp in huis\n- hulp bij geld\n* een maatje\n1. een cursus')).toEqual([
      'Wat kunt u vragen?',
      'hulp in huis',
      'hulp bij geld',
      'een maatje',
      'een cursus',
    ]);
    expect(sentences('Onze doelen:\n• Meer mensen doen mee\n• Minder mensen zijn eenzaam')).toHaveLength(3);
  });

  it('removes Markdown and keeps headings apart', () => {
    expect(sentences('# Koffie-inloop\n\nKom **gezellig** langs bij [het dorpshuis](https://example.nl). Welkom!')).toEqual([
      'Koffie-inloop',
      'Kom gezellig langs bij het dorpshuis .',
      'Welkom!',
    ]);
  });

  it('reads each table cell as a sentence and skips the separator', () => {
    expect(sentences('| Dag | Tijd |\n| --- | --- |\n| dinsdag | 10.00 uur |')).toEqual(['Dag', 'Tijd', 'dinsdag', '10.00 uur']);
    expect(sentences('Wat willen we? | Wat doen we? |\n---|---|\nMeer contact | Een koffie-inloop |')).toHaveLength(4);
  });

  it('strips HTML tags and treats block elements as boundaries', () => {
    expect(sentences('<h2>Wanneer</h2><p>Elke <strong>dinsdag</strong>.</p><ul><li>Gratis</li><li>Zonder aanmelden</li></ul>')).toEqual([
      'Wanneer',
      'Elke dinsdag .',
      'Gratis',
      'Zonder aanmelden',
    ]);
    expect(sentences('<script>var x = "Dit is geen tekst."</script><p>Wel tekst.</p>')).toEqual(['Wel tekst.']);
  });

  it('joins a soft-wrapped line but splits a short heading line', () => {
    expect(sentences('De sociale basis maken we samen met de inwoners, vrijwilligers en\nonze partners in de buurt.')).toHaveLength(1);
    expect(sentences('Ambities\nWe willen dat iedereen meedoet.')).toEqual(['Ambities', 'We willen dat iedereen meedoet.']);
  });

  it('keeps offsets: markup is replaced, not removed', () => {
    const text = '**Kom** langs.';
    expect(maskMarkup(text)).toHaveLength(text.length);
    const [span] = splitSentences(maskMarkup(text));
    expect(text.slice(span!.start, span!.end)).toBe('Kom** langs.');
  });

  it('leaves web addresses, e-mail addresses and phone numbers out of the words', () => {
    const masked = maskMarkup('Mail info@voorbeeld.nl of kijk op www.voorbeeld.nl. Bel 0527 630 000.');
    const words = tokenize(masked, 0, masked.length).map((token) => token.text);
    expect(words).toEqual(['Mail', 'of', 'kijk', 'op', 'Bel', '0527630000']);
  });
});

describe('tokenize', () => {
  it('keeps compounds, abbreviations, times and amounts together', () => {
    const text = "Koffie-inloop t.a.v. auto's om 10.00 uur voor € 2,50 t/m 12-03-2026.";
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['Koffie-inloop', 'word'],
      ['t.a.v.', 'abbreviation'],
      ["auto's", 'word'],
      ['om', 'word'],
      ['10.00', 'number'],
      ['uur', 'word'],
      ['voor', 'word'],
      ['2,50', 'number'],
      ['t/m', 'abbreviation'],
      ['12-03-2026', 'number'],
    ]);
    expect(tokens[0]!.initial).toBe(true);
    expect(tokens[2]!.initial).toBe(false);
  });
});
