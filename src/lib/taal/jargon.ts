/**
 * Finds words from the jargon list (content/taal/moeilijke-woorden.yaml) in a sentence.
 * Editors write one form; the common other forms are made here: plurals (-en, -s, -n), the
 * inflected adjective (integraal → integrale, preventief → preventieve) and the forms of verbs
 * on -eren (participeren → participeert, geparticipeerd). Compounds count too: "valpreventie"
 * is "preventie", "indicatiestelling" starts with "indicatie", if the other part is a real word.
 */
import type { JargonEntry } from './types';
import type { Token } from './tokens';

export interface JargonMatch {
  entry: JargonEntry;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

export interface JargonMatcher {
  match(tokens: readonly Token[], skip: (index: number) => boolean): JargonMatch[];
}

const COMPOUND_MIN_LETTERS = 6;
/** A jargon word inside a compound only counts when the rest is a real word, not a prefix like "ver-" (verborgen). */
const NOT_A_PART: ReadonlySet<string> = new Set(['ver', 'her', 'ont', 'be', 'ge', 'er', 'on', 'mis', 'te']);
const PART_MIN_ZIPF = 3;

function normalise(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/\.$/, '').trim();
}

/** The forms a writer is likely to use besides the one in the list. */
export function inflections(word: string): string[] {
  const forms = new Set([word, `${word}e`, `${word}en`, `${word}s`, `${word}n`]);
  // integraal → integrale, structureel → structurele, adequaat → adequate
  const longVowel = /([aeou])\1([^aeiou])$/.exec(word);
  if (longVowel) {
    const open = word.slice(0, -3) + longVowel[1] + longVowel[2];
    forms.add(`${open}e`).add(`${open}en`);
  }
  // preventief → preventieve, kwalitatief → kwalitatieve
  if (word.endsWith('f')) forms.add(`${word.slice(0, -1)}ve`).add(`${word.slice(0, -1)}ven`);
  // participeren → participeer, participeert, participeerde, geparticipeerd
  const verb = /^(.*?)(ië|e)ren$/.exec(word);
  if (verb) {
    const stem = `${verb[1]}${verb[2] === 'ië' ? 'ieer' : 'eer'}`;
    forms.add(stem).add(`${stem}t`).add(`${stem}de`).add(`${stem}den`).add(`ge${stem}d`);
  }
  return [...forms];
}

export function createJargonMatcher(entries: readonly JargonEntry[], frequencies: ReadonlyMap<string, number>): JargonMatcher {
  const single = new Map<string, JargonEntry>();
  const phrases = new Map<string, { words: string[]; entry: JargonEntry }[]>();
  const compoundParts: { word: string; entry: JargonEntry }[] = [];

  const addSingle = (form: string, entry: JargonEntry) => {
    // The list's own form wins over a generated form of another entry.
    if (!single.has(form)) single.set(form, entry);
  };

  for (const entry of entries) {
    const forms = [entry.woord, ...entry.vormen].map(normalise);
    for (const form of forms) {
      const words = form.split(/\s+/);
      if (words.length > 1) {
        const list = phrases.get(words[0]!) ?? [];
        list.push({ words, entry });
        phrases.set(words[0]!, list);
      }
    }
  }
  // Exact forms first, generated forms after, so "beleidskader" is never taken for "beleid" + s.
  for (const entry of entries)
    for (const form of [entry.woord, ...entry.vormen].map(normalise)) if (!form.includes(' ')) addSingle(form, entry);
  for (const entry of entries) {
    const word = normalise(entry.woord);
    if (word.includes(' ') || /[./]/.test(word)) continue;
    for (const form of inflections(word)) addSingle(form, entry);
    if (word.length >= COMPOUND_MIN_LETTERS && !word.endsWith('en')) compoundParts.push({ word, entry });
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  compoundParts.sort((a, b) => b.word.length - a.word.length);

  const isWord = (part: string) => {
    if (part.length < 3 || NOT_A_PART.has(part)) return false;
    const zipf = frequencies.get(part) ?? frequencies.get(part.replace(/(s|e|en)$/, ''));
    return zipf !== undefined && zipf >= PART_MIN_ZIPF;
  };

  const compoundCache = new Map<string, JargonEntry | null>();
  function inCompound(key: string): JargonEntry | undefined {
    const cached = compoundCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let found: JargonEntry | undefined;
    if (key.length >= COMPOUND_MIN_LETTERS + 3) {
      for (const { word, entry } of compoundParts) {
        if (key.length < word.length + 3) continue;
        const index = key.indexOf(word);
        if (index === -1) continue;
        const before = key.slice(0, index);
        const after = key.slice(index + word.length);
        // The jargon word at the end (valpreventie) or at the start (indicatiestelling, preventieakkoord).
        const atEnd = after === '' || inflections(word).includes(word + after);
        if (index > 0 && atEnd && isWord(before)) found = entry;
        else if (index === 0 && (isWord(after) || isWord(after.replace(/^(s|en|e)(?=.{3})/, '')))) found = entry;
        if (found) break;
      }
    }
    compoundCache.set(key, found ?? null);
    return found;
  }

  function lookup(key: string): JargonEntry | undefined {
    const exact = single.get(key);
    if (exact) return exact;
    if (key.includes('-')) {
      for (const part of key.split('-')) {
        const found = single.get(part) ?? inCompound(part);
        if (found) return found;
      }
      return undefined;
    }
    return inCompound(key);
  }

  return {
    match(tokens, skip) {
      const matches: JargonMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (skip(i)) continue;
        const key = tokens[i]!.key;
        const candidates = phrases.get(key);
        let matched = false;
        for (const candidate of candidates ?? []) {
          const end = i + candidate.words.length;
          if (end > tokens.length) continue;
          let ok = true;
          for (let k = 1; k < candidate.words.length && ok; k++) ok = tokens[i + k]!.key === candidate.words[k] && !skip(i + k);
          if (ok) {
            matches.push({ entry: candidate.entry, from: i, to: end });
            i = end - 1;
            matched = true;
            break;
          }
        }
        if (matched) continue;
        const entry = lookup(key);
        if (entry) matches.push({ entry, from: i, to: i + 1 });
      }
      return matches;
    },
  };
}
