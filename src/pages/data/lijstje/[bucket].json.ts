import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { shortlistData } from '../../../lib/shortlist-data';
import { SHORTLIST_DATA_PATH } from '../../../lib/shortlist-view';

const nameOf = (path: string) => path.slice(SHORTLIST_DATA_PATH.length + 1, -'.json'.length);

export const getStaticPaths: GetStaticPaths = async () => {
  const { files } = shortlistData(await loadCatalog());
  return [...files.keys()].map((path) => ({ params: { bucket: nameOf(path) } }));
};

// One bucket of "Mijn lijstje": /lijstje/ loads only the buckets of the ids in its fragment.
export const GET: APIRoute = async ({ params }) => {
  const { files } = shortlistData(await loadCatalog());
  return new Response(JSON.stringify(files.get(`${SHORTLIST_DATA_PATH}/${params.bucket}.json`)!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
