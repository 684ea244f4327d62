/**
 * The referral records, made at build time from the activity facts (facts/activity-facts.ts): the data of
 * /data/verwijzen/ (an index and one file per gemeente) and of the printed verwijskaart. Build-time only:
 * the browser reads the JSON.
 */
import { activitiesInGemeente, type ActivityView, type Catalog, type GebiedView, type GemeenteView } from '../catalog';
import { activityFacts } from '../facts/activity-facts';
import { responseSentence } from '../availability';
import { formatDate, formatTimeRange } from '../format';
import { placeStatuses } from '../taxonomy';
import { REFERRAL_DATA_VERSION, type ReferralActivity, type ReferralGebied, type ReferralGemeenteData, type ReferralIndex } from './record';

/** The referral record of an activity: picked from its facts. */
export function toReferralActivity(activity: ActivityView, siteUrl: string): ReferralActivity {
  const facts = activityFacts(activity);
  const meedoen = [facts.aanmeldenZin];
  if (facts.plaats) meedoen.unshift(placeStatuses.get(facts.plaats.status).uitleg);
  if (facts.aanmeldenHoe) meedoen.push(facts.aanmeldenHoe);
  if (facts.reageertBinnen) meedoen.push(responseSentence(facts.reageertBinnen.dagen));
  return {
    id: facts.id,
    titel: facts.titel,
    samenvatting: facts.samenvatting,
    url: facts.url,
    publicUrl: new URL(facts.url, siteUrl).href,
    status: facts.status,
    freshness: facts.actualiteit,
    gemeente: facts.gemeente.id,
    gebieden: facts.gebieden.map((gebied) => gebied.id),
    gebiedNaam: facts.gebieden[0]!.naam,
    themas: facts.themas,
    dimensies: facts.dimensies,
    klachten: facts.klachten,
    ...(facts.tip !== undefined ? { tip: facts.tip } : {}),
    doelgroepen: facts.doelgroepen,
    ...(facts.leeftijd ? { leeftijd: { ...facts.leeftijd } } : {}),
    gratis: facts.gratis,
    kosten: facts.kostenTekst,
    ...(facts.kostenKort ? { kostenKort: facts.kostenKort } : {}),
    rolstoel: facts.rolstoel === 'ja',
    plekken: facts.adressen.map((place) => ({ lat: place.lat, lon: place.lon })),
    aanHuis: facts.aanHuis,
    online: facts.online,
    ritme: facts.ritme,
    wanneer: [facts.roosterZin, ...facts.pauzes, ...(facts.roosterOpmerking ? [facts.roosterOpmerking] : [])],
    volgendeKeren: facts.komendeData.map((occurrence) => ({
      datum: occurrence.date,
      tekst: `${formatDate(occurrence.date)}, ${formatTimeRange(occurrence.van, occurrence.tot)}`,
    })),
    waar: facts.plekken.map((place) => place.regel),
    meedoen,
    ...(facts.contact.telefoon ? { contact: facts.contact.telefoon } : facts.contact.email ? { contact: facts.contact.email } : {}),
    ...(facts.plaats ? { plaats: facts.plaats.status } : {}),
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

/** /data/verwijzen/index.json: every gebied with its gemeente and postcodes, so a choice or a postcode knows which file to load. */
export function referralIndex(catalog: Catalog): ReferralIndex {
  return {
    v: REFERRAL_DATA_VERSION,
    gebieden: catalog.gemeenten.flatMap((gemeente) =>
      gemeente.gebieden.map((gebied) => ({
        id: gebied.id,
        naam: gebied.naam,
        gemeente: gemeente.id,
        postcodes: [...(gebied.postcodes ?? [])],
      })),
    ),
  };
}

/**
 * /data/verwijzen/<gemeente>.json: what the tool ranks for a gebied of this gemeente. Ranking shows the
 * activities of the gebied and of the rest of its gemeente (ranking.ts), so the file holds every activity
 * with a gebied in the gemeente, also one it shares with a neighbour. Stopped and paused activities never
 * fit, so they stay out.
 */
export function referralGemeenteData(catalog: Catalog, gemeente: GemeenteView, siteUrl: string): ReferralGemeenteData {
  return {
    v: REFERRAL_DATA_VERSION,
    gemeente: gemeente.id,
    activities: activitiesInGemeente(catalog, gemeente.id)
      .filter((activity) => activity.data.status === 'actief')
      .map((activity) => toReferralActivity(activity, siteUrl)),
    gebieden: gemeente.gebieden.map((gebied) => toReferralGebied(gebied, gemeente)),
  };
}
