/**
 * Activity facts: every fact about one activity that an output needs, worked out once from the catalog.
 * The search record, the map point, the referral record, /data/activiteiten.json, JSON-LD, Mijn lijstje and
 * the activity card each pick and rename from these facts; none of them looks at the content again for
 * "is it free", "which places have an address" or "what is the next date".
 *
 * A plain, serialisable object (no functions, no class instances), so it can be written to JSON, compared
 * in a test and sent anywhere. Built at build time only: browser code reads the records made from it and
 * never imports this builder (tests/unit/browser-boundary.test.ts enforces that).
 */
import type { PlaceClaim, ResponseClaim } from '../availability';
import type { ActivityView, Freshness } from '../catalog';
import type { PlainDate } from '../dates';
import {
  activityWhenText,
  addressLine,
  describePauses,
  describeSchedule,
  formatCost,
  REMOTE_WORDS,
  shortRhythm,
  signUpSentence,
  type RemoteKind,
} from '../format';
import { isPhysical, type Kosten, type Rooster } from '../schemas';
import type { Occurrence, SkippedDate } from '../schedule';
import { dayPartOf, type DayPartId } from '../search/record';
import type {
  ActivityStatusId,
  ComplaintId,
  HealthDimensionId,
  LanguageId,
  OrganisationKindId,
  TargetGroupId,
  ThemeId,
  Weekday,
} from '../taxonomy';

/** A place with an address. Every one has coordinates: the content gate refuses a building without them. */
export interface PhysicalPlaceFact {
  id: string;
  naam: string;
  soort: 'gebouw' | 'buiten';
  adres: { straat: string; huisnummer: string; postcode: string; plaats: string };
  /** "Schoolstraat 2, 8307 AA Ens" */
  adresregel: string;
  /** "Dorpshuis De Zuidwester, Schoolstraat 2, 8307 AA Ens" */
  regel: string;
  lat: number;
  lon: number;
  rolstoel: boolean;
}

/** Online or at home: no address, no point on the map. */
export interface RemotePlaceFact {
  id: string;
  naam: string;
  soort: RemoteKind;
  /** "Online, via de computer of telefoon." or "Bij u thuis." */
  regel: string;
}

export type PlaceFact = PhysicalPlaceFact | RemotePlaceFact;

/**
 * Wheelchair access, one rule for every output: "ja" when at least one place with an address can be used
 * with a wheelchair, "nee" when none can, and "niet-van-toepassing" for an activity that only happens
 * online or at home: there is no building to get into, and no editor checked anything, so we claim nothing.
 * The badge "Rolstoel kan erin" and the filters (search and referral) count only "ja".
 */
export type WheelchairAccess = 'ja' | 'nee' | 'niet-van-toepassing';

export interface ActivityFacts {
  id: string;
  /** Site-relative path of the activity page. */
  url: string;
  titel: string;
  samenvatting: string;
  status: ActivityStatusId;
  /** Listed in overviews: not stopped. */
  listed: boolean;
  organisatie: { id: string; naam: string; soort: OrganisationKindId; website?: string; telefoon?: string; email?: string };
  gemeente: { id: string; naam: string };
  /** In the activity's own order; `gemeente` is the gebied's own gemeente (for its loket), `coach` its welzijnscoach. */
  gebieden: { id: string; naam: string; gemeente: string; coach: string }[];
  themas: ThemeId[];
  doelgroepen: TargetGroupId[];
  dimensies: HealthDimensionId[];
  talen: LanguageId[];
  leeftijd?: { van?: number; tot?: number };
  /** The activity's own Welzijn op Recept klachten; empty when it is not for Welzijn op Recept. */
  klachten: ComplaintId[];
  welzijnOpRecept: boolean;
  tip?: string;

  kosten: Kosten;
  gratis: boolean;
  /** "Gratis", "€ 2,50 per keer", or the editor's sentence. */
  kostenTekst: string;
  /** "gratis", "€ 1 per keer"; absent when the cost needs a sentence, which is too long for a reason line. */
  kostenKort?: string;

  aanmeldenNodig: boolean;
  /** "U meldt zich eerst aan." or "U hoeft zich niet aan te melden." */
  aanmeldenZin: string;
  aanmeldenHoe?: string;

  /** Every place in the activity's own order. */
  plekken: PlaceFact[];
  /** Only the places with an address (and so with coordinates), in the same order. */
  adressen: PhysicalPlaceFact[];
  online: boolean;
  aanHuis: boolean;
  /** Online or at home for at least one of its places. */
  opAfstand: boolean;
  rolstoel: WheelchairAccess;

  /** The editor's schedule as it is, for outputs that write it in another standard (iCal, HSDS). */
  rooster: Rooster;
  opAfspraak: boolean;
  dagen: Weekday[];
  dagdelen: DayPartId[];
  /** "elke dinsdag", "op afspraak". */
  ritme: string;
  /** "Elke dinsdag van 10.00 tot 11.30 uur." */
  roosterZin: string;
  /** Period and pauses: "Niet in de schoolvakanties." */
  pauzes: string[];
  roosterOpmerking?: string;
  period?: { van: PlainDate; tot: PlainDate };
  /** The coming dates the build keeps (STORED_DATES); empty unless the activity is running. */
  komendeData: Occurrence[];
  /** Regular dates that fall out between the build's today and the last coming date. */
  overgeslagen: SkippedDate[];
  /** What a card, map popup and printed list say on the build's today: "Volgende keer: …", "Op afspraak", "Tijdelijk gestopt". */
  wanneerKort: string;

  contact: { naam?: string; telefoon?: string; email?: string; website?: string };
  /** Room in the group, only while current on the catalog's today. */
  plaats?: PlaceClaim;
  /** How fast the organiser answers, only while current. */
  reageertBinnen?: ResponseClaim;
  laatstGecontroleerd: PlainDate;
  /** The later of laatstGecontroleerd and bevestigdDoorAanbieder. */
  gecontroleerdOp: PlainDate;
  actualiteit: Freshness;
}

export function placeFact(locatie: ActivityView['locaties'][number]): PlaceFact {
  if (isPhysical(locatie)) {
    const adres = {
      straat: locatie.adres.straat,
      huisnummer: String(locatie.adres.huisnummer),
      postcode: locatie.adres.postcode,
      plaats: locatie.adres.plaats,
    };
    return {
      id: locatie.id,
      naam: locatie.naam,
      soort: locatie.soort,
      adres,
      adresregel: addressLine(locatie.adres),
      regel: `${locatie.naam}, ${addressLine(locatie.adres)}`,
      lat: locatie.coordinaten.lat,
      lon: locatie.coordinaten.lon,
      rolstoel: locatie.toegankelijkheid.rolstoel,
    };
  }
  return { id: locatie.id, naam: locatie.naam, soort: locatie.soort, regel: REMOTE_WORDS[locatie.soort].line };
}

export const isAddressPlace = (place: PlaceFact): place is PhysicalPlaceFact => place.soort === 'gebouw' || place.soort === 'buiten';

function wheelchairAccess(adressen: readonly PhysicalPlaceFact[]): WheelchairAccess {
  if (adressen.length === 0) return 'niet-van-toepassing';
  return adressen.some((place) => place.rolstoel) ? 'ja' : 'nee';
}

const made = new WeakMap<ActivityView, ActivityFacts>();

/** The facts of one activity of the catalog; computed once per activity and kept. */
export function activityFacts(activity: ActivityView): ActivityFacts {
  const cached = made.get(activity);
  if (cached) return cached;
  const { data } = activity;
  const rooster = data.rooster;
  const timed = rooster.soort === 'op-afspraak' ? undefined : rooster;
  const plekken = activity.locaties.map(placeFact);
  const adressen = plekken.filter(isAddressPlace);
  const kostenTekst = formatCost(data.kosten);
  const facts: ActivityFacts = {
    id: activity.id,
    url: activity.url,
    titel: data.titel,
    samenvatting: data.samenvatting,
    status: data.status,
    listed: activity.listed,
    organisatie: {
      id: activity.organisatie.id,
      naam: activity.organisatie.naam,
      soort: activity.organisatie.soort,
      ...(activity.organisatie.website ? { website: activity.organisatie.website } : {}),
      ...(activity.organisatie.telefoon ? { telefoon: activity.organisatie.telefoon } : {}),
      ...(activity.organisatie.email ? { email: activity.organisatie.email } : {}),
    },
    gemeente: { id: activity.gemeente.id, naam: activity.gemeente.naam },
    gebieden: activity.gebieden.map((gebied) => ({
      id: gebied.id,
      naam: gebied.naam,
      gemeente: gebied.gemeente,
      coach: gebied.welzijnscoach.naam,
    })),
    themas: [...data.themas],
    doelgroepen: [...data.doelgroepen],
    dimensies: [...data.dimensies],
    talen: [...data.talen],
    ...(data.leeftijd ? { leeftijd: { ...data.leeftijd } } : {}),
    klachten: [...(data.welzijnOpRecept?.klachten ?? [])],
    welzijnOpRecept: data.welzijnOpRecept !== undefined,
    ...(data.welzijnOpRecept ? { tip: data.welzijnOpRecept.tip } : {}),

    kosten: { ...data.kosten },
    gratis: data.kosten.soort === 'gratis',
    kostenTekst,
    ...(data.kosten.soort !== 'anders' ? { kostenKort: kostenTekst.replace(/^G/, 'g') } : {}),

    aanmeldenNodig: data.aanmelden.nodig,
    aanmeldenZin: signUpSentence(data.aanmelden.nodig),
    ...(data.aanmelden.hoe ? { aanmeldenHoe: data.aanmelden.hoe } : {}),

    plekken,
    adressen,
    online: plekken.some((place) => place.soort === 'online'),
    aanHuis: plekken.some((place) => place.soort === 'aan-huis'),
    opAfstand: plekken.some((place) => !isAddressPlace(place)),
    rolstoel: wheelchairAccess(adressen),

    rooster: structuredClone(rooster),
    opAfspraak: timed === undefined,
    dagen: timed ? [...timed.dagen] : [],
    dagdelen: timed ? [dayPartOf(timed.van)] : [],
    ritme: shortRhythm(rooster),
    roosterZin: describeSchedule(rooster),
    pauzes: describePauses(rooster),
    ...(rooster.opmerking ? { roosterOpmerking: rooster.opmerking } : {}),
    ...(timed?.periode ? { period: { ...timed.periode } } : {}),
    // The catalog keeps no dates for a paused or stopped activity; say so here too, whatever it holds.
    komendeData: data.status === 'actief' ? activity.upcoming.dates.map((date) => ({ ...date })) : [],
    overgeslagen: data.status === 'actief' ? activity.upcoming.skipped.map((skip) => ({ ...skip })) : [],
    wanneerKort: activityWhenText(activity),

    contact: { ...data.contact },
    ...(activity.plaats ? { plaats: { ...activity.plaats } } : {}),
    ...(activity.reageertBinnen ? { reageertBinnen: { ...activity.reageertBinnen } } : {}),
    laatstGecontroleerd: data.laatstGecontroleerd,
    gecontroleerdOp: activity.checkedOn,
    actualiteit: activity.freshness,
  };
  made.set(activity, facts);
  return facts;
}
