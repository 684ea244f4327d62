/**
 * The data files of "Mijn lijstje", made at build time: every listed activity in the file of its bucket
 * (see bucketOf in shortlist.ts), plus a tiny index with the number of buckets.
 * The place lines and the schedule sentence come from the activity facts, as the recept's do, so both say the same.
 */
import type { Catalog } from './catalog';
import { activityFacts } from './facts/activity-facts';
import { SHOWN_DATES } from './upcoming';
import { bucketCount, bucketOf, bucketPath, type ShortlistIndex, type ShortlistRecord } from './shortlist-view';

export function shortlistData(catalog: Catalog): { index: ShortlistIndex; files: Map<string, ShortlistRecord[]> } {
  const listed = catalog.activities.filter((activity) => activity.listed);
  const buckets = bucketCount(listed.length);
  const files = new Map<string, ShortlistRecord[]>();
  for (let bucket = 0; bucket < buckets; bucket += 1) files.set(bucketPath(bucket), []);
  for (const activity of listed) {
    const facts = activityFacts(activity);
    files.get(bucketPath(bucketOf(facts.id, buckets)))!.push({
      id: facts.id,
      titel: facts.titel,
      url: facts.url,
      gebieden: facts.gebieden.map((gebied) => gebied.naam).join(', '),
      waar: facts.plekken.map((place) => place.regel),
      wanneer: facts.roosterZin,
      // The list shows at most SHOWN_DATES, like an activity page; it is rebuilt with the site every day.
      data: facts.komendeData.slice(0, SHOWN_DATES).map((date) => [date.date, date.van, date.tot]),
      kosten: facts.kostenTekst,
      ...(facts.contact.telefoon ? { telefoon: facts.contact.telefoon } : {}),
      ...(facts.contact.email ? { email: facts.contact.email } : {}),
      gepauzeerd: facts.status === 'gepauzeerd',
      ...(facts.plaats ? { plaats: { status: facts.plaats.status, geldigTot: facts.plaats.geldigTot } } : {}),
    });
  }
  return { index: { v: 1, gemaaktOp: catalog.today, buckets }, files };
}
