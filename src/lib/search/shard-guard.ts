/**
 * Shape checks for the search index (/data/zoeken/index.json) and its shards, run in the browser before
 * the search uses them: a file of another shape or a newer format version is refused with a message
 * instead of leaving a dead page. Browser-safe, no zod (see ../guard.ts).
 */
import { checkData, exactly, listOf, number, shape, text, tuple, yesNo, type Check, type Checked } from '../guard';
import { SHARD_VERSION, type Manifest, type Shard } from './shard';

const texts = listOf(text);
const version = exactly(SHARD_VERSION);

const manifestCheck = shape({
  v: version,
  gemaaktOp: text,
  gemeenten: listOf(shape({ id: text, naam: text, aantal: number, shards: listOf(shape({ pad: text, gebieden: texts })) })),
  gebieden: listOf(shape({ id: text, naam: text, gemeente: text, aliases: texts, centrum: tuple(number, number), postcodes: texts })),
});

const recordCheck = shape({
  id: text,
  titel: text,
  samenvatting: text,
  url: text,
  gemeente: text,
  gebieden: texts,
  themas: texts,
  doelgroepen: texts,
  klachten: texts,
  talen: texts,
  welzijnOpRecept: yesNo,
  gratis: yesNo,
  kosten: text,
  rolstoel: yesNo,
  zonderAanmelden: yesNo,
  dagen: texts,
  dagdelen: texts,
  opAfspraak: yesNo,
  data: listOf(tuple(text, text, text)),
  punten: listOf(tuple(number, number)),
  plekken: texts,
  opAfstand: yesNo,
  actualiteit: text,
  gepauzeerd: yesNo,
});

const shardShape = shape({
  v: version,
  gemeente: text,
  records: listOf(recordCheck),
  woorden: texts,
  treffers: listOf(listOf(number)),
  lengtes: listOf(number),
});

/** Besides the shape: one posting list per word, and every posting pointing at a record (4 fields per record, see shard.ts). */
const shardCheck: Check = (value, path) => {
  const problem = shardShape(value, path);
  if (problem) return problem;
  const shard = value as Shard;
  if (shard.treffers.length !== shard.woorden.length)
    return `${path}.treffers has ${shard.treffers.length} lists for ${shard.woorden.length} words`;
  if (shard.lengtes.length !== shard.records.length)
    return `${path}.lengtes has ${shard.lengtes.length} lengths for ${shard.records.length} records`;
  const limit = shard.records.length * 4;
  for (let word = 0; word < shard.treffers.length; word++) {
    let posting = 0;
    for (const gap of shard.treffers[word]!) {
      posting += gap;
      if (gap < 0 || !Number.isInteger(gap) || posting >= limit) return `${path}.treffers[${word}] points past the records`;
    }
  }
  return undefined;
};

export function checkManifest(value: unknown): Checked<Manifest> {
  return checkData<Manifest>(value, manifestCheck, 'index.json');
}

export function checkShard(value: unknown, name = 'shard'): Checked<Shard> {
  return checkData<Shard>(value, shardCheck, name);
}
