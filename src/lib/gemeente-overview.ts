/**
 * The compact list of a gemeente page: per gebied the titles of its activities with one short fact, not full
 * cards, so the page stays small when a gemeente has hundreds of activities (issue 14). The full cards stay
 * on the gebied pages. Each activity is listed once: an activity in more than one gebied of the gemeente
 * goes in one shared group at the end, instead of once under every gebied.
 */
import type { ActivityView, GebiedView, GemeenteView } from './catalog';
import { shortRhythm } from './format';
import { activityStatuses } from './taxonomy';

export interface OverviewItem {
  id: string;
  titel: string;
  url: string;
  /** "elke dinsdag", "op afspraak", or "tijdelijk gestopt" when the activity does not take place now. */
  wanneer: string;
}

export interface OverviewGroup {
  /** The gebied's id, or SHARED_GROUP for activities in more than one gebied. */
  key: string;
  naam: string;
  /** The gebied page, with the full cards; absent for the shared group. */
  url?: string;
  items: OverviewItem[];
}

export const SHARED_GROUP = 'meer-gebieden';

/** The one short fact next to a title: when it usually takes place, or that it does not. */
export function overviewFact(activity: Pick<ActivityView, 'data'>): string {
  const { status, rooster } = activity.data;
  // Lower case: it follows the title after a comma.
  return status === 'actief' ? shortRhythm(rooster) : activityStatuses.label(status).toLowerCase();
}

const toItem = (activity: ActivityView): OverviewItem => ({
  id: activity.id,
  titel: activity.data.titel,
  url: activity.url,
  wanneer: overviewFact(activity),
});

/**
 * The activities of a gemeente grouped per gebied, in the order of the gemeente's gebieden, and within a
 * group in the given order. Gebieden without activities of their own are left out.
 */
export function activitiesPerGebied(
  gemeente: Pick<GemeenteView, 'naam' | 'gebieden'>,
  activities: readonly ActivityView[],
): OverviewGroup[] {
  const own = new Map<string, OverviewItem[]>(gemeente.gebieden.map((gebied) => [gebied.id, []]));
  const shared: OverviewItem[] = [];
  for (const activity of activities) {
    const here = activity.gebieden.filter((gebied) => own.has(gebied.id));
    if (here.length === 1) own.get(here[0]!.id)!.push(toItem(activity));
    else if (here.length > 1) shared.push(toItem(activity));
  }
  const groups: OverviewGroup[] = gemeente.gebieden
    .filter((gebied: GebiedView) => own.get(gebied.id)!.length > 0)
    .map((gebied) => ({ key: gebied.id, naam: gebied.naam, url: gebied.url, items: own.get(gebied.id)! }));
  if (shared.length > 0) groups.push({ key: SHARED_GROUP, naam: `In meer dorpen en wijken van ${gemeente.naam}`, items: shared });
  return groups;
}
