/**
 * What the referral tool knows of an activity and a gebied: the records in /data/verwijzen/, made at build
 * time (build.ts) and ranked in the browser (ranking.ts). Browser-safe: only types and constants.
 *
 * The data are split so that no file grows with the country: a small index of every gebied (what the tool
 * needs before a gebied is chosen) and one file per gemeente with its activities, loaded for the gebied chosen.
 */
import type { Coordinates } from '../geo';
import type { Freshness } from '../catalog';
import type { PlainDate } from '../dates';
import type { ActivityStatusId, ComplaintId, HealthDimensionId, PlaceStatusId, TargetGroupId, ThemeId } from '../taxonomy';
import { comingDates, SHOWN_DATES } from '../upcoming';

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

/** The index /verwijzen/ loads first: kept out of the page so the form shows at once. */
export const REFERRAL_INDEX_PATH = '/data/verwijzen/index.json';

/** The activities of one gemeente, loaded when a gebied of it is chosen. */
export const referralGemeentePath = (gemeenteId: string) => `/data/verwijzen/${gemeenteId}.json`;

/** The printable verwijskaart of a gebied (pages/verwijzen/[gebied].astro). */
export const verwijskaartUrl = (gebiedId: string) => `/verwijzen/${gebiedId}/`;

/** The verwijskaarten of one gemeente's gebieden: /verwijzen/ links per gemeente, so it does not grow with the gebieden. */
export const referralGemeentePageUrl = (gemeenteId: string) => `/verwijzen/gemeente/${gemeenteId}/`;

/** The format of the referral files; raise it when their shape changes, so an old page refuses new data (see referral-guard.ts). */
export const REFERRAL_DATA_VERSION = 2;

/** What the tool needs of a gebied before it is chosen: its name, its gemeente (which file to load) and its postcodes. */
export type ReferralIndexGebied = Pick<ReferralGebied, 'id' | 'naam' | 'gemeente' | 'postcodes'>;

/**
 * /data/verwijzen/index.json: every gebied of the site, without coach or activities. It grows with the
 * gebieden, not with the activities, and the postcodes are at most the country's four-digit codes (about 4,000).
 */
export interface ReferralIndex {
  v: typeof REFERRAL_DATA_VERSION;
  gebieden: ReferralIndexGebied[];
}

/**
 * /data/verwijzen/<gemeente>.json: the gebieden of one gemeente with their coach, and every activity the
 * ranking can show for any of them. Ranking never leaves the gemeente (ranking.ts), so one file is enough.
 */
export interface ReferralGemeenteData {
  v: typeof REFERRAL_DATA_VERSION;
  gemeente: string;
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
