/**
 * Welzijn op Recept: from a patient's klachten to fitting local activities, with a reason for each.
 * Pure and browser-safe: the /verwijzen/ page ranks in the visitor's browser with this module,
 * the verwijskaart pages and the unit tests use it at build time, so both always agree.
 * Nothing here knows about a patient: it only sees a gebied, klachten and a few filters.
 */
import type { Freshness } from '../catalog';
import { REMOTE_WORDS } from '../format';
import { formatDistance, haversineMetres } from '../geo';
import { complaintMatches, complaints, healthDimensions, type ComplaintId } from '../taxonomy';
import { joinDutch } from '../text';
import type { ReferralActivity, ReferralGebied } from './record';
import { ageGroups, NEARBY_METRES, targetGroupAges, type AgeGroupId } from './vocabulary';

export interface ReferralOptions {
  leeftijd?: AgeGroupId;
  dichtbij?: boolean;
  gratis?: boolean;
  rolstoel?: boolean;
}

export type MatchKind = 'klacht' | 'thema' | 'dimensie' | 'recept';

export interface RankedActivity {
  activity: ReferralActivity;
  /** klacht: the activity names the klacht itself; thema/dimensie: through complaintMatches; recept: no klacht chosen. */
  match: MatchKind;
  matched: ComplaintId[];
  inGebied: boolean;
  /** Metres from the gebied's centre to the nearest place, when the activity has a place. */
  distance?: number;
  reason: string;
}

function fitsAge(activity: ReferralActivity, group: AgeGroupId): boolean {
  const range = ageGroups.find((item) => item.id === group)!;
  const overlaps = (van: number, tot: number) => van <= range.tot && tot >= range.van;
  if (activity.leeftijd && !overlaps(activity.leeftijd.van ?? 0, activity.leeftijd.tot ?? 120)) return false;
  return activity.doelgroepen.some((target) => overlaps(targetGroupAges[target].van, targetGroupAges[target].tot));
}

const freshnessOrder: Record<Freshness, number> = { recent: 0, controleren: 0, verouderd: 1 };
/** A full group sinks below everything else; a waiting list and unknown stay in place. */
const fullOrder = (activity: ReferralActivity) => (activity.plaats === 'vol' ? 1 : 0);
const matchOrder: Record<MatchKind, number> = { klacht: 0, recept: 0, thema: 1, dimensie: 2 };
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function matchFor(activity: ReferralActivity, klachten: readonly ComplaintId[]): { match: MatchKind; matched: ComplaintId[] } | undefined {
  if (klachten.length === 0) return activity.klachten.length > 0 ? { match: 'recept', matched: [] } : undefined;
  const explicit = klachten.filter((klacht) => activity.klachten.includes(klacht));
  if (explicit.length > 0) return { match: 'klacht', matched: explicit };
  const byTheme = klachten.filter((klacht) => complaintMatches[klacht].themes.some((theme) => activity.themas.includes(theme)));
  if (byTheme.length > 0) return { match: 'thema', matched: byTheme };
  const byDimension = klachten.filter((klacht) =>
    complaintMatches[klacht].dimensions.some((dimension) => activity.dimensies.includes(dimension)),
  );
  if (byDimension.length > 0) return { match: 'dimensie', matched: byDimension };
  return undefined;
}

/** "Past bij eenzaamheid en somberheid · elke dinsdag · gratis · 400 m", in B1. */
export function referralReason(ranked: Omit<RankedActivity, 'reason'>): string {
  const { activity } = ranked;
  const labels = ranked.matched.map((klacht) => complaints.label(klacht).toLowerCase());
  const parts: string[] = [];
  // Room first: a full group is the most common reason a referral comes to nothing.
  if (activity.plaats === 'vol') parts.push('Nu vol');
  else if (activity.plaats === 'wachtlijst') parts.push('Wachtlijst');
  else if (activity.plaats === 'vrij') parts.push('Er is plek');
  if (ranked.match === 'klacht') parts.push(`Past bij ${joinDutch(labels)}`);
  else if (ranked.match === 'thema' || ranked.match === 'dimensie') parts.push(`Kan helpen bij ${joinDutch(labels)}`);
  else parts.push('Geschikt voor Welzijn op Recept');
  parts.push(activity.ritme);
  if (activity.kostenKort) parts.push(activity.kostenKort);
  if (ranked.distance !== undefined) {
    parts.push(ranked.inGebied ? formatDistance(ranked.distance) : `${formatDistance(ranked.distance)}, in ${activity.gebiedNaam}`);
  } else if (activity.aanHuis) parts.push(REMOTE_WORDS['aan-huis'].short);
  else if (activity.online) parts.push(REMOTE_WORDS.online.short);
  if (!ranked.inGebied && ranked.distance === undefined) parts.push(`voor ${activity.gebiedNaam} en omgeving`);
  if (ranked.match === 'dimensie')
    parts.push(
      `goed voor ${joinDutch(
        ranked.matched
          .flatMap((klacht) => complaintMatches[klacht].dimensions)
          .filter((d, i, all) => all.indexOf(d) === i)
          .map((d) => healthDimensions.label(d).toLowerCase()),
      )}`,
    );
  return parts.join(' · ');
}

/**
 * Fitting activities for a gebied and klachten, best first:
 * the activity's own Welzijn op Recept klachten before theme matches before dimension matches;
 * then in the gebied before elsewhere in the gemeente; more matching klachten first;
 * stale entries (not checked for a year) after fresh ones; then nearest first. A group that is full
 * (a current "vol") comes after all others and its reason says so.
 * Paused and stopped activities never appear. Without klachten, every Welzijn op Recept activity fits.
 */
export function rankActivities(
  activities: readonly ReferralActivity[],
  gebied: ReferralGebied,
  klachten: readonly ComplaintId[],
  options: ReferralOptions = {},
): RankedActivity[] {
  const ranked: RankedActivity[] = [];
  for (const activity of activities) {
    if (activity.status !== 'actief') continue;
    const inGebied = activity.gebieden.includes(gebied.id);
    if (!inGebied && activity.gemeente !== gebied.gemeente) continue;
    if (options.gratis && !activity.gratis) continue;
    if (options.rolstoel && !activity.rolstoel) continue;
    if (options.leeftijd && !fitsAge(activity, options.leeftijd)) continue;
    const distances = activity.plekken.map((place) => haversineMetres(gebied.centrum, place));
    const distance = distances.length > 0 ? Math.min(...distances) : undefined;
    if (options.dichtbij && !inGebied && (distance === undefined || distance > NEARBY_METRES)) continue;
    const found = matchFor(activity, klachten);
    if (!found) continue;
    const base = { activity, ...found, inGebied, ...(distance !== undefined ? { distance } : {}) };
    ranked.push({ ...base, reason: referralReason(base) });
  }
  // A service at home or online in one's own gebied ranks like a place at the edge of "dichtbij":
  // a group to go to nearby does more against loneliness. Elsewhere without a place comes last.
  const sortDistance = (item: RankedActivity) => item.distance ?? (item.inGebied ? NEARBY_METRES : Number.POSITIVE_INFINITY);
  return ranked.sort(
    (a, b) =>
      fullOrder(a.activity) - fullOrder(b.activity) ||
      matchOrder[a.match] - matchOrder[b.match] ||
      Number(b.inGebied) - Number(a.inGebied) ||
      b.matched.length - a.matched.length ||
      freshnessOrder[a.activity.freshness] - freshnessOrder[b.activity.freshness] ||
      sortDistance(a) - sortDistance(b) ||
      collator.compare(a.activity.titel, b.activity.titel),
  );
}

/** Welzijn op Recept activities of one gebied per klacht, in the order of the klachten list, for the verwijskaart. */
export function activitiesByComplaint(
  activities: readonly ReferralActivity[],
  gebiedId: string,
): { klacht: ComplaintId; activities: ReferralActivity[] }[] {
  const own = activities
    .filter((activity) => activity.status === 'actief' && activity.gebieden.includes(gebiedId) && activity.klachten.length > 0)
    .sort((a, b) => collator.compare(a.titel, b.titel));
  return complaints.ids
    .map((klacht) => ({ klacht, activities: own.filter((activity) => activity.klachten.includes(klacht)) }))
    .filter((group) => group.activities.length > 0);
}

/**
 * Under which klacht each activity is described: its first group. An activity that fits several klachten
 * is described once and named again further down, which keeps the busiest gebied on one sheet of paper.
 */
export function firstComplaintOf(
  groups: readonly { klacht: ComplaintId; activities: readonly { id: string }[] }[],
): ReadonlyMap<string, ComplaintId> {
  const first = new Map<string, ComplaintId>();
  for (const group of groups) for (const activity of group.activities) if (!first.has(activity.id)) first.set(activity.id, group.klacht);
  return first;
}
