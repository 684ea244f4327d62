/**
 * Plek vrij and reactietijd: what an organiser told us about room in a group and how fast they answer,
 * and whether that is still current on a given day.
 *
 * Each statement carries the day it was confirmed and stays valid for a fixed number of days. A fixed
 * validity (instead of an editor's own "geldigTot") keeps one rule for every activity: editors only write
 * down what they checked and when, nobody can set a date far ahead and forget it, and "vrij" goes stale
 * much sooner than a reply time does. After expiry the statement is not shown: an old "vrij" is unknown,
 * never free.
 *
 * Pure and browser-safe (no zod, no Node): the search page uses `placeOn()` with the browser's today.
 */
import { addDays, type PlainDate } from './dates';
import { formatDate } from './format';
import { placeStatuses, type PlaceStatusId } from './taxonomy';

/** A place in a group changes quickly: two months. */
export const PLACE_VALID_DAYS = 60;
/** How fast an organiser answers changes slowly: half a year. */
export const RESPONSE_VALID_DAYS = 180;

/** A statement with the last day on which it may still be shown. */
export interface PlaceClaim {
  status: PlaceStatusId;
  bevestigd: PlainDate;
  /** Last day on which the statement is shown (inclusive). */
  geldigTot: PlainDate;
}

export interface ResponseClaim {
  dagen: number;
  bevestigd: PlainDate;
  geldigTot: PlainDate;
}

export function placeClaim(input: { status: PlaceStatusId; bevestigd: PlainDate }): PlaceClaim {
  return { status: input.status, bevestigd: input.bevestigd, geldigTot: addDays(input.bevestigd, PLACE_VALID_DAYS) };
}

export function responseClaim(input: { dagen: number; bevestigd: PlainDate }): ResponseClaim {
  return { dagen: input.dagen, bevestigd: input.bevestigd, geldigTot: addDays(input.bevestigd, RESPONSE_VALID_DAYS) };
}

/** Current on `today`: confirmed on or before today and not past its last day. */
export function isCurrent(claim: { bevestigd?: PlainDate; geldigTot: PlainDate } | undefined, today: PlainDate): boolean {
  return claim !== undefined && claim.geldigTot >= today && (claim.bevestigd === undefined || claim.bevestigd <= today);
}

/** The place status on `today`, or undefined when nobody told us recently: unknown, never "vrij". */
export function placeOn(claim: { status: PlaceStatusId; geldigTot: PlainDate } | undefined, today: PlainDate): PlaceStatusId | undefined {
  return claim && isCurrent(claim, today) ? claim.status : undefined;
}

/** "heeft plek": only a current, confirmed "vrij". */
export function hasRoom(claim: { status: PlaceStatusId; geldigTot: PlainDate } | undefined, today: PlainDate): boolean {
  return placeOn(claim, today) === 'vrij';
}

/** The short label on a card or badge: "Er is plek", "Wachtlijst", "Vol". */
export function placeLabel(status: PlaceStatusId): string {
  return placeStatuses.label(status);
}

/** "U krijgt binnen 5 dagen antwoord." */
export function responseSentence(dagen: number): string {
  return dagen === 1 ? 'U krijgt binnen 1 dag antwoord.' : `U krijgt binnen ${dagen} dagen antwoord.`;
}

/** The sentence on the activity page: what we know about room, and since when. */
export function placeSentence(claim: { status: PlaceStatusId; bevestigd: PlainDate }): string {
  return `${placeStatuses.get(claim.status).uitleg} Dat is nagevraagd op ${formatDate(claim.bevestigd)}.`;
}
