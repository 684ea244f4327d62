/**
 * Loads the content collections once per build and joins them into the catalog.
 * Every page reads the site's data through here, so broken content stops the build on the first page.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import type { Entry } from '../lib/content-integrity';
import { todayInNetherlands } from '../lib/dates';

interface LoadedEntry<T> {
  id: string;
  collection: string;
  data: T;
  filePath?: string;
  body?: string;
}

function entries<T>(items: LoadedEntry<T>[]): Entry<T>[] {
  return items.map((item) => ({
    id: item.id,
    file: item.filePath ?? `content/${item.collection}/${item.id}`,
    data: item.data,
    body: item.body,
  }));
}

let catalog: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [gemeenten, gebieden, organisaties, locaties, activiteiten, schoolvakanties] = await Promise.all([
      getCollection('gemeenten'),
      getCollection('gebieden'),
      getCollection('organisaties'),
      getCollection('locaties'),
      getCollection('activiteiten'),
      getCollection('schoolvakanties'),
    ]);
    return buildCatalog({
      today: todayInNetherlands(),
      gemeenten: entries(gemeenten),
      gebieden: entries(gebieden),
      organisaties: entries(organisaties),
      locaties: entries(locaties),
      activiteiten: entries(activiteiten),
      schoolHolidays: schoolvakanties.flatMap((year) => year.data.vakanties),
    });
  })();
  return catalog;
}

/** The Markdown entry of an activity, for rendering its body. */
export async function activityEntry(id: string): Promise<CollectionEntry<'activiteiten'>> {
  // getEntry looks one entry up; getCollection copies the whole collection, once per activity page.
  const entry = await getEntry('activiteiten', id);
  if (!entry) throw new Error(`No activity with id "${id}"`);
  return entry;
}
