/**
 * "Mijn lijstje": a shortlist of activities without an account.
 *
 * The list is a comma-separated list of activity ids. It lives in two places, both on the visitor's own
 * device and never on a server: the URL fragment of /lijstje/#a,b,c (which a browser never sends to the
 * server, so a shared link carries the list to someone else), and localStorage, so that "Bewaar" on one
 * page is still there on the next. We chose localStorage over passing the fragment along on every link:
 * rewriting every link of every page is fragile and still loses the list when someone types an address.
 * localStorage is no cookie: it is never sent with a request. It is strictly needed for what the visitor
 * asked for by pressing "Bewaar", and /privacy/ says what is kept and how to remove it.
 *
 * The data for the list come from small JSON files (SHORTLIST_DATA_PATH): activities are spread over
 * buckets by a hash of their id, so the browser finds an activity's file from the id alone, without an
 * index that grows with the country.
 *
 * Browser-safe and pure: no DOM, no storage; the custom elements use these functions.
 */
import type { PlaceStatusId } from './taxonomy';

/** What still fits on one sheet of A4 with address, times and phone. */
export const MAX_SHORTLIST = 8;
export const SHORTLIST_PATH = '/lijstje/';
export const SHORTLIST_STORAGE_KEY = 'preventiekaart-lijstje';
export const SHORTLIST_DATA_PATH = '/data/lijstje';
/** About this many activities per data file; the number of files grows with the catalog. */
export const SHORTLIST_BUCKET_SIZE = 100;

/** An activity id as content/ makes it: the file name, lower case with hyphens. */
const ACTIVITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 120;
/** A fragment longer than this is not read any further: nobody shares a list of thousands. */
const MAX_FRAGMENT_LENGTH = 20_000;

export interface ParsedList {
  /** Readable ids, unique, in order, at most MAX_SHORTLIST. */
  ids: string[];
  /** Parts that are no activity id at all (a typo, a script, an empty part between commas is not counted). */
  unreadable: number;
  /** Readable ids after the first MAX_SHORTLIST. */
  tooMany: number;
}

/** Reads "#a,b,c" (or "a,b,c" from storage). Never throws; keeps what it can and counts what it dropped. */
export function parseList(text: string, max = MAX_SHORTLIST): ParsedList {
  const raw = text.replace(/^#/, '').slice(0, MAX_FRAGMENT_LENGTH);
  const ids: string[] = [];
  let unreadable = 0;
  let tooMany = 0;
  for (const part of raw.split(',')) {
    let id: string;
    try {
      id = decodeURIComponent(part).trim();
    } catch {
      unreadable += 1;
      continue;
    }
    if (id === '') continue;
    if (id.length > MAX_ID_LENGTH || !ACTIVITY_ID.test(id)) {
      unreadable += 1;
      continue;
    }
    if (ids.includes(id)) continue;
    if (ids.length >= max) tooMany += 1;
    else ids.push(id);
  }
  return { ids, unreadable, tooMany };
}

/** "a,b,c": the fragment and the stored value. Ids never need escaping (see ACTIVITY_ID). */
export function listText(ids: readonly string[]): string {
  return ids.join(',');
}

export function shortlistUrl(origin: string, ids: readonly string[]): string {
  return `${origin}${SHORTLIST_PATH}${ids.length > 0 ? `#${listText(ids)}` : ''}`;
}

export type ToggleResult = { ids: string[]; change: 'added' | 'removed' | 'full' };

/** Adds or removes one id; a full list stays as it is. */
export function toggleId(ids: readonly string[], id: string, max = MAX_SHORTLIST): ToggleResult {
  if (ids.includes(id)) return { ids: ids.filter((item) => item !== id), change: 'removed' };
  if (ids.length >= max) return { ids: [...ids], change: 'full' };
  return { ids: [...ids, id], change: 'added' };
}

/** FNV-1a, 32 bits: stable in every browser and in Node, so build and page agree on an id's file. */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, buckets);
}

export function bucketCount(activities: number): number {
  return Math.max(1, Math.ceil(activities / SHORTLIST_BUCKET_SIZE));
}

export const bucketPath = (bucket: number) => `${SHORTLIST_DATA_PATH}/${bucket + 1}.json`;
export const SHORTLIST_INDEX_PATH = `${SHORTLIST_DATA_PATH}/index.json`;

export interface ShortlistIndex {
  v: 1;
  gemaaktOp: string;
  buckets: number;
}

/** What the list and its printout show of one activity. */
export interface ShortlistRecord {
  id: string;
  titel: string;
  url: string;
  /** Dorpen or wijken, for the line under the title. */
  gebieden: string;
  /** One line per place: name and address, or "Bij u thuis." / "Online …". */
  waar: string[];
  /** The regular pattern: "Elke dinsdag van 10.00 tot 11.30 uur." */
  wanneer: string;
  /** Coming dates as [date, from, until]; the page shows the first on or after its own today. */
  data: [string, string, string][];
  kosten: string;
  telefoon?: string;
  email?: string;
  gepauzeerd: boolean;
  plaats?: { status: PlaceStatusId; geldigTot: string };
}

/** Why some of a link's activities are not shown, in B1; undefined when nothing was dropped. */
export function droppedSentences(parsed: ParsedList, unknown: readonly string[]): string[] {
  const sentences: string[] = [];
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((id) => `"${id.length > 40 ? `${id.slice(0, 40)}…` : id}"`);
    sentences.push(
      `${unknown.length === 1 ? 'Deze activiteit kennen we niet (meer)' : `Deze ${unknown.length} activiteiten kennen we niet (meer)`}: ${names.join(', ')}${unknown.length > 5 ? ' en meer' : ''}. Misschien is de activiteit gestopt.`,
    );
  }
  if (parsed.unreadable > 0) {
    sentences.push(`${parsed.unreadable === 1 ? 'Eén deel' : `${parsed.unreadable} delen`} van de link konden we niet lezen. Dat hebben we weggelaten.`);
  }
  if (parsed.tooMany > 0) {
    sentences.push(`Er stonden meer dan ${MAX_SHORTLIST} activiteiten in de link. We tonen de eerste ${MAX_SHORTLIST}. ${parsed.tooMany === 1 ? 'Eén activiteit' : `${parsed.tooMany} activiteiten`} lieten we weg.`);
  }
  return sentences;
}

/** The message that goes with a shared list. */
export function shareMessage(url: string): string {
  return `Mijn lijstje met activiteiten op de Preventiekaart: ${url}`;
}

/** A WhatsApp link the visitor chooses to follow; the page itself sends nothing to WhatsApp. */
export function whatsappHref(url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(shareMessage(url))}`;
}

export function mailHref(url: string): string {
  return `mailto:?subject=${encodeURIComponent('Mijn lijstje van de Preventiekaart')}&body=${encodeURIComponent(`${shareMessage(url)}\n`)}`;
}
