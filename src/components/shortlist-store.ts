/**
 * The current "Mijn lijstje" on this device, in localStorage (see src/lib/shortlist.ts for why).
 * Every change is announced with a `pk-lijstje` event on window, so every "Bewaar" button and the
 * header link stay in step; the browser's `storage` event does the same for other tabs.
 */
import { listText, parseList, SHORTLIST_STORAGE_KEY, toggleId, type ToggleResult } from '../lib/shortlist';

export const CHANGE_EVENT = 'pk-lijstje';

/** Storage can be off (private mode, blocked by the visitor): then the list lives only in this page. */
let memory = '';

function readRaw(): string {
  try {
    return localStorage.getItem(SHORTLIST_STORAGE_KEY) ?? '';
  } catch {
    return memory;
  }
}

export function storedList(): string[] {
  return parseList(readRaw()).ids;
}

export function storeList(ids: readonly string[]): void {
  memory = listText(ids);
  try {
    if (ids.length === 0) localStorage.removeItem(SHORTLIST_STORAGE_KEY);
    else localStorage.setItem(SHORTLIST_STORAGE_KEY, memory);
  } catch {
    // Kept in memory only; nothing else to do.
  }
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function toggleStored(id: string): ToggleResult {
  const result = toggleId(storedList(), id);
  if (result.change !== 'full') storeList(result.ids);
  return result;
}

/** Calls `listener` on every change of the list, here or in another tab; returns how to stop. */
export function onListChange(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SHORTLIST_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}
