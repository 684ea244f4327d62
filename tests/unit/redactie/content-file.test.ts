/**
 * Files written by the import must look like the files editors write by hand.
 * Every activity, organisation and place in the example content is read and written again:
 * the data must be the same, and the text too, apart from how a number is written (2.5 or 2.50).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, markdownCollections, validateFile } from '../../../src/lib/content-validation';
import { formatContentFile, leadingComments, parseRawContent } from '../../../src/lib/redactie/content-file';
import { activiteitSchema } from '../../../src/lib/schemas';
import { loadContentFiles } from '../../../scripts/content-files';

const root = resolve(import.meta.dirname, '../../..');
const { entries } = loadContentFiles(root);

const sameNumber = (a: string, b: string) => {
  const number = /^(\s*[\w]+: )(-?\d+(?:\.\d+)?)$/;
  const [, keyA, valueA] = number.exec(a) ?? [];
  const [, keyB, valueB] = number.exec(b) ?? [];
  return keyA !== undefined && keyA === keyB && Number(valueA) === Number(valueB);
};

describe('formatContentFile', () => {
  for (const collection of ['activiteiten', 'organisaties', 'locaties'] as const) {
    it(`writes every file in content/${collection}/ as it was`, () => {
      expect(entries[collection].length).toBeGreaterThan(10);
      for (const entry of entries[collection]) {
        const source = readFileSync(join(root, entry.file), 'utf8');
        const markdown = markdownCollections.has(collection);
        const raw = parseRawContent(source, markdown)!;
        const written = formatContentFile(collectionSchemas[collection], raw.data, raw.body, leadingComments(source));
        const reread = validateFile(collection, entry.file, written);
        expect(reread.problems, entry.file).toEqual([]);
        expect(reread.data, entry.file).toEqual(entry.data);
        const before = source.split('\n');
        const after = written.split('\n');
        expect(after.length, entry.file).toBe(before.length);
        before.forEach((line, index) => {
          if (line !== after[index])
            expect(sameNumber(line, after[index]!), `${entry.file}, line ${index + 1}: ${line} → ${after[index]}`).toBe(true);
        });
      }
    });
  }

  it('puts fields in schema order, quotes times and phone numbers, and keeps lists on one line', () => {
    const text = formatContentFile(
      activiteitSchema,
      {
        status: 'actief',
        titel: 'Test: een titel met een dubbele punt',
        rooster: { van: '10:00', soort: 'wekelijks', dagen: ['dinsdag'], tot: '11:00' },
        contact: { telefoon: '0527 630 000' },
        themas: ['ontmoeten', 'bewegen'],
        laatstGecontroleerd: '2026-11-02',
      },
      'Tekst.',
    );
    expect(text).toBe(
      [
        '---',
        'titel: "Test: een titel met een dubbele punt"',
        'themas: [ontmoeten, bewegen]',
        'rooster:',
        '  soort: wekelijks',
        '  dagen: [dinsdag]',
        '  van: "10:00"',
        '  tot: "11:00"',
        'contact:',
        '  telefoon: "0527 630 000"',
        'laatstGecontroleerd: 2026-11-02',
        'status: actief',
        '---',
        'Tekst.',
        '',
      ].join('\n'),
    );
  });
});
