/**
 * Welzijn op Recept: from a patient's klachten to fitting local activities, with a reason for each.
 * Pure and browser-safe: the /verwijzen/ page ranks in the visitor's browser with this module,
 * the verwijskaart pages and the unit tests use it at build time, so both always agree.
 * Nothing here knows about a patient: it only sees a gebied, klachten and a few filters.
 */
import qrcode from 'qrcode-generator';
import type { ActivityView, Catalog, Freshness, GebiedView, GemeenteView } from './catalog';
import { describeSchedule, describePauses, formatCost, formatDate, formatPlace, formatTimeRange } from './format';
import { formatDistance, haversineMetres, type Coordinates } from './geo';
import type { Locatie, PhysicalLocatie } from './schemas';
import {
  complaints,
  healthDimensions,
  placeStatuses,
  type ActivityStatusId,
  type PlaceStatusId,
  type ComplaintId,
  type HealthDimensionId,
  type TargetGroupId,
  type ThemeId,
} from './taxonomy';
import { joinDutch } from './text';
import { comingDates, SHOWN_DATES } from './upcoming';
import { fragmentOf } from './url-state';
import type { PlainDate } from './dates';
import { responseSentence } from './availability';
import type { PostcodeLookup as PostcodeLookupOf } from './postcode';

/**
 * Which themes and dimensions of positieve gezondheid can help with each klacht.
 * Defined once: ranking, reasons and tests read this table. Activities that name the klacht in
 * their own `welzijnOpRecept` block always rank above matches found through this table.
 * Dimensions are kept narrow on purpose: "mentaal-welbevinden" fits half the catalogue.
 */
export const complaintMatches: Readonly<Record<ComplaintId, { themes: readonly ThemeId[]; dimensions: readonly HealthDimensionId[] }>> = {
  eenzaamheid: { themes: ['ontmoeten', 'samen-eten', 'meedoen'], dimensions: ['meedoen'] },
  somberheid: { themes: ['ontmoeten', 'bewegen', 'creatief', 'steun'], dimensions: ['mentaal-welbevinden'] },
  stress: { themes: ['bewegen', 'creatief', 'steun'], dimensions: ['mentaal-welbevinden'] },
  piekeren: { themes: ['steun', 'bewegen', 'creatief'], dimensions: ['mentaal-welbevinden'] },
  rouw: { themes: ['steun'], dimensions: [] },
  'weinig-bewegen': { themes: ['bewegen'], dimensions: ['lichaamsfuncties'] },
  'weinig-zingeving': { themes: ['meedoen', 'creatief'], dimensions: ['zingeving'] },
  geldzorgen: { themes: ['geldzaken'], dimensions: [] },
  'overbelasting-mantelzorg': { themes: ['mantelzorg'], dimensions: [] },
  'weinig-zelfvertrouwen': { themes: ['meedoen', 'creatief'], dimensions: [] },
  'lichamelijke-klachten': { themes: ['bewegen'], dimensions: ['lichaamsfuncties'] },
};

/** Age groups a verwijzer can choose; the ranges decide which activities fit. */
export const ageGroups = [
  { id: 'jongeren', label: 'Jongere (12 tot 23 jaar)', van: 12, tot: 23 },
  { id: 'volwassenen', label: 'Volwassene (18 tot 65 jaar)', van: 18, tot: 65 },
  { id: 'ouderen', label: 'Oudere (65 jaar en ouder)', van: 65, tot: 120 },
] as const;
export type AgeGroupId = (typeof ageGroups)[number]['id'];

/** The ages each target group covers, so "ouderen" never gets a group meant for teenagers. */
const targetGroupAges: Record<TargetGroupId, { van: number; tot: number }> = {
  iedereen: { van: 0, tot: 120 },
  kinderen: { van: 0, tot: 11 },
  jongeren: { van: 12, tot: 23 },
  // Parents of young children and teenagers: a moedergroep is no answer for a lonely 80-year-old.
  ouders: { van: 16, tot: 60 },
  volwassenen: { van: 18, tot: 120 },
  ouderen: { van: 60, tot: 120 },
  mantelzorgers: { van: 12, tot: 120 },
  nieuwkomers: { van: 0, tot: 120 },
  'mensen-met-dementie': { van: 18, tot: 120 },
  'mensen-met-een-beperking': { van: 0, tot: 120 },
};

/** "Alleen dichtbij": in the gebied itself, or a place within this distance of its centre. */
export const NEARBY_METRES = 3000;

/** At most this many activities go on one recept: more would not be done. */
export const MAX_ON_RECEPT = 3;

/** What ranking and the recept need of an activity; small enough to ship to the browser as JSON. */
export interface ReferralActivity {
  id: string;
  titel: string;
  samenvatting: string;
  /** Path on this site, for links. */
  url: string;
  /** Full public address, for the QR code on paper. */
  publicUrl: string;
  status: ActivityStatusId;
  freshness: Freshness;
  gemeente: string;
  gebieden: string[];
  /** Name of the first gebied, shown when the activity is elsewhere in the gemeente. */
  gebiedNaam: string;
  themas: ThemeId[];
  dimensies: HealthDimensionId[];
  klachten: ComplaintId[];
  tip?: string;
  doelgroepen: TargetGroupId[];
  leeftijd?: { van?: number; tot?: number };
  gratis: boolean;
  kosten: string;
  /** "gratis", "€ 1 per keer"; absent when the cost needs a sentence, which is too long for a reason line. */
  kostenKort?: string;
  rolstoel: boolean;
  /** Physical places; empty for activities at home or online. */
  plekken: Coordinates[];
  aanHuis: boolean;
  online: boolean;
  /** "elke dinsdag", for the reason line. */
  ritme: string;
  /** "Elke dinsdag van 10.00 tot 11.30 uur." plus pauses. */
  wanneer: string[];
  /**
   * The coming times, more than the recept shows (STORED_DATES): the recept is printed days or weeks after
   * the build and drops the times before its own date (receptDates). `tekst` as
   * "dinsdag 24 november 2026, 10.00 tot 11.30 uur".
   */
  volgendeKeren: { datum: PlainDate; tekst: string }[];
  /** One line per place: "Dorpshuis De Zuidwester, Schoolstraat 2, 8307 AA Ens". */
  waar: string[];
  meedoen: string[];
  contact?: string;
  /** Room in the group, only when current on the build date (the referral data are rebuilt daily). */
  plaats?: PlaceStatusId;
}

export interface ReferralCoach {
  naam: string;
  organisatie: string;
  telefoon: string;
  email: string;
  spreekuur: string;
  verwijzen: string;
}

export interface ReferralGebied {
  id: string;
  naam: string;
  gemeente: string;
  gemeenteNaam: string;
  centrum: Coordinates;
  /** The four digits of the postcodes in this gebied, to find it from a patient's postcode. */
  postcodes: string[];
  coach: ReferralCoach;
  registratiecode?: string;
}

// A local guard instead of the one in schemas/: importing that would ship zod to the browser.
function isPhysical<T extends Locatie>(locatie: T): locatie is T & PhysicalLocatie {
  return locatie.soort === 'gebouw' || locatie.soort === 'buiten';
}

const ordinals: Record<string, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', laatste: 'laatste' };

/** The rhythm in a few words for the reason line: "elke dinsdag", "om de week op woensdag". */
export function shortRhythm(rooster: ActivityView['data']['rooster']): string {
  if (rooster.soort === 'op-afspraak') return 'op afspraak';
  const days = joinDutch(rooster.dagen);
  switch (rooster.soort) {
    case 'wekelijks':
      return `elke ${days}`;
    case 'tweewekelijks':
      return `om de week op ${days}`;
    case 'maandelijks':
      return `elke ${joinDutch(rooster.weken.map((week) => ordinals[String(week)]!))} ${days} van de maand`;
  }
}

export function toReferralActivity(activity: ActivityView, siteUrl: string): ReferralActivity {
  const { data } = activity;
  const physical = activity.locaties.filter(isPhysical);
  const meedoen = [data.aanmelden.nodig ? 'U meldt zich eerst aan.' : 'U hoeft zich niet aan te melden.'];
  if (activity.plaats) meedoen.unshift(placeStatuses.get(activity.plaats.status).uitleg);
  if (data.aanmelden.hoe) meedoen.push(data.aanmelden.hoe);
  if (activity.reageertBinnen) meedoen.push(responseSentence(activity.reageertBinnen.dagen));
  return {
    id: activity.id,
    titel: data.titel,
    samenvatting: data.samenvatting,
    url: activity.url,
    publicUrl: new URL(activity.url, siteUrl).href,
    status: data.status,
    freshness: activity.freshness,
    gemeente: activity.gemeente.id,
    gebieden: [...data.gebieden],
    gebiedNaam: activity.gebieden[0]!.naam,
    themas: [...data.themas],
    dimensies: [...data.dimensies],
    klachten: [...(data.welzijnOpRecept?.klachten ?? [])],
    ...(data.welzijnOpRecept ? { tip: data.welzijnOpRecept.tip } : {}),
    doelgroepen: [...data.doelgroepen],
    ...(data.leeftijd ? { leeftijd: { ...data.leeftijd } } : {}),
    gratis: data.kosten.soort === 'gratis',
    kosten: formatCost(data.kosten),
    ...(data.kosten.soort !== 'anders' ? { kostenKort: formatCost(data.kosten).replace(/^G/, 'g') } : {}),
    // Without a building (at home, online) there is no threshold to cross.
    rolstoel: physical.length === 0 || physical.some((locatie) => locatie.toegankelijkheid.rolstoel),
    plekken: physical.map((locatie) => ({ lat: locatie.coordinaten.lat, lon: locatie.coordinaten.lon })),
    aanHuis: activity.locaties.some((locatie) => locatie.soort === 'aan-huis'),
    online: activity.locaties.some((locatie) => locatie.soort === 'online'),
    ritme: shortRhythm(data.rooster),
    wanneer: [describeSchedule(data.rooster), ...describePauses(data.rooster), ...(data.rooster.opmerking ? [data.rooster.opmerking] : [])],
    volgendeKeren: activity.upcoming.dates.map((occurrence) => ({
      datum: occurrence.date,
      tekst: `${formatDate(occurrence.date)}, ${formatTimeRange(occurrence.van, occurrence.tot)}`,
    })),
    waar: activity.locaties.map(formatPlace),
    meedoen,
    ...(data.contact.telefoon ? { contact: data.contact.telefoon } : data.contact.email ? { contact: data.contact.email } : {}),
    ...(activity.plaats ? { plaats: activity.plaats.status } : {}),
  };
}

export function toReferralGebied(gebied: GebiedView, gemeente: GemeenteView): ReferralGebied {
  return {
    id: gebied.id,
    naam: gebied.naam,
    gemeente: gebied.gemeente,
    gemeenteNaam: gebied.gemeenteNaam,
    centrum: { lat: gebied.centrum.lat, lon: gebied.centrum.lon },
    postcodes: [...(gebied.postcodes ?? [])],
    coach: { ...gebied.welzijnscoach },
    ...(gemeente.registratiecodeWelzijnOpRecept ? { registratiecode: gemeente.registratiecodeWelzijnOpRecept } : {}),
  };
}

/** Where /verwijzen/ loads its data: kept out of the page so the form shows at once. */
export const REFERRAL_DATA_PATH = '/data/verwijzen.json';

/** The format of verwijzen.json; raise it when its shape changes, so an old page refuses new data (see referral-guard.ts). */
export const REFERRAL_DATA_VERSION = 1;

export interface ReferralData {
  v: typeof REFERRAL_DATA_VERSION;
  activities: ReferralActivity[];
  gebieden: ReferralGebied[];
}

/**
 * The times a recept lists: none before the recept's own date, at most SHOWN_DATES. Empty when every
 * stored time has passed; the recept then says to ask the organisation.
 */
export function receptDates(activity: Pick<ReferralActivity, 'volgendeKeren'>, receptDate: PlainDate): string[] {
  return comingDates(activity.volgendeKeren, receptDate, (time) => time.datum, SHOWN_DATES).map((time) => time.tekst);
}

export function referralGebieden(catalog: Catalog): ReferralGebied[] {
  return catalog.gemeenten.flatMap((gemeente) => gemeente.gebieden.map((gebied) => toReferralGebied(gebied, gemeente)));
}

/** The data the referral tool ranks in the browser. Stopped and paused activities never fit, so they stay out. */
export function referralData(catalog: Catalog, siteUrl: string): ReferralData {
  return {
    v: REFERRAL_DATA_VERSION,
    activities: catalog.activities.filter((activity) => activity.data.status === 'actief').map((activity) => toReferralActivity(activity, siteUrl)),
    gebieden: referralGebieden(catalog),
  };
}

/** The postcode lookup lives in its own small module, so the search page can use it without this one. */
export { gebiedenForPostcode } from './postcode';
export type PostcodeLookup = PostcodeLookupOf<ReferralGebied>;

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
  const byDimension = klachten.filter((klacht) => complaintMatches[klacht].dimensions.some((dimension) => activity.dimensies.includes(dimension)));
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
  } else if (activity.aanHuis) parts.push('bij u thuis');
  else if (activity.online) parts.push('online');
  if (!ranked.inGebied && ranked.distance === undefined) parts.push(`voor ${activity.gebiedNaam} en omgeving`);
  if (ranked.match === 'dimensie') parts.push(`goed voor ${joinDutch(ranked.matched.flatMap((klacht) => complaintMatches[klacht].dimensions).filter((d, i, all) => all.indexOf(d) === i).map((d) => healthDimensions.label(d).toLowerCase()))}`);
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

/**
 * The form's choices; the same names are used in the URL fragment (never the query: klachten are health
 * data and must not end up in a server log), so a practice can bookmark its view.
 */
export interface ReferralChoices extends ReferralOptions {
  gebied?: string;
  klachten: ComplaintId[];
}

/** Every parameter of the choices in the URL. */
export const REFERRAL_STATE_NAMES = ['gebied', 'klacht', 'leeftijd', 'dichtbij', 'gratis', 'rolstoel'] as const;

/** Reads choices from URL parameters, ignoring anything unknown (a typo in a bookmark must not break the page). */
export function parseChoices(params: URLSearchParams, gebiedIds: readonly string[]): ReferralChoices {
  const gebied = params.get('gebied') ?? '';
  const leeftijd = params.get('leeftijd') ?? '';
  const klachten = complaints.ids.filter((id) => params.getAll('klacht').includes(id));
  return {
    ...(gebiedIds.includes(gebied) ? { gebied } : {}),
    klachten,
    ...(ageGroups.some((group) => group.id === leeftijd) ? { leeftijd: leeftijd as AgeGroupId } : {}),
    ...(params.get('dichtbij') === 'ja' ? { dichtbij: true } : {}),
    ...(params.get('gratis') === 'ja' ? { gratis: true } : {}),
    ...(params.get('rolstoel') === 'ja' ? { rolstoel: true } : {}),
  };
}

/** The URL fragment for choices ("#gebied=ens&klacht=rouw"), in the order of the form. Never holds anything typed. */
export function choicesFragment(choices: ReferralChoices): string {
  const params = new URLSearchParams();
  if (choices.gebied) params.set('gebied', choices.gebied);
  for (const klacht of complaints.ids) if (choices.klachten.includes(klacht)) params.append('klacht', klacht);
  if (choices.leeftijd) params.set('leeftijd', choices.leeftijd);
  if (choices.dichtbij) params.set('dichtbij', 'ja');
  if (choices.gratis) params.set('gratis', 'ja');
  if (choices.rolstoel) params.set('rolstoel', 'ja');
  return fragmentOf(params);
}

/** Welzijn op Recept activities of one gebied per klacht, in the order of the klachten list, for the verwijskaart. */
export function activitiesByComplaint(activities: readonly ReferralActivity[], gebiedId: string): { klacht: ComplaintId; activities: ReferralActivity[] }[] {
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
export function firstComplaintOf(groups: readonly { klacht: ComplaintId; activities: readonly { id: string }[] }[]): ReadonlyMap<string, ComplaintId> {
  const first = new Map<string, ComplaintId>();
  for (const group of groups) for (const activity of group.activities) if (!first.has(activity.id)) first.set(activity.id, group.klacht);
  return first;
}

/**
 * A QR code as an SVG path, made here and not by a web service, so no address leaves the page.
 * Error correction M survives a smudge on paper; a margin of 4 modules is what scanners expect.
 */
export function qrSvg(text: string, label: string): string {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const margin = 4;
  const size = count + margin * 2;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) path += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<svg class="pk-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
