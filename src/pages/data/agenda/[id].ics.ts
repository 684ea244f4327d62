import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { calendarFile, recurringEvent } from '../../../lib/open-data/ical';

/** One calendar per activity that has dates; by appointment, paused and stopped activities get none. */
export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  const context = { today: catalog.today, schoolHolidays: catalog.schoolHolidays, site: import.meta.env.SITE };
  return catalog.activities.flatMap((activity) => {
    const event = recurringEvent(activity, context);
    return event ? [{ params: { id: activity.id }, props: { body: calendarFile(activity.data.titel, [event], context) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
