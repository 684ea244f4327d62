/**
 * The schema of content/taal/moeilijke-woorden.yaml, the list of jargon and officialese that
 * editors extend. Errors name the entry by its number and word, so an editor finds it at once.
 */
import { z } from 'astro/zod';
import type { JargonEntry } from './types';

const nonEmpty = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `het veld "${field}" ontbreekt. Vul het in, zoals ${example}.`
          : `"${field}" moet tekst zijn, zoals ${example}.`,
    })
    .trim()
    .min(1, { error: `"${field}" is leeg. Vul het in, zoals ${example}.` });

export const jargonEntrySchema = z
  .strictObject(
    {
      woord: nonEmpty('woord', '"maatwerkvoorziening"')
        .refine((value) => value === value.toLowerCase(), {
          error: 'schrijf "woord" in kleine letters. De taalcheck vindt het woord ook met een hoofdletter.',
        })
        .describe('Het moeilijke woord of de vaste combinatie, in kleine letters.'),
      alternatief: nonEmpty('alternatief', '"hulp die bij u past"').describe('Wat een schrijver beter kan schrijven, in gewone woorden.'),
      uitleg: z
        .string({ error: '"uitleg" moet tekst zijn.' })
        .trim()
        .min(1, { error: '"uitleg" is leeg. Vul het in of haal de regel weg.' })
        .optional()
        .describe('Korte uitleg waarom het woord moeilijk is.'),
      ernst: z
        .enum(['fout', 'advies'], { error: 'kies bij "ernst" fout of advies. Laat het weg voor fout.' })
        .default('fout')
        .describe('fout: de tekst is dan geen B1. advies: het woord mag soms, de checker geeft alleen een tip.'),
      vormen: z
        .array(nonEmpty('vormen', '[participeert, participeerde]'), {
          error: 'schrijf bij "vormen" een lijst, zoals [participeert, participeerde].',
        })
        .optional()
        .describe('Andere vormen van het woord, zoals een meervoud of werkwoordsvormen.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `onbekend veld ${issue.keys.map((key) => `"${key}"`).join(', ')}. Gebruik alleen woord, alternatief, uitleg, ernst en vormen.`
          : 'dit is geen goed item. Begin met "- woord:" en zet op de volgende regel "alternatief:".',
    },
  )
  .describe('Eén moeilijk woord met een gewoon alternatief.');

export const jargonListSchema = z.array(jargonEntrySchema, {
  error: 'Het bestand moet een lijst zijn: elk item begint met "- woord:".',
});

export interface JargonParseResult {
  entries: JargonEntry[];
  problems: string[];
}

function entryLabel(raw: unknown, index: number): string {
  const word = raw && typeof raw === 'object' && 'woord' in raw && typeof raw.woord === 'string' ? ` ("${raw.woord}")` : '';
  return `Item ${index + 1}${word}`;
}

/** Validates the parsed YAML; every problem names the entry and says what to do. */
export function validateJargonList(raw: unknown, file = 'content/taal/moeilijke-woorden.yaml'): JargonParseResult {
  if (!Array.isArray(raw)) {
    return { entries: [], problems: [`${file}: het bestand moet een lijst zijn. Elk item begint met "- woord:".`] };
  }
  const problems: string[] = [];
  const entries: JargonEntry[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, index) => {
    const result = jargonEntrySchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${file}: ${entryLabel(item, index)}: ${issue.message}`);
      return;
    }
    const data = result.data;
    const key = data.woord;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${file}: ${entryLabel(item, index)}: dit woord staat er al in, bij item ${first + 1}. Haal een van de twee weg.`);
      return;
    }
    seen.set(key, index);
    const entry: JargonEntry = {
      woord: data.woord,
      alternatief: data.alternatief,
      ernst: data.ernst,
      vormen: (data.vormen ?? []).map((form) => form.toLowerCase()),
    };
    if (data.uitleg !== undefined) entry.uitleg = data.uitleg;
    entries.push(entry);
  });
  return { entries, problems };
}
