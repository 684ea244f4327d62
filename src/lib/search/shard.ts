/**
 * The prebuilt search index of one gemeente, written at build time as /data/zoeken/<gemeente>.json,
 * and the manifest that tells the browser which shards exist and which places they cover.
 * An inverted index (word → records) rather than a copy of every text: it is smaller to send,
 * and the browser looks words up instead of scanning every activity on each keystroke.
 */
import { isStopWord, tokens } from './normalise';
import type { PlaceInput } from './places';
import type { RecordText, SearchRecord } from './record';

export const SHARD_VERSION = 1;
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
  /** Per word, aligned with `woorden`: `recordIndex * 4 + field`, the strongest field per record, ascending. */
  treffers: number[][];
}

export interface ManifestGebied {
  id: string;
  naam: string;
  gemeente: string;
  aliases: string[];
  /** [lat, lon] of the centre, for "dichtbij" and neighbouring gebieden. */
  centrum: [number, number];
}

export interface Manifest {
  v: typeof SHARD_VERSION;
  gemaaktOp: string;
  gemeenten: { id: string; naam: string; aantal: number; shard: string }[];
  gebieden: ManifestGebied[];
}

export function shardPath(gemeente: string): string {
  return `${SEARCH_DATA_PATH}/${gemeente}.json`;
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
  entries.forEach(({ text }, recordIndex) => {
    const fields: [Field, string][] = [
      [Field.Titel, text.titel],
      [Field.Trefwoorden, text.trefwoorden],
      [Field.Tekst, text.tekst],
    ];
    for (const [field, value] of fields) {
      for (const word of indexWords(value)) {
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
    treffers: woorden.map((word) =>
      [...best.get(word)!].sort(([a], [b]) => a - b).map(([recordIndex, field]) => recordIndex * FIELDS + field),
    ),
  };
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
