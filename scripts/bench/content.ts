/**
 * Synthetic content for bench:build: a content/ folder of any size with the shape of the real one,
 * written as editors write it (Markdown with YAML front matter, YAML), so the whole build runs on it.
 * - About 20 activities per gebied and 15 gebieden per gemeente, sizes varying around those.
 * - Every activity is a real example activity (content/activiteiten/) moved to a synthetic gebied: its
 *   schedule (weekly, every other week, monthly by ordinal, by appointment, periods, pauses), costs,
 *   themes, target groups and klachten stay, and its texts are the real sentences with the real place
 *   names swapped for the synthetic ones, so they pass the B1 gate. A third of the bodies get one
 *   paragraph of another activity, so not every text is a copy.
 * - Organisations are cloned per gemeente and places per gebied, as their templates; places lie
 *   within about 1.5 km of the centre of their gebied (check:content allows 10 km).
 * Seeded: the same size and seed write the same files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { ANCHORS, contentFiles, nameMaker, pick, prng, QUARTERS, round, slug, wordsPattern, type Random } from './synthetic';

/** The collections this module writes; content/schoolvakanties, content/taal and content/README.md are copied as they are. */
export const GENERATED_COLLECTIONS = ['gemeenten', 'gebieden', 'organisaties', 'locaties', 'activiteiten'] as const;
export const ACTIVITIES_PER_GEBIED = 20;
export const GEBIEDEN_PER_GEMEENTE = 15;

type Data = Record<string, any>;

interface Real {
  gemeenten: Map<string, Data>;
  gebieden: Map<string, Data>;
  organisaties: Map<string, Data>;
  locaties: Map<string, Data>;
  activiteiten: { id: string; data: Data; body: string }[];
  /** Real names of dorpen, wijken and their addresses: become the synthetic gebied. */
  gebiedNames: Set<string>;
  /** Real names of gemeenten: become the synthetic gemeente. */
  gemeenteNames: Set<string>;
  pattern: RegExp;
}

const idOf = (file: string) => basename(file).replace(/\.(yaml|md)$/, '');

function splitMarkdown(source: string): { data: Data; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('An example activity has no front matter.');
  return { data: yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Data, body: match[2]!.trim() };
}

export function loadRealContent(contentDir: string): Real {
  const byId = (collection: string) =>
    new Map(
      contentFiles(join(contentDir, collection)).map((file) => [
        idOf(file),
        yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Data,
      ]),
    );
  const gemeenten = byId('gemeenten');
  const gebieden = byId('gebieden');
  const gebiedNames = new Set<string>();
  const gemeenteNames = new Set<string>();
  for (const gebied of gebieden.values()) {
    gebiedNames.add(gebied.naam);
    for (const alias of gebied.ookBekendAls ?? []) gebiedNames.add(alias);
  }
  for (const gemeente of gemeenten.values()) {
    gemeenteNames.add(gemeente.naam);
    gemeenteNames.add(String(gemeente.naam).replace(/\s*\(.*\)$/, ''));
    if (gemeente.loket?.adres?.plaats) gebiedNames.add(gemeente.loket.adres.plaats);
  }
  const locaties = byId('locaties');
  for (const locatie of locaties.values()) if (locatie.adres?.plaats) gebiedNames.add(locatie.adres.plaats);
  for (const name of gemeenteNames) gebiedNames.delete(name);
  return {
    gemeenten,
    gebieden,
    organisaties: byId('organisaties'),
    locaties,
    activiteiten: contentFiles(join(contentDir, 'activiteiten')).map((file) => ({
      id: idOf(file),
      ...splitMarkdown(readFileSync(file, 'utf8')),
    })),
    gebiedNames,
    gemeenteNames,
    pattern: wordsPattern([...gebiedNames, ...gemeenteNames]),
  };
}

interface Gemeente {
  id: string;
  naam: string;
  centrum: [number, number];
  gebieden: Gebied[];
}

interface Gebied {
  id: string;
  naam: string;
  centrum: [number, number];
  postcode: string;
  activities: number;
}

/** n parts of a total, each weighted 0.5 to 1.5 at random, at least `min` each, summing to the total exactly. */
function spread(total: number, parts: number, random: Random, min = 1): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.max(min, Math.floor((weight / sum) * total)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let index = 0; rest !== 0; index = (index + 1) % parts) {
    const step = Math.sign(rest);
    if (sizes[index]! + step >= min) {
      sizes[index]! += step;
      rest -= step;
    }
  }
  return sizes;
}

/** Degrees of latitude and longitude per km in the Netherlands (52° N). */
const KM_LAT = 1 / 111;
const KM_LON = 1 / 68;
// Every gebied lies inside the box that check:content accepts for the Netherlands (latitude 50.7 to 53.6),
// with room for its places 1.5 km around it: an anchor near the border plus random offsets may not leave it.
const inNetherlands = ([lat, lon]: [number, number]): [number, number] => [round(Math.min(53.45, Math.max(50.8, lat))), lon];
const near = (random: Random, [lat, lon]: [number, number], km: number): [number, number] => [
  round(lat + (random() * 2 - 1) * km * KM_LAT),
  round(lon + (random() * 2 - 1) * km * KM_LON),
];

function plan(activities: number, random: Random, real: Real): Gemeente[] {
  const gebiedCount = Math.max(1, Math.round(activities / ACTIVITIES_PER_GEBIED));
  const gemeenteCount = Math.max(1, Math.round(gebiedCount / GEBIEDEN_PER_GEMEENTE));
  const perGebied = spread(activities, gebiedCount, random);
  const perGemeente = spread(gebiedCount, gemeenteCount, random);
  const newName = nameMaker(random, new Set(), [...real.gebiedNames, ...real.gemeenteNames]);
  let postcode = 0;
  let next = 0;
  return perGemeente.map((count) => {
    const naam = newName();
    const anchor = pick(random, ANCHORS);
    const centrum = inNetherlands([anchor[0] + (random() - 0.5) * 0.3, anchor[1] + (random() - 0.5) * 0.4]);
    // The main kern carries the gemeente's name, larger ones have wijken, the rest are dorpen.
    const names = [naam, ...QUARTERS.slice(0, count > 8 ? 3 : 0).map((quarter) => `${naam} ${quarter}`)];
    while (names.length < count) names.push(newName());
    const gebieden = names.slice(0, count).map((gebiedNaam, index) => ({
      id: slug(gebiedNaam),
      naam: gebiedNaam,
      centrum: index === 0 ? centrum : inNetherlands(near(random, centrum, 6)),
      postcode: String(1000 + (postcode++ % 9000)),
      activities: perGebied[next++]!,
    }));
    return { id: slug(naam), naam, centrum, gebieden };
  });
}

/** Swaps every string in a value: real place names for the synthetic gebied or gemeente. */
function retext(value: unknown, swap: (text: string) => string): any {
  if (typeof value === 'string') return swap(value);
  if (Array.isArray(value)) return value.map((item) => retext(item, swap));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, retext(item, swap)]));
  return value;
}

/** Every string quoted, so "10:00", "8307" and dates read back as the strings they were. */
const dump = (data: Data) => yaml.dump(data, { lineWidth: -1, forceQuotes: true, quotingType: '"', schema: yaml.CORE_SCHEMA });

export interface WrittenContent {
  activities: number;
  gebieden: number;
  gemeenten: number;
  organisaties: number;
  locaties: number;
}

/**
 * Writes content/<collection>/ for the generated collections into `contentDir` (removing what was
 * there). `realContentDir` is the repository's content/, the source of every template.
 */
export function writeSyntheticContent(contentDir: string, activities: number, realContentDir: string, seed = 0x5eed): WrittenContent {
  const random = prng(seed ^ activities);
  const real = loadRealContent(realContentDir);
  const gemeenten = plan(activities, random, real);
  for (const collection of GENERATED_COLLECTIONS) rmSync(join(contentDir, collection), { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  };
  const gemeenteTemplates = [...real.gemeenten.values()];
  const gebiedTemplates = [...real.gebieden.values()];
  const templates = real.activiteiten;
  const counts: WrittenContent = { activities: 0, gebieden: 0, gemeenten: gemeenten.length, organisaties: 0, locaties: 0 };

  for (const gemeente of gemeenten) {
    const swapFor = (gebied: Gebied) => (text: string) =>
      text.replace(real.pattern, (name) => (real.gemeenteNames.has(name) ? gemeente.naam : gebied.naam));
    const main = gemeente.gebieden[0]!;
    const gemeenteData = retext(pick(random, gemeenteTemplates), swapFor(main));
    gemeenteData.naam = gemeente.naam;
    gemeenteData.website = `https://www.${gemeente.id}.nl`;
    write(`gemeenten/${gemeente.id}.yaml`, dump(gemeenteData));

    for (const gebied of gemeente.gebieden) {
      const data = retext(pick(random, gebiedTemplates), swapFor(gebied));
      delete data.ookBekendAls;
      Object.assign(data, {
        naam: gebied.naam,
        gemeente: gemeente.id,
        centrum: { lat: gebied.centrum[0], lon: gebied.centrum[1] },
        postcodes: [gebied.postcode],
      });
      write(`gebieden/${gebied.id}.yaml`, dump(data));
      counts.gebieden += 1;
    }

    // One clone of a real organisation per gemeente, one clone of a real place per gebied, made when first used.
    const organisations = new Map<string, string>();
    const organisationFor = (realId: string): string => {
      const existing = organisations.get(realId);
      if (existing) return existing;
      const id = `${realId}-${gemeente.id}`;
      write(`organisaties/${gemeente.id}/${id}.yaml`, dump(retext(real.organisaties.get(realId) ?? {}, swapFor(main))));
      organisations.set(realId, id);
      counts.organisaties += 1;
      return id;
    };
    const places = new Map<string, string>();
    const placeFor = (realId: string, gebied: Gebied): string => {
      const template = real.locaties.get(realId) ?? {};
      const perGebied = template.gebied !== undefined;
      const key = perGebied ? `${realId}/${gebied.id}` : realId;
      const existing = places.get(key);
      if (existing) return existing;
      const id = `${realId}-${perGebied ? gebied.id : gemeente.id}`;
      const data = retext(template, swapFor(perGebied ? gebied : main));
      if (perGebied) data.gebied = gebied.id;
      if (data.coordinaten) {
        const [lat, lon] = near(random, gebied.centrum, 1.5);
        data.coordinaten = { lat, lon };
      }
      if (data.adres) data.adres = { ...data.adres, plaats: gebied.naam, postcode: `${gebied.postcode} AB` };
      write(`locaties/${gemeente.id}/${id}.yaml`, dump(data));
      places.set(key, id);
      counts.locaties += 1;
      return id;
    };

    for (const gebied of gemeente.gebieden) {
      for (let index = 0; index < gebied.activities; index += 1) {
        const template = pick(random, templates);
        const swap = swapFor(gebied);
        const data = retext(template.data, swap);
        let body = swap(template.body);
        if (random() < 0.33) {
          const other = swap(pick(random, templates).body).split(/\n\n+/);
          body = `${body}\n\n${other[Math.floor(random() * other.length)]}`;
        }
        data.organisatie = organisationFor(template.data.organisatie);
        data.locaties = (template.data.locaties ?? []).map((id: string) => placeFor(id, gebied));
        const second = gemeente.gebieden[Math.floor(random() * gemeente.gebieden.length)]!;
        data.gebieden = random() < 0.15 && second !== gebied ? [gebied.id, second.id] : [gebied.id];
        const id = `${slug(data.titel).slice(0, 48).replace(/-$/, '')}-${gebied.id}-${index + 1}`;
        write(`activiteiten/${gemeente.id}/${id}.md`, `---\n${dump(data)}---\n${body}\n`);
        counts.activities += 1;
      }
    }
  }
  return counts;
}
