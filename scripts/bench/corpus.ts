/**
 * Synthetic search data for the search benchmark: n activities over many gemeenten, made by
 * recombining the real activities, and turned into shards by the real `buildShard`.
 * Deterministic for a given size (seeded PRNG), except the coming dates, which follow today so the
 * browser shows a "next date" as it would on a fresh build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import {
  ANCHORS,
  contentFiles as yamlFiles,
  nameMaker,
  pick,
  prng,
  QUARTERS,
  readYaml,
  round,
  slug,
  wordsPattern,
  type Random,
} from './synthetic';
import { formatCost } from '../../src/lib/format';
import { tokens } from '../../src/lib/search/normalise';
import { dayPartOf, type RecordText, type SearchRecord } from '../../src/lib/search/record';
import { STORED_DATES } from '../../src/lib/upcoming';
import { gzipBytes } from '../../src/lib/search/build';
import {
  SEARCH_DATA_PATH,
  SHARD_BUDGET_BYTES,
  shardPath,
  SHARD_VERSION,
  splitShards,
  type Manifest,
  type ManifestGebied,
  type ManifestGemeente,
} from '../../src/lib/search/shard';
import type { Kosten } from '../../src/lib/schemas';
import {
  complaints,
  targetGroups,
  themes,
  type ComplaintId,
  type LanguageId,
  type TargetGroupId,
  type ThemeId,
  type Weekday,
} from '../../src/lib/taxonomy';

const CONTENT = 'content';
const WORDFREQ = '../shared/wordfreq/nl_50k.txt';
export const BENCH_ROOT = join(tmpdir(), 'preventiekaart-bench-search');

interface Template {
  titel: string;
  samenvatting: string;
  body: string;
  themas: ThemeId[];
  doelgroepen: TargetGroupId[];
  klachten: ComplaintId[];
  talen: LanguageId[];
  welzijnOpRecept: boolean;
  kosten: Kosten;
  zonderAanmelden: boolean;
  dagen: Weekday[];
  van?: string;
  tot?: string;
  opAfspraak: boolean;
  organisatie: string;
  locaties: { naam: string; physical: boolean }[];
}

interface RealContent {
  templates: Template[];
  /** Every real place name, longest first, to swap for a synthetic one. */
  placePattern: RegExp;
  /** Less common Dutch words, most frequent first, to grow the vocabulary the way more authors do. */
  vocabulary: string[];
  /** Folded common words: a synthetic place name must not be one of them. */
  commonWords: Set<string>;
}

export function loadRealContent(): RealContent {
  const byId = (folder: string) =>
    new Map(yamlFiles(join(CONTENT, folder)).map((file) => [basename(file).replace(/\.(yaml|md)$/, ''), readYaml(file)]));
  const organisaties = byId('organisaties');
  const locaties = byId('locaties');
  const places = new Set<string>();
  for (const gebied of byId('gebieden').values()) {
    places.add(gebied.naam);
    for (const alias of gebied.ookBekendAls ?? []) places.add(alias);
  }
  for (const gemeente of byId('gemeenten').values()) {
    places.add(gemeente.naam);
    places.add(String(gemeente.naam).replace(/\s*\(.*\)$/, ''));
    if (gemeente.loket?.adres?.plaats) places.add(gemeente.loket.adres.plaats);
  }
  for (const locatie of locaties.values()) if (locatie.adres?.plaats) places.add(locatie.adres.plaats);
  const placePattern = wordsPattern(places);

  const templates: Template[] = [];
  for (const file of yamlFiles(join(CONTENT, 'activiteiten'))) {
    const [, front, ...rest] = readFileSync(file, 'utf8').split(/^---$/m);
    const data = yaml.load(front!) as Record<string, any>;
    if (data.status === 'gestopt') continue;
    const rooster = data.rooster;
    const timed = rooster.soort !== 'op-afspraak';
    templates.push({
      titel: data.titel,
      samenvatting: data.samenvatting,
      body: rest.join('---').trim(),
      themas: data.themas,
      doelgroepen: data.doelgroepen,
      klachten: data.welzijnOpRecept?.klachten ?? [],
      talen: data.talen ?? ['nl'],
      welzijnOpRecept: data.welzijnOpRecept !== undefined,
      kosten: data.kosten,
      zonderAanmelden: !data.aanmelden?.nodig,
      dagen: timed ? rooster.dagen : [],
      van: timed ? rooster.van : undefined,
      tot: timed ? rooster.tot : undefined,
      opAfspraak: !timed,
      organisatie: organisaties.get(data.organisatie)?.naam ?? 'Welzijn in de buurt',
      locaties: (data.locaties ?? []).map((id: string) => {
        const locatie = locaties.get(id);
        return {
          naam: locatie?.naam ?? 'Buurthuis',
          physical: locatie?.soort !== 'aan-huis' && locatie?.soort !== 'online' && !!locatie?.adres,
        };
      }),
    });
  }

  const words = readFileSync(WORDFREQ, 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter(Boolean);
  return {
    templates,
    placePattern,
    // The top 1,000 are already in the real texts; the tail gives the long-tail words real authors add.
    vocabulary: words.slice(1000).filter((word) => /^[a-zëéèïöü]{5,}$/.test(word)),
    commonWords: new Set(words.flatMap((word) => tokens(word))),
  };
}

export interface SyntheticGemeente {
  id: string;
  naam: string;
  aantal: number;
  centrum: [number, number];
  gebieden: ManifestGebied[];
  /** Filled in when its shards are written. */
  shards: ManifestGemeente['shards'];
}

/**
 * Gemeente sizes follow a Zipf-like curve (exponent 0.7): the biggest gets about 6 % of all
 * activities at 350 gemeenten, close to the share of the largest Dutch cities, the smallest a handful.
 */
export function gemeenteSizes(total: number, count: number): number[] {
  const weights = Array.from({ length: count }, (_, rank) => (rank + 1) ** -0.7);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.max(1, Math.floor((weight / sum) * total)));
  // Hand out the rounding rest to the biggest, so the total is exact.
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let index = 0; rest !== 0; index = (index + 1) % count) {
    const step = Math.sign(rest);
    if (sizes[index]! + step >= 1) {
      sizes[index]! += step;
      rest -= step;
    }
  }
  return sizes;
}

export function gemeentenFor(total: number): number {
  return total <= 1000 ? 10 : total <= 10_000 ? 70 : 350;
}

function makeGemeenten(total: number, random: Random, real: RealContent): SyntheticGemeente[] {
  const newName = nameMaker(random, real.commonWords);
  return gemeenteSizes(total, gemeentenFor(total)).map((aantal) => {
    const naam = newName();
    const id = slug(naam);
    const anchor = pick(random, ANCHORS);
    const centrum: [number, number] = [round(anchor[0] + (random() - 0.5) * 0.3), round(anchor[1] + (random() - 0.5) * 0.4)];
    // Bigger gemeenten have more dorpen and wijken; the main kern carries the gemeente's name, as in real life.
    const count = Math.min(15, 2 + Math.round(Math.sqrt(aantal) / 4));
    const quarters = aantal > 400 ? QUARTERS.slice(0, Math.min(QUARTERS.length, count - 1)) : [];
    const names = [naam, ...quarters.map((quarter) => `${naam} ${quarter}`)];
    while (names.length < count) names.push(newName());
    const gebieden = names.map((gebiedNaam, index): ManifestGebied => ({
      id: index === 0 ? id : slug(gebiedNaam),
      naam: gebiedNaam,
      gemeente: id,
      aliases: random() < 0.1 ? [newName()] : [],
      centrum: index === 0 ? centrum : [round(centrum[0] + (random() - 0.5) * 0.1), round(centrum[1] + (random() - 0.5) * 0.14)],
      postcodes: [],
    }));
    return { id, naam, aantal, centrum, gebieden, shards: [] };
  });
}

/**
 * A word from the long tail, weighted to the front (u^2.5) so some tail words recur. Log-uniform
 * sampling put almost every draw in the first few hundred words: 11,500 words over 50,000
 * activities, far fewer than many authors write; this gives a word list that keeps growing.
 */
function tailWord(random: Random, vocabulary: readonly string[]): string {
  return vocabulary[Math.floor(random() ** 2.5 * vocabulary.length)]!;
}

/** Swaps a few longer words of a paragraph for tail words: new authors, new words, same sentence shape. */
function varyWords(paragraph: string, random: Random, vocabulary: readonly string[], swaps: number): string {
  const words = paragraph.split(' ');
  for (let n = 0; n < swaps; n += 1) {
    const at = Math.floor(random() * words.length);
    if (/^[a-zë]{6,}$/.test(words[at]!)) words[at] = tailWord(random, vocabulary);
  }
  return words.join(' ');
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

interface Entry {
  record: SearchRecord;
  text: RecordText;
}

function makeActivity(gemeente: SyntheticGemeente, index: number, random: Random, real: RealContent, today: Date): Entry {
  const template = pick(random, real.templates);
  const second = pick(random, real.templates);
  const gebied = gemeente.gebieden[Math.min(gemeente.gebieden.length - 1, Math.floor(random() ** 1.6 * gemeente.gebieden.length))]!;
  const gebieden = random() < 0.15 ? [...new Set([gebied, pick(random, gemeente.gebieden)])] : [gebied];
  const place = (text: string) => text.replace(real.placePattern, gebied.naam);

  let titel = place(template.titel);
  if (!titel.includes(gebied.naam) && random() < 0.3) titel = `${titel} ${gebied.naam}`;
  const paragraphs = [...place(template.body).split(/\n\n+/), ...place(second.body).split(/\n\n+/).slice(1, 2)];
  const body = paragraphs.map((paragraph) => varyWords(paragraph, random, real.vocabulary, 3)).join('\n\n');
  const samenvatting = varyWords(place(random() < 0.7 ? template.samenvatting : second.samenvatting), random, real.vocabulary, 1);

  const themas = [...template.themas];
  if (random() < 0.2) themas.push(pick(random, themes.ids));
  const locaties = template.locaties.length ? template.locaties : [{ naam: 'Buurthuis', physical: true }];
  const physical = locaties.filter((locatie) => locatie.physical);
  const organisatie = place(template.organisatie).replace(real.placePattern, gemeente.naam);
  const dates: [string, string, string][] = template.opAfspraak
    ? []
    : Array.from({ length: STORED_DATES }, (_, week) => [
        isoDate(addDays(today, 1 + Math.floor(random() * 6) + week * 7)),
        template.van!,
        template.tot!,
      ]);
  const freshness = random();
  const id = `${slug(titel).slice(0, 60)}-${gemeente.id}-${index}`;

  const record: SearchRecord = {
    id,
    titel,
    samenvatting,
    url: `/activiteiten/${id}/`,
    gemeente: gemeente.id,
    gebieden: gebieden.map((item) => item.id),
    themas: [...new Set(themas)],
    doelgroepen: [...template.doelgroepen],
    klachten: [...template.klachten],
    talen: [...template.talen],
    welzijnOpRecept: template.welzijnOpRecept,
    gratis: template.kosten.soort === 'gratis',
    kosten: formatCost(template.kosten),
    rolstoel: physical.length > 0 && random() < 0.7,
    zonderAanmelden: template.zonderAanmelden,
    dagen: [...template.dagen],
    dagdelen: template.van ? [dayPartOf(template.van)] : [],
    opAfspraak: template.opAfspraak,
    data: dates,
    punten: physical.map(() => [round(gebied.centrum[0] + (random() - 0.5) * 0.02), round(gebied.centrum[1] + (random() - 0.5) * 0.03)]),
    plekken: physical.map((locatie) => place(locatie.naam)),
    opAfstand: physical.length < locaties.length,
    actualiteit: freshness < 0.8 ? 'recent' : freshness < 0.95 ? 'controleren' : 'verouderd',
    gepauzeerd: random() < 0.03,
  };
  // The same fields, in the same order, as recordText() in src/lib/search/record.ts.
  const text: RecordText = {
    titel,
    trefwoorden: [
      ...record.themas.map((theme) => themes.label(theme)),
      ...record.doelgroepen.map((group) => targetGroups.label(group)),
      ...record.klachten.map((complaint) => complaints.label(complaint)),
      organisatie,
      ...locaties.map((locatie) => (locatie.physical ? `${place(locatie.naam)} ${gebied.naam}` : locatie.naam)),
      ...gebieden.map((item) => item.naam),
    ].join(' '),
    tekst: `${samenvatting} ${body}`,
  };
  return { record, text };
}

export interface GeneratedSize {
  activities: number;
  dir: string;
  manifest: Manifest;
  /** The gemeente with the most activities: the worst single-gemeente case. */
  largest: SyntheticGemeente;
  gemeenten: SyntheticGemeente[];
  shardGzip: number[];
  manifestGzip: number;
  words: { largest: number; all: number };
}

export function generate(activities: number, real: RealContent, today = new Date()): GeneratedSize {
  const random = prng(0x5eed ^ activities);
  const gemeenten = makeGemeenten(activities, random, real);
  const dir = join(BENCH_ROOT, String(activities));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const shardGzip: number[] = [];
  const allWords = new Set<string>();
  let largestWords = 0;
  const largest = gemeenten.reduce((a, b) => (b.aantal > a.aantal ? b : a));
  for (const gemeente of gemeenten) {
    const entries = Array.from({ length: gemeente.aantal }, (_, index) => makeActivity(gemeente, index, random, real, today));
    // As src/lib/search/build.ts splits and src/pages/data/zoeken/[shard].json.ts writes them: compact JSON.
    const parts = splitShards(gemeente.id, entries, (shard) => gzipBytes(shard) <= SHARD_BUDGET_BYTES);
    gemeente.shards = parts.map((part, index) => {
      const json = JSON.stringify(part.shard);
      const pad = shardPath(gemeente.id, index + 1);
      writeFileSync(join(dir, pad.slice(SEARCH_DATA_PATH.length + 1)), json);
      shardGzip.push(gzipSync(json).length);
      for (const word of part.shard.woorden) allWords.add(word);
      if (gemeente === largest) largestWords += part.shard.woorden.length;
      return { pad, gebieden: part.gebieden };
    });
  }

  const collator = new Intl.Collator('nl');
  const sorted = [...gemeenten].sort((a, b) => collator.compare(a.naam, b.naam));
  const manifest: Manifest = {
    v: SHARD_VERSION,
    gemaaktOp: isoDate(today),
    gemeenten: sorted.map(({ id, naam, aantal, shards }) => ({ id, naam, aantal, shards })),
    gebieden: sorted.flatMap((gemeente) => gemeente.gebieden).sort((a, b) => collator.compare(a.naam, b.naam)),
  };
  const manifestJson = JSON.stringify(manifest);
  writeFileSync(join(dir, 'index.json'), manifestJson);
  return {
    activities,
    dir,
    manifest,
    largest,
    gemeenten,
    shardGzip,
    manifestGzip: gzipSync(manifestJson).length,
    words: { largest: largestWords, all: allWords.size },
  };
}
