/**
 * Synthetic content for the B1 gate benchmark (`npm run bench:taal -- --gate`): n activities as
 * files in a content/ folder outside the repository, made from the real files with new place,
 * organisation and person names, so texts are as long and as varied as real ones, pass the gate,
 * and the list of names grows with the content as it will (about 20 activities per gebied,
 * 15 gebieden per gemeente). Deterministic for a given size (seeded PRNG).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { DATA_PATHS } from '../../src/lib/taal/load';
import { escapeRegExp, HEADS, pick, prng, TAILS, type Random } from './synthetic';

export const TAAL_BENCH_ROOT = join(tmpdir(), 'preventiekaart-bench-taal');

const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Carla',
  'Daan',
  'Els',
  'Fatima',
  'Gerrit',
  'Hanna',
  'Ingrid',
  'Jan',
  'Karin',
  'Luuk',
  'Mohamed',
  'Nora',
  'Olga',
  'Piet',
  'Rosa',
  'Sem',
  'Tineke',
  'Yusuf',
];
const LAST_NAMES = [
  'Bakker',
  'de Boer',
  'Dekker',
  'Hendriks',
  'Jansen',
  'de Jong',
  'Kok',
  'Meijer',
  'Mulder',
  'Peters',
  'Smit',
  'Visser',
  'de Vries',
  'van Dijk',
  'Vos',
  'Yilmaz',
];

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));
}

interface Real {
  activities: string[];
  gebieden: string[];
  gemeenten: string[];
  organisaties: string[];
  locaties: string[];
  /** Real place names, longest first: swapped for the synthetic gebied. */
  places: RegExp;
  /** Real person names (contacts, coaches): swapped for synthetic ones. */
  persons: RegExp;
}

function readReal(content: string): Real {
  const read = (collection: string) => files(join(content, collection)).map((file) => readFileSync(file, 'utf8'));
  const sources = {
    activities: read('activiteiten'),
    gebieden: read('gebieden'),
    gemeenten: read('gemeenten'),
    organisaties: read('organisaties'),
    locaties: read('locaties'),
  };
  const places = new Set<string>();
  const persons = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (key === 'plaats') places.add(value);
      return;
    }
    if (Array.isArray(value)) return value.forEach((item) => collect(item, key));
    if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) {
        if ((childKey === 'contact' || childKey === 'welzijnscoach') && child && typeof child === 'object' && 'naam' in child)
          persons.add(String(child.naam));
        collect(child, childKey);
      }
    }
  };
  for (const source of [...sources.gebieden, ...sources.gemeenten]) {
    const data = yaml.load(source) as { naam: string };
    places.add(data.naam);
    places.add(data.naam.replace(/\s*\(.*\)$/, ''));
    collect(data);
  }
  for (const source of [...sources.activities, ...sources.locaties]) collect(yaml.load(source.split(/^---$/m)[1] ?? source));
  const alternation = (names: Set<string>) =>
    new RegExp(
      `(?<![\\p{L}-])(?:${[...names]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}])`,
      'gu',
    );
  return { ...sources, places: alternation(places), persons: alternation(persons) };
}

export interface GeneratedContent {
  root: string;
  activities: number;
  gebieden: number;
  gemeenten: number;
  /** A file to edit for the "one activity changed" run. */
  someActivity: string;
}

/** Writes a project folder with content/ and the checker's data files for `check:taal --content`. */
export function generateContent(activities: number, projectRoot = process.cwd()): GeneratedContent {
  const random = prng(0x7aa1 ^ activities);
  const real = readReal(join(projectRoot, 'content'));
  const root = join(TAAL_BENCH_ROOT, String(activities));
  rmSync(root, { recursive: true, force: true });
  for (const path of Object.values(DATA_PATHS)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    cpSync(join(projectRoot, path), join(root, path));
  }
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  const used = new Set<string>();
  const placeName = (): string => {
    for (let attempt = 0; ; attempt++) {
      const name = `${pick(random, HEADS)}${pick(random, TAILS)}${attempt > 20 ? ` ${pick(random, ['Noord', 'Zuid', 'Oost', 'West'])}${attempt}` : ''}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const person = () => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const rename = (source: string, place: string) => source.replace(real.places, place).replace(real.persons, person);

  const gebiedCount = Math.max(1, Math.round(activities / 20));
  const gemeenteCount = Math.max(1, Math.round(gebiedCount / 15));
  let someActivity = '';
  let written = 0;
  for (let g = 0; g < gemeenteCount; g++) {
    const gemeente = placeName();
    const gemeenteId = slug(gemeente);
    write(`content/gemeenten/${gemeenteId}.yaml`, rename(pick(random, real.gemeenten), gemeente));
    const gebieden = Math.round(((g + 1) * gebiedCount) / gemeenteCount) - Math.round((g * gebiedCount) / gemeenteCount);
    for (let b = 0; b < gebieden; b++) {
      const gebied = b === 0 ? gemeente : placeName();
      const gebiedId = slug(gebied);
      write(`content/gebieden/${gebiedId}.yaml`, rename(pick(random, real.gebieden), gebied));
      const count = Math.ceil(activities / gebiedCount);
      for (let a = 0; a < count && written < activities; a++, written++) {
        // Organisations and places are shared by a few activities each, and named after where they are.
        if (a % 3 === 0)
          write(
            `content/organisaties/${gemeenteId}/${gebiedId}-${a}.yaml`,
            rename(pick(random, real.organisaties), gebied).replace(/^naam: (.*)$/m, `naam: $1 ${gebied}`),
          );
        if (a % 2 === 0)
          write(
            `content/locaties/${gemeenteId}/${gebiedId}-${a}.yaml`,
            rename(pick(random, real.locaties), gebied).replace(/^naam: (.*)$/m, `naam: $1 ${gebied}`),
          );
        const template = pick(random, real.activities);
        const path = `content/activiteiten/${gemeenteId}/${gebiedId}-${written}.md`;
        write(path, rename(template, gebied));
        someActivity ||= path;
      }
    }
  }
  // Rounding can leave a few.
  for (; written < activities; written++)
    write(`content/activiteiten/rest/${written}.md`, rename(pick(random, real.activities), placeName()));
  return { root, activities, gebieden: gebiedCount, gemeenten: gemeenteCount, someActivity };
}
