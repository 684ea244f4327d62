/**
 * What /lijstje/ needs besides the list itself (shortlist.ts): where an activity's data are, what a record
 * holds, what to say about dropped parts of a link, and the share links.
 *
 * The data come from small JSON files (SHORTLIST_DATA_PATH): activities are spread over buckets by a hash
 * of their id, so the browser finds an activity's file from the id alone, without an index that grows
 * with the country.
 *
 * Browser-safe and pure.
 */
import { MAX_SHORTLIST, type ParsedList } from './shortlist';
import type { PlaceStatusId } from './taxonomy';

export const SHORTLIST_DATA_PATH = '/data/lijstje';
/** About this many activities per data file; the number of files grows with the catalog. */
export const SHORTLIST_BUCKET_SIZE = 100;

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
    sentences.push(
      `${parsed.unreadable === 1 ? 'Eén deel' : `${parsed.unreadable} delen`} van de link konden we niet lezen. Dat hebben we weggelaten.`,
    );
  }
  if (parsed.tooMany > 0) {
    sentences.push(
      `Er stonden meer dan ${MAX_SHORTLIST} activiteiten in de link. We tonen de eerste ${MAX_SHORTLIST}. ${parsed.tooMany === 1 ? 'Eén activiteit' : `${parsed.tooMany} activiteiten`} lieten we weg.`,
    );
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
