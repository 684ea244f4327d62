/**
 * The HSDS 3.0 files under /data/hsds/, shaped like the answers of an HSDS API, so a consumer that reads an
 * HSDS API (with `full=true`) reads these files the same way:
 * - /data/hsds/index.json: the API root document (`version` "3.0", `profile`);
 * - /data/hsds/gemeenten/<gemeente>.json: every listed activity of one gemeente as fully nested services, on
 *   one page (`total_items`, `total_pages` … `contents`), the main product: a gemeente stays small;
 * - /data/hsds/services/<n>.json: every listed activity of the site, SERVICES_PER_PAGE a page, so no file
 *   grows without bound when gemeenten join;
 * - /data/hsds/taxonomies.json and /data/hsds/taxonomy_terms.json: our vocabularies.
 *
 * Stopped activities are left out, as on the site and in the CSV. Every service is checked against the
 * official schema while it is written (validate.ts): invalid content stops the build, naming the file.
 */
import { activitiesInGemeente, type ActivityView, type Catalog } from '../../catalog';
import { hsdsService, type HsdsContext } from './service';
import { hsdsTaxonomies, hsdsTaxonomyTerms } from './taxonomies';
import type { HsdsPage, HsdsRoot, HsdsService } from './types';
import { assertValidService } from './validate';

/** About 500 KB a page (83 KB gzip) with the example activities: one request each, and few pages for a whole province. */
export const SERVICES_PER_PAGE = 100;

export const HSDS_VERSION = '3.0';

export const hsdsRootUrl = '/data/hsds/index.json';
export const hsdsGemeenteUrl = (gemeenteId: string) => `/data/hsds/gemeenten/${gemeenteId}.json`;
export const hsdsServicesPageUrl = (pageNumber: number) => `/data/hsds/services/${pageNumber}.json`;
export const hsdsTaxonomiesUrl = '/data/hsds/taxonomies.json';
export const hsdsTaxonomyTermsUrl = '/data/hsds/taxonomy_terms.json';

export const hsdsContext = (catalog: Pick<Catalog, 'today' | 'schoolHolidays'>, site: string): HsdsContext => ({
  site,
  today: catalog.today,
  schoolHolidays: catalog.schoolHolidays,
});

/** The API root document. `profile` points to our page that says what we fill and how. */
export function hsdsRoot(site: string): HsdsRoot {
  return { version: HSDS_VERSION, profile: new URL('/open-data/#bestand-hsds', site).href };
}

/** One page of a list of `total` items; the last page may be shorter, an empty list is one empty page. */
export function hsdsPage<T>(contents: T[], pageNumber: number, total: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: total === 0,
    contents,
  };
}

/** The services of these activities, each checked against the official schema. */
export function hsdsServices(activities: readonly ActivityView[], context: HsdsContext): HsdsService[] {
  const key = `${context.site} ${context.today}`;
  return activities.map((activity) => {
    // Each service is in its gemeente's file and on a page of the whole list: made and checked once.
    let services = checkedServices.get(activity);
    if (!services) checkedServices.set(activity, (services = new Map()));
    let service = services.get(key);
    if (!service) {
      service = hsdsService(activity, context);
      assertValidService(service, activity.file);
      services.set(key, service);
    }
    return service;
  });
}

const checkedServices = new WeakMap<ActivityView, Map<string, HsdsService>>();
const listedByCatalog = new WeakMap<Catalog, ActivityView[]>();

function listed(catalog: Catalog): ActivityView[] {
  let activities = listedByCatalog.get(catalog);
  if (!activities) listedByCatalog.set(catalog, (activities = catalog.activities.filter((activity) => activity.listed)));
  return activities;
}

/** All listed activities of one gemeente, also those it shares with a neighbour, on one page. */
export function hsdsGemeenteFile(catalog: Catalog, gemeenteId: string, site: string): HsdsPage<HsdsService> {
  const services = hsdsServices(activitiesInGemeente(catalog, gemeenteId), hsdsContext(catalog, site));
  return hsdsPage(services, 1, services.length, Math.max(1, services.length));
}

/** How many pages the list of all services has (at least one, also when empty). */
export const hsdsServicesPageCount = (catalog: Catalog) => Math.max(1, Math.ceil(listed(catalog).length / SERVICES_PER_PAGE));

/** Page `pageNumber` (from 1) of all listed activities of the site, in the catalog's order. */
export function hsdsServicesPage(catalog: Catalog, pageNumber: number, site: string): HsdsPage<HsdsService> {
  const all = listed(catalog);
  const slice = all.slice((pageNumber - 1) * SERVICES_PER_PAGE, pageNumber * SERVICES_PER_PAGE);
  return hsdsPage(hsdsServices(slice, hsdsContext(catalog, site)), pageNumber, all.length, SERVICES_PER_PAGE);
}

export function hsdsTaxonomiesFile(site: string) {
  const taxonomies = hsdsTaxonomies(site);
  return hsdsPage(taxonomies, 1, taxonomies.length, taxonomies.length);
}

export function hsdsTaxonomyTermsFile(site: string) {
  const terms = hsdsTaxonomyTerms(site);
  return hsdsPage(terms, 1, terms.length, terms.length);
}
