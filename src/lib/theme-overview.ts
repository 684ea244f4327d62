/**
 * What the theme pages show, so they do not grow with the country: the national page of a theme
 * (`/themas/<thema>/`) holds one count per gemeente and links to the page of that theme in that gemeente
 * (`/themas/<thema>/<gemeente>/`), which lists the activities per dorp or wijk.
 *
 * Inputs it reads: the activity's `data.themas`; the gemeente's `id`; the gebied's `id`. The activities of
 * a gemeente or gebied come from the caller (the catalog's index), so nothing here scans the whole catalogue.
 */
import type { ThemeId } from './taxonomy';

type WithThemes = { data: { themas: readonly ThemeId[] } };

/** "/themas/bewegen/", or with a gemeente "/themas/bewegen/noordoostpolder/". */
export function themeHref(theme: ThemeId, gemeente?: string): string {
  return gemeente ? `/themas/${theme}/${gemeente}/` : `/themas/${theme}/`;
}

const hasTheme = (theme: ThemeId) => (activity: WithThemes) => activity.data.themas.includes(theme);

/** Per gemeente, how many of its activities have the theme; gemeenten without any are left out. One number each, never the activities. */
export function themeCountsPerGemeente<G extends { id: string }>(
  gemeenten: readonly G[],
  activitiesOf: (gemeenteId: string) => readonly WithThemes[],
  theme: ThemeId,
): { gemeente: G; count: number }[] {
  return gemeenten
    .map((gemeente) => ({ gemeente, count: activitiesOf(gemeente.id).filter(hasTheme(theme)).length }))
    .filter((item) => item.count > 0);
}

/** Per dorp or wijk of one gemeente, its activities with the theme; gebieden without any are left out. */
export function themeActivitiesPerGebied<G extends { id: string }, A extends WithThemes>(
  gebieden: readonly G[],
  activitiesOf: (gebiedId: string) => readonly A[],
  theme: ThemeId,
): { gebied: G; activities: A[] }[] {
  return gebieden
    .map((gebied) => ({ gebied, activities: activitiesOf(gebied.id).filter(hasTheme(theme)) }))
    .filter((item) => item.activities.length > 0);
}

/** Where a theme links from a dorp that has none of it: the theme in its gemeente (the dorpen nearby) when the gemeente has it, else the national page. */
export function themeHrefNearby(theme: ThemeId, gemeente: string, gemeenteActivities: readonly WithThemes[]): string {
  return themeHref(theme, gemeenteActivities.some(hasTheme(theme)) ? gemeente : undefined);
}
