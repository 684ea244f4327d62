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
 * This module is the list itself, loaded by every "Bewaar" button; what only /lijstje/ needs (data files,
 * messages, share links) is in shortlist-view.ts, so the buttons stay small.
 *
 * Browser-safe and pure: no DOM, no storage; the custom elements use these functions.
 */
/** What still fits on one sheet of A4 with address, times and phone. */
export const MAX_SHORTLIST = 8;
export const SHORTLIST_PATH = '/lijstje/';
export const SHORTLIST_STORAGE_KEY = 'preventiekaart-lijstje';

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
