/**
 * The data files of "Mijn lijstje", made at build time: every listed activity in the file of its bucket
 * (see bucketOf in shortlist.ts), plus a tiny index with the number of buckets.
 * The place and time lines are the referral's (toReferralActivity), so the recept and the list say the same.
 */
import type { Catalog } from './catalog';
import { describeSchedule } from './format';
import { toReferralActivity } from './referral';
import { bucketCount, bucketOf, bucketPath, type ShortlistIndex, type ShortlistRecord } from './shortlist-view';

export function shortlistData(catalog: Catalog, siteUrl: string): { index: ShortlistIndex; files: Map<string, ShortlistRecord[]> } {
  const listed = catalog.activities.filter((activity) => activity.listed);
  const buckets = bucketCount(listed.length);
  const files = new Map<string, ShortlistRecord[]>();
  for (let bucket = 0; bucket < buckets; bucket += 1) files.set(bucketPath(bucket), []);
  for (const activity of listed) {
    const { data } = activity;
    const referral = toReferralActivity(activity, siteUrl);
    files.get(bucketPath(bucketOf(activity.id, buckets)))!.push({
      id: activity.id,
      titel: data.titel,
      url: activity.url,
      gebieden: activity.gebieden.map((gebied) => gebied.naam).join(', '),
      waar: referral.waar,
      wanneer: describeSchedule(data.rooster),
      data: activity.upcoming.dates.slice(0, 3).map((date) => [date.date, date.van, date.tot]),
      kosten: referral.kosten,
      ...(data.contact.telefoon ? { telefoon: data.contact.telefoon } : {}),
      ...(data.contact.email ? { email: data.contact.email } : {}),
      gepauzeerd: data.status === 'gepauzeerd',
      ...(activity.plaats ? { plaats: { status: activity.plaats.status, geldigTot: activity.plaats.geldigTot } } : {}),
    });
  }
  return { index: { v: 1, gemaaktOp: catalog.today, buckets }, files };
}
