/**
 * The search page's data: the manifest and the shards, fetched from the site's own JSON files only, each
 * checked for its shape before use, and kept for the page's lifetime so a keystroke never fetches again.
 */
import { todayInNetherlands } from '../lib/dates';
import { SearchIndex } from '../lib/search/engine';
import type { ShardPart } from '../lib/search/manifest-view';
import type { Manifest, Shard } from '../lib/search/shard';
import { checkManifest, checkShard } from '../lib/search/shard-guard';

/** The manifest, or an error: a file of another shape or a newer format version is refused here, not halfway through a search. */
export async function loadManifest(path: string): Promise<Manifest> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const checked = checkManifest(await response.json());
  if (!checked.ok) throw new Error(checked.problem);
  return checked.value;
}

export class ShardStore {
  /** The gemeenten whose shards failed since the last clearFailures(): the page names them. */
  readonly failed = new Set<string>();
  private readonly shards = new Map<string, Promise<Shard | undefined>>();
  private readonly indexes = new Map<string, SearchIndex>();

  clearFailures() {
    this.failed.clear();
  }

  /** One index over these shard files; undefined when none could load. */
  async indexFor(wanted: readonly ShardPart[]): Promise<SearchIndex | undefined> {
    const key = wanted
      .map((part) => part.path)
      .sort()
      .join(' ');
    const cached = this.indexes.get(key);
    if (cached) return cached;
    const shards = (await Promise.all(wanted.map((part) => this.load(part)))).filter((shard): shard is Shard => !!shard);
    if (shards.length === 0) return undefined;
    const index = SearchIndex.fromShards(shards);
    // The typo index and sort keys are built once the browser has nothing else to do, not on a keystroke.
    const warm = () => index.warm(todayInNetherlands({}, new Date()));
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
    // A partial index is not kept: the missing shard is tried again on the next search.
    if (shards.length === wanted.length) this.indexes.set(key, index);
    return index;
  }

  private load({ path, gemeente }: ShardPart): Promise<Shard | undefined> {
    let pending = this.shards.get(path);
    if (!pending) {
      pending = fetch(path)
        .then(async (response) => {
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          const checked = checkShard(await response.json(), path);
          if (!checked.ok) throw new Error(checked.problem);
          return checked.value;
        })
        .catch((error: unknown) => {
          console.warn('search: shard refused', error);
          this.failed.add(gemeente);
          // Forget the failure so a later search tries again.
          this.shards.delete(path);
          return undefined;
        });
      this.shards.set(path, pending);
    }
    return pending;
  }
}
