import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { activitiesInGebied } from '../../../lib/catalog';
import { calendarFile, gebiedEvents } from '../../../lib/open-data/ical';

/** One calendar per gebied with every activity that has dates; "op afspraak" is left out. */
export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  const context = { today: catalog.today, schoolHolidays: catalog.schoolHolidays, site: import.meta.env.SITE };
  return catalog.gebieden.map((gebied) => ({
    params: { id: gebied.id },
    props: {
      body: calendarFile(
        `Activiteiten in ${gebied.naam} (${gebied.gemeenteNaam})`,
        gebiedEvents(activitiesInGebied(catalog, gebied.id), context),
        context,
      ),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
