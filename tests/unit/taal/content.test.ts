import { describe, expect, it } from 'vitest';
import { checkActivities, checkEntry, composeText, parseContentSource, textFields } from '../../../src/lib/taal/content';
import { checkPage, visibleText } from '../../../src/lib/taal/html';
import { smallData } from '../../fixtures/taal/small-data';

const activity = `---
titel: Koffie in het dorp
samenvatting: Elke dinsdag staat de koffie klaar.
organisatie: welzijn-ens
locaties: [dorpshuis-ens]
contact:
  naam: Gerda Mulder
  telefoon: "0527 630 000"
  email: info@voorbeeld.nl
kosten:
  soort: bedrag
  bedrag: 1
  toelichting: Voor de koffie of thee.
welzijnOpRecept:
  klachten: [eenzaamheid]
  tip: Gerda helpt nieuwe mensen op weg.
taaluitzonderingen:
  - tekst: Indicatie Koffie
    reden: Naam van de activiteit
laatstGecontroleerd: 2026-11-02
---
Kom naar de Indicatie Koffie. U hebt geen indicatie nodig.
`;

describe('content texts', () => {
  const parsed = parseContentSource(activity, true);

  it('reads the text fields and leaves names, contact details, ids and dates out', () => {
    expect(textFields(parsed.data).map((field) => field.path)).toEqual([
      'titel',
      'samenvatting',
      'kosten.toelichting',
      'welzijnOpRecept.tip',
    ]);
  });

  it('points findings at the line and column in the file', () => {
    const result = checkEntry(
      { id: 'koffie', file: 'content/activiteiten/koffie.md', data: parsed.data, body: parsed.body, source: activity },
      smallData(),
      { isActivity: true },
    );
    const jargon = result.findings.filter((finding) => finding.rule === 'vakwoord');
    // The exception covers the name; the plain word in the second sentence still counts.
    expect(jargon).toMatchObject([{ file: 'content/activiteiten/koffie.md', line: 22, column: 43, words: ['indicatie'] }]);
    expect(result.verdict).toBe('niet B1');
  });

  it('holds content to the house style unless told otherwise', () => {
    const entry = { id: 'koffie', file: 'content/activiteiten/koffie.md', data: parsed.data, body: parsed.body, source: activity };
    const house = checkEntry(entry, smallData(), { isActivity: true });
    expect(house.ruleSet).toBe('huisstijl');
    expect(house.findings.filter((finding) => finding.rule === 'vakwoord')).toMatchObject([{ severity: 'fout', houseStyle: true }]);
    const b1 = checkEntry(entry, smallData(), { isActivity: true, ruleSet: 'b1' });
    expect(b1.ruleSet).toBe('b1');
    expect(b1.findings.filter((finding) => finding.rule === 'vakwoord')).toMatchObject([{ severity: 'advies' }]);
  });

  it('maps a field to its line in a YAML file', () => {
    const source = 'naam: Ens\nomschrijving: Ens is een dorp met een indicatie.\n';
    const composed = composeText(textFields(parseContentSource(source, false).data), source);
    const offset = composed.text.indexOf('indicatie');
    expect(composed.locate(offset)).toEqual({ line: 2, column: source.split('\n')[1]!.indexOf('indicatie') + 1 });
  });

  it('gives the result per activity id as plain data', () => {
    const results = checkActivities([{ id: 'koffie', data: parsed.data, body: parsed.body }], smallData());
    expect(Object.keys(results)).toEqual(['koffie']);
    expect(results.koffie).toMatchObject({ id: 'koffie', verdict: 'niet B1' });
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it('reports broken YAML instead of failing', () => {
    expect(parseContentSource('titel: [niet dicht\n', false).problem).toContain('De YAML-opmaak klopt niet');
  });
});

describe('page text', () => {
  const html = `<!DOCTYPE html><html lang="nl"><head><title>Titel</title><style>p{}</style></head><body>
<nav><a href="/">Home</a></nav>
<h1>Koffie in het dorp</h1>
<p>Elke dinsdag staat de <strong>koffie</strong> klaar.</p>
<ul><li>Gratis</li><li>Zonder aanmelden</li></ul>
<button>Zoeken</button><label>Uw dorp</label>
<div hidden>Verborgen indicatie</div><span aria-hidden="true">indicatie</span>
<svg><text>indicatie</text></svg><script>const indicatie = 1;</script>
<p lang="en">Welcome to the coffee morning</p>
</body></html>`;

  it('keeps only visible Dutch text and ends a sentence at every block', () => {
    const text = visibleText(html)
      .text.split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean);
    expect(text).toEqual([
      'Home',
      'Koffie in het dorp',
      'Elke dinsdag staat de koffie klaar.',
      'Gratis',
      'Zonder aanmelden',
      'Zoeken',
      'Uw dorp',
    ]);
  });

  it('checks a page and points at its line', () => {
    const result = checkPage('<html lang="nl"><body>\n<p>U hebt geen indicatie nodig.</p></body></html>', smallData(), {
      file: 'dist/index.html',
    });
    expect(result.findings.filter((finding) => finding.rule === 'vakwoord')).toMatchObject([
      { file: 'dist/index.html', line: 2, column: 16 },
    ]);
  });

  it('skips a page in another language', () => {
    const result = checkPage('<html lang="en"><body><p>Hello</p></body></html>', smallData(), { file: 'en.html' });
    expect(result.verdict).toBe('B1');
    expect(result.note).toContain('niet in het Nederlands');
  });
});
