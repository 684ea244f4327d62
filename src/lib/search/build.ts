/**
 * The search data of the whole site, made from the catalog at build time:
 * the shards of every gemeente (a large one in parts within the size budget) and the manifest.
 * Runs in Node only: it measures shards with gzip, as a web server would send them.
 */
import { gzipSync } from 'node:zlib';
import { activitiesInGemeente, wheelchairAccessible, type Catalog } from '../catalog';
import type { ActivityView } from '../catalog';
import { formatCost } from '../format';
import { roundCoordinate } from '../map/data';
import { isPhysical } from '../schemas';
import { complaints, targetGroups, themes } from '../taxonomy';
import { dayPartOf, type RecordText, type SearchRecord } from './record';
import { STORED_DATES } from '../upcoming';
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

export function searchRecord(activity: ActivityView): SearchRecord {
  const { data } = activity;
  const rooster = data.rooster;
  const timed = rooster.soort === 'op-afspraak' ? undefined : rooster;
  const physical = activity.locaties.flatMap((locatie) => (isPhysical(locatie) ? [locatie] : []));
  return {
    id: activity.id,
    titel: data.titel,
    samenvatting: data.samenvatting,
    url: activity.url,
    gemeente: activity.gemeente.id,
    gebieden: activity.gebieden.map((gebied) => gebied.id),
    themas: [...data.themas],
    doelgroepen: [...data.doelgroepen],
    klachten: [...(data.welzijnOpRecept?.klachten ?? [])],
    talen: [...data.talen],
    welzijnOpRecept: data.welzijnOpRecept !== undefined,
    gratis: data.kosten.soort === 'gratis',
    kosten: formatCost(data.kosten),
    rolstoel: wheelchairAccessible(activity),
    zonderAanmelden: !data.aanmelden.nodig,
    dagen: timed ? [...timed.dagen] : [],
    dagdelen: timed ? [dayPartOf(timed.van)] : [],
    opAfspraak: rooster.soort === 'op-afspraak',
    data: activity.upcoming.dates.slice(0, STORED_DATES).map((date) => [date.date, date.van, date.tot]),
    punten: physical.map((locatie) => [roundCoordinate(locatie.coordinaten.lat), roundCoordinate(locatie.coordinaten.lon)]),
    plekken: physical.map((locatie) => locatie.naam),
    opAfstand: activity.locaties.some((locatie) => !isPhysical(locatie)),
    actualiteit: activity.freshness,
    gepauzeerd: data.status === 'gepauzeerd',
    ...(activity.plaats ? { plaats: { status: activity.plaats.status, geldigTot: activity.plaats.geldigTot } } : {}),
  };
}

export function recordText(activity: ActivityView, body = ''): RecordText {
  const { data } = activity;
  return {
    titel: data.titel,
    trefwoorden: [
      ...data.themas.map((id) => themes.label(id)),
      ...data.doelgroepen.map((id) => targetGroups.label(id)),
      ...(data.welzijnOpRecept?.klachten ?? []).map((id) => complaints.label(id)),
      activity.organisatie.naam,
      ...activity.locaties.map((locatie) => (isPhysical(locatie) ? `${locatie.naam} ${locatie.adres.plaats}` : locatie.naam)),
      ...activity.gebieden.map((gebied) => gebied.naam),
    ].join(' '),
    tekst: `${data.samenvatting} ${body}`,
  };
}
