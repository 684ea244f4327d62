/**
 * The open data feed /data/activiteiten.json: the contract that search, map and referral build on.
 * Field names are stable; add fields, never rename them.
 */
import { wheelchairAccessible, type ActivityView, type Catalog } from './catalog';
import { formatCost } from './format';
import { isPhysical } from './schemas';

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
  rolstoelToegankelijk: boolean;
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

export function activityRecord(activity: ActivityView, siteUrl: string): ActivityRecord {
  const { data } = activity;
  return {
    id: activity.id,
    titel: data.titel,
    samenvatting: data.samenvatting,
    url: new URL(activity.url, siteUrl).href,
    status: data.status,
    gemeente: { id: activity.gemeente.id, naam: activity.gemeente.naam },
    gebieden: activity.gebieden.map((gebied) => ({ id: gebied.id, naam: gebied.naam })),
    themas: [...data.themas],
    doelgroepen: [...data.doelgroepen],
    klachten: [...(data.welzijnOpRecept?.klachten ?? [])],
    welzijnOpRecept: data.welzijnOpRecept !== undefined,
    kosten: {
      soort: data.kosten.soort,
      ...(data.kosten.soort === 'bedrag' ? { bedrag: data.kosten.bedrag, per: data.kosten.per } : {}),
      tekst: formatCost(data.kosten),
    },
    gratis: data.kosten.soort === 'gratis',
    aanmeldenNodig: data.aanmelden.nodig,
    rolstoelToegankelijk: wheelchairAccessible(activity),
    locaties: activity.locaties.map((locatie) =>
      isPhysical(locatie)
        ? {
            id: locatie.id,
            naam: locatie.naam,
            soort: locatie.soort,
            adres: `${locatie.adres.straat} ${locatie.adres.huisnummer}, ${locatie.adres.postcode} ${locatie.adres.plaats}`,
            lat: locatie.coordinaten.lat,
            lon: locatie.coordinaten.lon,
          }
        : { id: locatie.id, naam: locatie.naam, soort: locatie.soort },
    ),
    volgendeData: activity.upcoming.dates.map((occurrence) => ({ datum: occurrence.date, van: occurrence.van, tot: occurrence.tot })),
    opAfspraak: data.rooster.soort === 'op-afspraak',
    laatstGecontroleerd: data.laatstGecontroleerd,
    actualiteit: activity.freshness,
    ...(activity.plaats ? { plaats: { ...activity.plaats } } : {}),
    ...(activity.reageertBinnen ? { reageertBinnen: { ...activity.reageertBinnen } } : {}),
  };
}

export function activityFeed(catalog: Catalog, siteUrl: string) {
  return {
    versie: FEED_VERSION,
    gemaaktOp: catalog.today,
    aantal: catalog.activities.length,
    activiteiten: catalog.activities.map((activity) => activityRecord(activity, siteUrl)),
  };
}
