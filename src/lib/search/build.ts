/**
 * The search data of the whole site, made from the catalog at build time:
 * one shard per gemeente and a manifest of gemeenten and gebieden.
 */
import { activitiesInGemeente, type Catalog } from '../catalog';
import { recordText, searchRecord } from './record';
import { buildShard, shardPath, SHARD_VERSION, type Manifest, type Shard } from './shard';

export function gemeenteShard(catalog: Catalog, gemeente: string): Shard {
  const activities = activitiesInGemeente(catalog, gemeente);
  return buildShard(
    gemeente,
    activities.map((activity) => ({ record: searchRecord(activity), text: recordText(activity, activity.body) })),
  );
}

export function searchManifest(catalog: Catalog): Manifest {
  return {
    v: SHARD_VERSION,
    gemaaktOp: catalog.today,
    gemeenten: catalog.gemeenten.map((gemeente) => ({
      id: gemeente.id,
      naam: gemeente.naam,
      aantal: activitiesInGemeente(catalog, gemeente.id).length,
      shard: shardPath(gemeente.id),
    })),
    gebieden: catalog.gebieden.map((gebied) => ({
      id: gebied.id,
      naam: gebied.naam,
      gemeente: gebied.gemeente,
      aliases: [...(gebied.ookBekendAls ?? [])],
      centrum: [gebied.centrum.lat, gebied.centrum.lon],
    })),
  };
}
