/** Dutch texts of the map, B1: short sentences, numbers as digits, singular and plural. */
import { plural } from '../format';

/** "Dorpshuis De Zuidwester: 3 activiteiten"; with one activity its title, which says more. */
export function placeLabel(name: string, titles: readonly string[]): string {
  return titles.length === 1 ? `${name}: ${titles[0]}` : `${name}: ${plural(titles.length, 'activiteit', 'activiteiten')}`;
}

/** "Groep van 12 plekken. Kies om in te zoomen." */
export function clusterLabel(places: number, activities: number): string {
  const what =
    places === activities
      ? plural(places, 'plek', 'plekken')
      : `${plural(places, 'plek', 'plekken')} met ${plural(activities, 'activiteit', 'activiteiten')}`;
  return `Groep van ${what}. Kies om in te zoomen.`;
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
  mapRegion: 'Kaart met de plekken van de activiteiten',
} as const;
