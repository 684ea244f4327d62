/**
 * The search data of the whole site, made from the catalog at build time:
 * the shards of every gemeente (a large one in parts within the size budget) and the manifest.
 * Runs in Node only: it measures shards with gzip, as a web server would send them.
 */
import { gzipSync } from 'node:zlib';
import { activitiesInGemeente, type Catalog } from '../catalog';
import type { ActivityView } from '../catalog';
import { activityFacts, isAddressPlace } from '../facts/activity-facts';
import { roundCoordinate } from '../map/data';
import { complaints, targetGroups, themes } from '../taxonomy';
import type { RecordText, SearchRecord } from './record';
import { SHARD_BUDGET_BYTES, SHARD_VERSION, shardPath, splitShards, type Manifest, type Shard } from './shard';

export interface SiteSearchData {
  manifest: Manifest;
  /** Every shard by its path, /data/zoeken/<gemeente>.json and parts <gemeente>-2.json … */
  shards: Map<string, Shard>;
}

export const gzipBytes = (shard: Shard) => gzipSync(JSON.stringify(shard)).length;

const made = new WeakMap<Catalog, SiteSearchData>();

export function siteSearchData(catalog: Catalog, budget = SHARD_BUDGET_BYTES): SiteSearchData {
  const cached = budget === SHARD_BUDGET_BYTES ? made.get(catalog) : undefined;
  if (cached) return cached;
  const shards = new Map<string, Shard>();
  const gemeenten = catalog.gemeenten.map((gemeente) => {
    const activities = activitiesInGemeente(catalog, gemeente.id);
    const entries = activities.map((activity) => ({ record: searchRecord(activity), text: recordText(activity, activity.body) }));
    const parts = splitShards(gemeente.id, entries, (shard) => gzipBytes(shard) <= budget);
    return {
      id: gemeente.id,
      naam: gemeente.naam,
      aantal: activities.length,
      shards: parts.map((part, index) => {
        const pad = shardPath(gemeente.id, index + 1);
        if (shards.has(pad)) throw new Error(`Two search shards would be written to ${pad}: rename gemeente "${gemeente.id}".`);
        shards.set(pad, part.shard);
        return { pad, gebieden: part.gebieden };
      }),
    };
  });
  const data: SiteSearchData = {
    manifest: {
      v: SHARD_VERSION,
      gemaaktOp: catalog.today,
      gemeenten,
      gebieden: catalog.gebieden.map((gebied) => ({
        id: gebied.id,
        naam: gebied.naam,
        gemeente: gebied.gemeente,
        aliases: [...(gebied.ookBekendAls ?? [])],
        centrum: [gebied.centrum.lat, gebied.centrum.lon],
        postcodes: [...(gebied.postcodes ?? [])],
      })),
    },
    shards,
  };
  if (budget === SHARD_BUDGET_BYTES) made.set(catalog, data);
  return data;
}

/** The search record of an activity: picked from its facts (facts/activity-facts.ts). */
export function searchRecord(activity: ActivityView): SearchRecord {
  const facts = activityFacts(activity);
  return {
    id: facts.id,
    titel: facts.titel,
    samenvatting: facts.samenvatting,
    url: facts.url,
    gemeente: facts.gemeente.id,
    gebieden: facts.gebieden.map((gebied) => gebied.id),
    themas: facts.themas,
    doelgroepen: facts.doelgroepen,
    klachten: facts.klachten,
    talen: facts.talen,
    welzijnOpRecept: facts.welzijnOpRecept,
    gratis: facts.gratis,
    kosten: facts.kostenTekst,
    rolstoel: facts.rolstoel === 'ja',
    zonderAanmelden: !facts.aanmeldenNodig,
    dagen: facts.dagen,
    dagdelen: facts.dagdelen,
    opAfspraak: facts.opAfspraak,
    data: facts.komendeData.map((date) => [date.date, date.van, date.tot]),
    punten: facts.adressen.map((place) => [roundCoordinate(place.lat), roundCoordinate(place.lon)]),
    plekken: facts.adressen.map((place) => place.naam),
    opAfstand: facts.opAfstand,
    actualiteit: facts.actualiteit,
    gepauzeerd: facts.status === 'gepauzeerd',
    ...(facts.plaats ? { plaats: { status: facts.plaats.status, geldigTot: facts.plaats.geldigTot } } : {}),
  };
}

export function recordText(activity: ActivityView, body = ''): RecordText {
  const facts = activityFacts(activity);
  return {
    titel: facts.titel,
    trefwoorden: [
      ...facts.themas.map((id) => themes.label(id)),
      ...facts.doelgroepen.map((id) => targetGroups.label(id)),
      ...facts.klachten.map((id) => complaints.label(id)),
      facts.organisatie.naam,
      ...facts.plekken.map((place) => (isAddressPlace(place) ? `${place.naam} ${place.adres.plaats}` : place.naam)),
      ...facts.gebieden.map((gebied) => gebied.naam),
    ].join(' '),
    tekst: `${facts.samenvatting} ${body}`,
  };
}
