/**
 * Dutch texts of the national map (/kaart/), B1. Apart from labels.ts so that only the national map and
 * the marker code carry them, not the light map script of every page.
 */
import { plural } from '../format';

/**
 * On /kaart/ a group can hold gemeenten whose points are not loaded (`areas`): it names the gemeenten, or
 * only the activities when it holds places too. Without areas it is labels.ts's clusterLabel.
 */
export function areaClusterLabel(places: number, activities: number, areas: number): string {
  const count = plural(activities, 'activiteit', 'activiteiten');
  return areas === places
    ? `Groep van ${plural(areas, 'gemeente', 'gemeenten')} met ${count}. Kies om in te zoomen.`
    : `Groep met ${count}. Kies om in te zoomen.`;
}

/** "Gemeente Heiloo: 12 activiteiten. Kies om ze te zien." A gemeente on /kaart/ before its points are loaded. */
export function areaLabel(name: string, activities: number): string {
  return `Gemeente ${name}: ${plural(activities, 'activiteit', 'activiteiten')}. Kies om ze te zien.`;
}

/** The line of a gemeente in the list beside /kaart/: all its activities, or what a search found there. */
export function gemeenteCountText(activities: number, found: boolean): string {
  return found ? `${plural(activities, 'activiteit', 'activiteiten')} gevonden` : plural(activities, 'activiteit', 'activiteiten');
}

/** When the points of a gemeente do not load: its marker stays, the link in the list still works. */
export function areaFailedNote(name: string): string {
  return `De plekken van gemeente ${name} kunnen nu niet laden. Probeer het later nog een keer. Of kies de gemeente in de lijst.`;
}

/** The map of /kaart/ without JavaScript, above the list of gemeenten (rendered at build time only). */
export const OVERVIEW_FALLBACK = 'Hier kan een kaart staan. Onder de kaart staan alle gemeenten. Kies een gemeente voor haar activiteiten.';
