/**
 * Building blocks shared by the synthetic generators of the benchmarks: a seeded random generator,
 * Dutch-looking place names that are no ordinary words, spots on Dutch land, slugs, and the pattern
 * of every real place name in content/, to swap for a synthetic one.
 * Used by corpus.ts (bench:search) and content.ts (bench:build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { tokens } from '../../src/lib/search/normalise';

/** mulberry32: small, fast and good enough to spread synthetic content. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Rough centres of Dutch regions: synthetic gemeenten lie around them, so every point is on land. */
export const ANCHORS: [number, number][] = [
  [52.37, 4.9],
  [51.92, 4.48],
  [52.09, 5.12],
  [53.22, 6.57],
  [52.51, 6.09],
  [51.44, 5.48],
  [50.85, 5.69],
  [51.98, 5.91],
  [53.2, 5.8],
  [52.99, 6.56],
  [51.5, 3.61],
  [51.59, 4.78],
  [51.69, 5.3],
  [52.22, 6.89],
  [52.63, 4.75],
  [52.52, 5.47],
  [52.78, 6.9],
  [51.37, 6.17],
  [51.84, 5.86],
  [52.21, 5.97],
  [52.16, 4.49],
  [52.38, 4.64],
  [52.96, 4.76],
  [51.56, 5.09],
  [52.7, 5.25],
  [53.1, 6.1],
  [52.04, 4.35],
  [51.81, 4.67],
  [52.3, 6.4],
  [51.2, 5.95],
];

/** Pieces of made-up Dutch place names: a head and a tail, such as Beek + dam. */
export const HEADS = [
  'Aal',
  'Bad',
  'Beek',
  'Berk',
  'Bos',
  'Brug',
  'Dal',
  'Dijk',
  'Drie',
  'Eik',
  'Elst',
  'Ger',
  'Ham',
  'Heem',
  'Hol',
  'Hoog',
  'Kat',
  'Kerk',
  'Lang',
  'Lin',
  'Maas',
  'Meer',
  'Mid',
  'Nes',
  'Oost',
  'Piet',
  'Ras',
  'Rijn',
  'Sluis',
  'Ter',
  'Uit',
  'Veen',
  'Vlie',
  'Vos',
  'Wad',
  'Wes',
  'Wier',
  'Zand',
  'Zwart',
  'Ander',
  'Bier',
  'Dron',
  'Gras',
  'Hen',
  'Loos',
  'Mun',
  'Olde',
  'Rode',
  'Steen',
  'Wol',
];
export const TAILS = [
  'dam',
  'horst',
  'broek',
  'veen',
  'dijk',
  'hoven',
  'loo',
  'wijk',
  'woude',
  'mond',
  'kerk',
  'zijl',
  'drecht',
  'hout',
  'beek',
  'meer',
  'burg',
  'holt',
  'rode',
  'sum',
  'um',
  'ingen',
  'erveen',
  'lo',
  'wolde',
  'schoten',
  'huizen',
  'hem',
];
export const QUARTERS = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Oud', 'Nieuw', 'Haven', 'Park', 'Veld'];

/**
 * Unique Dutch-looking place names that are not ordinary words, so they only ever mean a place.
 * 50 heads × 28 tails × 4 variants: about 5,600 names; enough for 50,000 activities in gebieden of 20.
 */
export function nameMaker(random: Random, commonWords: ReadonlySet<string>, taken: Iterable<string> = []) {
  const used = new Set<string>([...taken].map((name) => tokens(name).join(' ')));
  return (): string => {
    for (;;) {
      let name = `${pick(random, HEADS)}${pick(random, TAILS)}`;
      const variant = random();
      if (variant < 0.08) name = `Nieuw-${name}`;
      else if (variant < 0.14) name = `Oud-${name}`;
      else if (variant < 0.17) name = `${name} aan Zee`;
      const key = tokens(name).join(' ');
      if (used.has(key) || commonWords.has(key)) continue;
      used.add(key);
      return name;
    }
  };
}

export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Five decimals: about a metre, as the content writes coordinates. */
export const round = (value: number) => Math.round(value * 1e5) / 1e5;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches any of the names as a whole word, longest first. */
export function wordsPattern(names: Iterable<string>): RegExp {
  return new RegExp(
    `(?<![\\p{L}-])(${[...new Set(names)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}])`,
    'gu',
  );
}

export function readYaml(path: string): Record<string, any> {
  return yaml.load(readFileSync(path, 'utf8')) as Record<string, any>;
}

/** Every .yaml and .md file under a folder, recursively. */
export function contentFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml') || file.endsWith('.md'))
    .map((file) => join(folder, file));
}
