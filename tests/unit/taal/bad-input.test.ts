import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTextWith } from '../../../src/lib/taal/check';
import { loadLanguageData } from '../../../src/lib/taal/load';
import { smallData } from '../../fixtures/taal/small-data';

const data = smallData();

describe('bad input', () => {
  it('says an empty text is empty, and does not call it hard', () => {
    for (const text of ['', '   \n\n  ', '<p></p>', '---\n\n']) {
      const result = checkTextWith(text, data);
      expect(result.verdict).toBe('B1');
      expect(result.score).toBeNull();
      expect(result.note).toMatch(/leeg|geen woorden/);
    }
  });

  it('calls a non-Dutch text niet B1 with a clear message', () => {
    const result = checkTextWith(
      'The coffee morning is every Tuesday. Everyone is welcome, and you do not need to sign up in advance.',
      data,
    );
    expect(result.verdict).toBe('niet B1');
    expect(result.findings).toMatchObject([{ rule: 'geen-nederlands' }]);
    expect(result.note).toContain('niet in het Nederlands');
  });

  it('does not take a short Dutch text for another language', () => {
    expect(checkTextWith('Gratis', data).findings.some((finding) => finding.rule === 'geen-nederlands')).toBe(false);
    expect(checkTextWith('U bent van harte welkom in het dorpshuis voor een kop koffie en een praatje.', data).note).toBeUndefined();
  });

  it('reads HTML and Markdown tables without crashing', () => {
    const html = checkTextWith('<table><tr><th>Dag</th><th>Tijd</th></tr><tr><td>dinsdag</td><td>10.00 uur</td></tr></table>', data);
    expect(html.stats.sentences).toBe(4);
    const table = checkTextWith('| Dag | Tijd |\n|---|---|\n| dinsdag | 10.00 uur |\n| woensdag | 14.00 uur |', data);
    expect(table.stats.sentences).toBe(6);
    expect(table.findings.filter((finding) => finding.rule === 'lange-zin')).toEqual([]);
  });

  it('survives odd characters', () => {
    for (const text of ['\u0000\u0001', '😀😀😀', '.....', '10:00 - 12:00', 'a'.repeat(5000), '<<<>>>&&&;', '| | |\n|-|-|']) {
      expect(() => checkTextWith(text, data)).not.toThrow();
    }
  });

  it('checks a whole policy document: niet B1, with findings on the right lines', () => {
    const { data: real } = loadLanguageData(process.cwd());
    const text = [0, 1]
      .map((n) => readFileSync(`tests/fixtures/taal/seeds/noordoostpolder-beleidsplan-sociaal-domein-2021-${n + 1}.txt`, 'utf8'))
      .join('\n\n')
      .repeat(10);
    const result = checkTextWith(text, real, { file: 'beleid.txt' });
    expect(result.verdict).toBe('niet B1');
    const lines = text.split('\n').length;
    for (const finding of result.findings) expect(finding.line).toBeLessThanOrEqual(lines);
  });
});
