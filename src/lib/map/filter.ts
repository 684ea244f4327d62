/**
 * Which activities /kaart/ shows, from the URL: ?gemeente=noordoostpolder and ?gebied=ens.
 * The search work will add more keys (thema, …) here; unknown values are ignored, and said so.
 */
import type { MapActivity } from './data';

export interface Named {
  id: string;
  naam: string;
}

export interface MapFilter {
  gemeente?: Named;
  gebied?: Named;
  /** Values in the URL that name no gemeente or gebied. */
  unknown: { key: 'gemeente' | 'gebied'; value: string }[];
}

export function parseMapFilter(search: string, known: { gemeenten: readonly Named[]; gebieden: readonly Named[] }): MapFilter {
  const params = new URLSearchParams(search);
  const filter: MapFilter = { unknown: [] };
  for (const key of ['gemeente', 'gebied'] as const) {
    const value = params.get(key)?.trim().toLowerCase();
    if (!value) continue;
    const match = (key === 'gemeente' ? known.gemeenten : known.gebieden).find((item) => item.id === value);
    if (match) filter[key] = match;
    else filter.unknown.push({ key, value });
  }
  return filter;
}

export function isFiltered(filter: MapFilter): boolean {
  return filter.gemeente !== undefined || filter.gebied !== undefined;
}

export function matchesFilter(activity: MapActivity, filter: MapFilter): boolean {
  if (filter.gemeente && activity.g !== filter.gemeente.id) return false;
  if (filter.gebied && !activity.b.includes(filter.gebied.id)) return false;
  return true;
}

/** The ids to show, or null for all. */
export function filteredIds(activities: readonly MapActivity[], filter: MapFilter): Set<string> | null {
  if (!isFiltered(filter)) return null;
  return new Set(activities.filter((activity) => matchesFilter(activity, filter)).map((activity) => activity.id));
}

/** The sentences above the list: what is shown, and which values were not understood. */
export function filterNotes(filter: MapFilter, shown: number): string[] {
  const notes: string[] = [];
  const names: Record<'gemeente' | 'gebied', string> = { gemeente: 'gemeente', gebied: 'dorp of wijk' };
  for (const { key, value } of filter.unknown) notes.push(`We kennen geen ${names[key]} "${value}". Die keuze slaan we over.`);
  const place = filter.gebied ? filter.gebied.naam : filter.gemeente ? `de gemeente ${filter.gemeente.naam}` : undefined;
  if (place) notes.push(shown === 0 ? `In ${place} vinden we geen activiteiten.` : `U ziet alleen wat er in ${place} is: ${shown} ${shown === 1 ? 'activiteit' : 'activiteiten'}.`);
  return notes;
}
