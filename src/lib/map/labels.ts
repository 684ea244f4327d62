/** Dutch texts of the map, B1: short sentences, numbers as digits, singular and plural. */
import { plural } from '../format';

/** "Dorpshuis De Zuidwester: 3 activiteiten"; with one activity its title, which says more. */
export function placeLabel(name: string, titles: readonly string[]): string {
  return titles.length === 1 ? `${name}: ${titles[0]}` : `${name}: ${plural(titles.length, 'activiteit', 'activiteiten')}`;
}

/**
 * "Groep van 12 plekken. Kies om in te zoomen." On /kaart/ a group can hold gemeenten whose points are not
 * loaded (`areas`): then it names the gemeenten, or only the activities when it holds places too.
 */
export function clusterLabel(places: number, activities: number, areas = 0): string {
  if (areas > 0) {
    const count = plural(activities, 'activiteit', 'activiteiten');
    return areas === places ? `Groep van ${plural(areas, 'gemeente', 'gemeenten')} met ${count}. Kies om in te zoomen.` : `Groep met ${count}. Kies om in te zoomen.`;
  }
  const what = places === activities ? plural(places, 'plek', 'plekken') : `${plural(places, 'plek', 'plekken')} met ${plural(activities, 'activiteit', 'activiteiten')}`;
  return `Groep van ${what}. Kies om in te zoomen.`;
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

/** "3 activiteiten zijn online of bij u thuis. Die staan niet op de kaart." */
export function remoteNote(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? '1 activiteit is online of bij u thuis. Die staat niet op de kaart.'
    : `${count} activiteiten zijn online of bij u thuis. Die staan niet op de kaart.`;
}

/** Said after the list changes because the map moved, with the "alleen wat op de kaart staat" box on. */
export function inViewNote(shown: number, total: number): string {
  if (shown === total) return `U ziet alle ${plural(total, 'activiteit', 'activiteiten')}.`;
  return `U ziet ${shown} van de ${plural(total, 'activiteit', 'activiteiten')}. De rest ligt buiten de kaart.`;
}

export const MAP_TEXT = {
  loading: 'De kaart laadt. Een moment.',
  failed: 'De kaart kan nu niet laden. Alle activiteiten staan in de lijst.',
  tilesFailed: 'De kaart kan nu niet laden. De plekken staan er wel op.',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  closePopup: 'Sluiten',
  showInList: 'Toon in de lijst',
  showOnMap: 'Toon op de kaart',
  /** The map of /kaart/ without JavaScript, above the list of gemeenten. */
  overviewFallback: 'Hier kan een kaart staan. Onder de kaart staan alle gemeenten. Kies een gemeente voor haar activiteiten.',
  mapRegion: 'Kaart met de plekken van de activiteiten',
} as const;
