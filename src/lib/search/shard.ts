/**
 * The prebuilt search index of one gemeente, written at build time as /data/zoeken/<gemeente>.json
 * (a large gemeente in parts, <gemeente>-2.json …, each within the size budget), and the manifest that
 * tells the browser which shards exist and which gebieden each covers.
 * An inverted index (word → records) rather than a copy of every text: it is smaller to send,
 * and the browser looks words up instead of scanning every activity on each keystroke.
 */
import { isStopWord, tokens } from './normalise';
import type { PlaceInput } from './places';
import type { RecordText, SearchRecord } from './record';

export const SHARD_VERSION = 3;

/** A shard stays below this many bytes gzip, so one gemeente or gebied loads fast on a slow phone line. */
export const SHARD_BUDGET_BYTES = 60_000;
export const SEARCH_DATA_PATH = '/data/zoeken';

/** Where a word was found. Lower is stronger: the ranking weighs a title match above a body match. */
export const Field = { Titel: 0, Trefwoorden: 1, Tekst: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];
const FIELDS = 4;

export interface Shard {
  v: typeof SHARD_VERSION;
  gemeente: string;
  records: SearchRecord[];
  /** Every indexed word, sorted, so the browser can find prefixes with a binary search. */
  woorden: string[];
  /**
   * Per word, aligned with `woorden`: `recordIndex * 4 + field`, the strongest field per record, ascending,
   * written as gaps (the first value, then each difference): small numbers, which halves the gzip size.
   */
  treffers: number[][];
  /**
   * Per record, aligned with `records`: how many words it is found by, all fields together. BM25 ranking
   * uses it so a word in a short text counts more than the same word lost in a long one.
   */
  lengtes: number[];
}

/** The postings of one word, from gaps back to values. */
export function postingsOf(shard: Shard, word: number): number[] {
  let value = 0;
  return shard.treffers[word]!.map((gap) => (value += gap));
}

export interface ManifestGebied {
  id: string;
  naam: string;
  gemeente: string;
  aliases: string[];
  /** [lat, lon] of the centre, for "dichtbij" and neighbouring gebieden. */
  centrum: [number, number];
  /** The four digits of its postcodes: a postcode typed for "dichtbij" finds the gebied on the device. */
  postcodes: string[];
}

export interface ManifestGemeente {
  id: string;
  naam: string;
  aantal: number;
  /** One shard, or for a large gemeente several, each with the gebieden its activities are for. */
  shards: { pad: string; gebieden: string[] }[];
}

export interface Manifest {
  v: typeof SHARD_VERSION;
  gemaaktOp: string;
  gemeenten: ManifestGemeente[];
  gebieden: ManifestGebied[];
}

/** "/data/zoeken/bergen.json"; the second and further parts of a large gemeente "/data/zoeken/bergen-2.json". */
export function shardPath(gemeente: string, part = 1): string {
  return `${SEARCH_DATA_PATH}/${gemeente}${part > 1 ? `-${part}` : ''}.json`;
}

/** Markdown links keep their text and lose their address: a URL is not something residents search for. */
function withoutLinks(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, ' ').replace(/https?:\/\/\S+/g, ' ');
}

export function indexWords(text: string): string[] {
  return tokens(withoutLinks(text)).filter((word) => word.length > 1 && !isStopWord(word));
}

export function buildShard(gemeente: string, entries: readonly { record: SearchRecord; text: RecordText }[]): Shard {
  const best = new Map<string, Map<number, Field>>();
  const lengtes = entries.map(() => 0);
  entries.forEach(({ text }, recordIndex) => {
    const fields: [Field, string][] = [
      [Field.Titel, text.titel],
      [Field.Trefwoorden, text.trefwoorden],
      [Field.Tekst, text.tekst],
    ];
    for (const [field, value] of fields) {
      const words = indexWords(value);
      lengtes[recordIndex] = lengtes[recordIndex]! + words.length;
      for (const word of words) {
        const perRecord = best.get(word) ?? new Map<number, Field>();
        const known = perRecord.get(recordIndex);
        if (known === undefined || field < known) perRecord.set(recordIndex, field);
        best.set(word, perRecord);
      }
    }
  });
  const woorden = [...best.keys()].sort();
  return {
    v: SHARD_VERSION,
    gemeente,
    records: entries.map((entry) => entry.record),
    woorden,
    treffers: woorden.map((word) => {
      let previous = 0;
      return [...best.get(word)!]
        .sort(([a], [b]) => a - b)
        .map(([recordIndex, field]) => {
          const value = recordIndex * FIELDS + field;
          const gap = value - previous;
          previous = value;
          return gap;
        });
    }),
    lengtes,
  };
}

type ShardEntry = { record: SearchRecord; text: RecordText };

/**
 * One gemeente as one shard, or, when that is over budget, as parts: the activities in order of their
 * first gebied, cut into as few equal runs as fit. Each part names every gebied of its activities, so a
 * search in one gebied loads only the parts that have it. `fits` measures (gzip at build time).
 */
export function splitShards(
  gemeente: string,
  entries: readonly ShardEntry[],
  fits: (shard: Shard) => boolean,
): { shard: Shard; gebieden: string[] }[] {
  const withGebieden = (part: readonly ShardEntry[]) => ({
    shard: buildShard(gemeente, part),
    gebieden: [...new Set(part.flatMap((entry) => entry.record.gebieden))].sort(),
  });
  const ordered = [...entries].sort((a, b) =>
    a.record.gebieden[0]! < b.record.gebieden[0]! ? -1 : a.record.gebieden[0]! > b.record.gebieden[0]! ? 1 : 0,
  );
  for (let count = 1; count <= entries.length; count += 1) {
    const size = Math.ceil(ordered.length / count);
    const parts = Array.from({ length: Math.ceil(ordered.length / size) }, (_, index) =>
      withGebieden(ordered.slice(index * size, (index + 1) * size)),
    );
    if (parts.every((part) => fits(part.shard)) || size === 1) return parts;
  }
  return [withGebieden(ordered)];
}

export function decodeHit(hit: number): { record: number; field: Field } {
  return { record: Math.floor(hit / FIELDS), field: (hit % FIELDS) as Field };
}

/** The place words the query side detects, from the manifest the browser loads. */
export function manifestPlaces(manifest: Manifest): PlaceInput {
  return {
    gemeenten: manifest.gemeenten.map(({ id, naam }) => ({ id, naam })),
    gebieden: manifest.gebieden.map(({ id, naam, gemeente, aliases }) => ({ id, naam, gemeente, aliases })),
  };
}
