/**
 * The open data feed /data/activiteiten.json, and the same per gemeente in /data/activiteiten/<gemeente>.json,
 * for other sites and directories. It is a contract with them:
 * field names are stable; add fields, never rename them. Our own search, map and referral do not read it:
 * each has its own smaller file, and all of them, this feed included, are picked from the activity facts.
 */
import type { ActivityView, Catalog } from './catalog';
import { activityFacts, isAddressPlace, type WheelchairAccess } from './facts/activity-facts';

export const FEED_VERSION = 1;

export interface ActivityRecord {
  id: string;
  titel: string;
  samenvatting: string;
  url: string;
  status: string;
  gemeente: { id: string; naam: string };
  gebieden: { id: string; naam: string }[];
  themas: string[];
  doelgroepen: string[];
  klachten: string[];
  welzijnOpRecept: boolean;
  kosten: { soort: string; bedrag?: number; per?: string; tekst: string };
  gratis: boolean;
  aanmeldenNodig: boolean;
  /** True only when a place with an address can be used with a wheelchair ("ja" below). */
  rolstoelToegankelijk: boolean;
  /** "ja", "nee", or "niet-van-toepassing" for an activity only online or at home. Added in feed version 1 without a break. */
  rolstoel: WheelchairAccess;
  locaties: { id: string; naam: string; soort: string; adres?: string; lat?: number; lon?: number }[];
  volgendeData: { datum: string; van: string; tot: string }[];
  opAfspraak: boolean;
  laatstGecontroleerd: string;
  actualiteit: string;
  /** Room in the group; only present while the statement is current on gemaaktOp. An absent field means unknown, not free. */
  plaats?: { status: string; bevestigd: string; geldigTot: string };
  /** Days within which the organiser answers; only present while current. */
  reageertBinnen?: { dagen: number; bevestigd: string; geldigTot: string };
}

/** One activity of the feed: picked from its facts (facts/activity-facts.ts). */
export function activityRecord(activity: ActivityView, siteUrl: string): ActivityRecord {
  const facts = activityFacts(activity);
  const { kosten } = facts;
  return {
    id: facts.id,
    titel: facts.titel,
    samenvatting: facts.samenvatting,
    url: new URL(facts.url, siteUrl).href,
    status: facts.status,
    gemeente: facts.gemeente,
    gebieden: facts.gebieden.map((gebied) => ({ id: gebied.id, naam: gebied.naam })),
    themas: facts.themas,
    doelgroepen: facts.doelgroepen,
    klachten: facts.klachten,
    welzijnOpRecept: facts.welzijnOpRecept,
    kosten: {
      soort: kosten.soort,
      ...(kosten.soort === 'bedrag' ? { bedrag: kosten.bedrag, per: kosten.per } : {}),
      tekst: facts.kostenTekst,
    },
    gratis: facts.gratis,
    aanmeldenNodig: facts.aanmeldenNodig,
    rolstoelToegankelijk: facts.rolstoel === 'ja',
    rolstoel: facts.rolstoel,
    locaties: facts.plekken.map((place) =>
      isAddressPlace(place)
        ? { id: place.id, naam: place.naam, soort: place.soort, adres: place.adresregel, lat: place.lat, lon: place.lon }
        : { id: place.id, naam: place.naam, soort: place.soort },
    ),
    volgendeData: facts.komendeData.map((occurrence) => ({ datum: occurrence.date, van: occurrence.van, tot: occurrence.tot })),
    opAfspraak: facts.opAfspraak,
    laatstGecontroleerd: facts.laatstGecontroleerd,
    actualiteit: facts.actualiteit,
    ...(facts.plaats ? { plaats: { ...facts.plaats } } : {}),
    ...(facts.reageertBinnen ? { reageertBinnen: { ...facts.reageertBinnen } } : {}),
  };
}

export interface ActivityFeed {
  versie: typeof FEED_VERSION;
  gemaaktOp: string;
  /** Only in the file of one gemeente (/data/activiteiten/<gemeente>.json). */
  gemeente?: { id: string; naam: string };
  aantal: number;
  activiteiten: ActivityRecord[];
}

export function activityFeed(catalog: Catalog, siteUrl: string): ActivityFeed {
  return {
    versie: FEED_VERSION,
    gemaaktOp: catalog.today,
    aantal: catalog.activities.length,
    activiteiten: catalog.activities.map((activity) => activityRecord(activity, siteUrl)),
  };
}

/** Where the feed of a gemeente is: next to the national one, as the CSV files are. */
export const gemeenteFeedPath = (gemeenteId: string) => `/data/activiteiten/${gemeenteId}.json`;

/**
 * Every activity of the national feed under each gemeente of its gebieden (an activity shared with a
 * neighbour is in both), in catalogue order; stopped ones too, as in the national feed, so a site that
 * reads one gemeente sees them stop. One pass over the catalogue for all gemeenten.
 */
export function activitiesPerGemeente(activities: readonly ActivityView[]): Map<string, ActivityView[]> {
  const perGemeente = new Map<string, ActivityView[]>();
  for (const activity of activities) {
    for (const gemeenteId of new Set(activity.gebieden.map((gebied) => gebied.gemeente))) {
      const list = perGemeente.get(gemeenteId);
      if (list) list.push(activity);
      else perGemeente.set(gemeenteId, [activity]);
    }
  }
  return perGemeente;
}

/** /data/activiteiten/<gemeente>.json: the national feed's records of one gemeente, with the gemeente named. */
export function gemeenteActivityFeed(
  catalog: Pick<Catalog, 'today'>,
  gemeente: { id: string; naam: string },
  activities: readonly ActivityView[],
  siteUrl: string,
): ActivityFeed {
  return {
    versie: FEED_VERSION,
    gemaaktOp: catalog.today,
    gemeente: { id: gemeente.id, naam: gemeente.naam },
    aantal: activities.length,
    activiteiten: activities.map((activity) => activityRecord(activity, siteUrl)),
  };
}
