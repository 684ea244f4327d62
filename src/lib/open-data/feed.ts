/**
 * RSS 2.0 feeds of activities that were added or checked again, newest first: /data/feed.xml for the whole
 * site and /data/feed/<gemeente>.xml per gemeente. Written with @astrojs/rss.
 *
 * Inputs it reads (keep this list narrow, so the activity facts module can feed it in one place):
 * - the activity: `url`, `listed`, `checkedOn` (see lastChecked() in catalog.ts), `data.titel`,
 *   `data.samenvatting`, `data.themas`, `gemeente.id`, `gemeente.naam`.
 *
 * We keep no history, so "added or changed" is the day someone last checked the activity: the redactie
 * (`laatstGecontroleerd`) or the provider (`bevestigdDoorAanbieder`), whichever is later.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { ActivityView } from '../catalog';
import { themes } from '../taxonomy';

/** A feed reader only needs what is new; the full list is in the other files under /data/. */
export const FEED_ITEMS = 50;

export type FeedActivity = Pick<ActivityView, 'url' | 'listed' | 'checkedOn'> & {
  data: Pick<ActivityView['data'], 'titel' | 'samenvatting' | 'themas'>;
  gemeente: Pick<ActivityView['gemeente'], 'id' | 'naam'>;
};

export const totalFeedUrl = '/data/feed.xml';
export const gemeenteFeedUrl = (gemeenteId: string) => `/data/feed/${gemeenteId}.xml`;

/** The newest checked activities first; on the same day in title order, so the file does not shuffle. */
export function feedItems(activities: readonly FeedActivity[], limit = FEED_ITEMS): RSSFeedItem[] {
  return activities
    .filter((activity) => activity.listed)
    .toSorted((a, b) => b.checkedOn.localeCompare(a.checkedOn) || a.data.titel.localeCompare(b.data.titel, 'nl'))
    .slice(0, limit)
    .map((activity) => ({
      title: activity.data.titel,
      link: activity.url,
      // Noon UTC: the day stays the same day in the Netherlands and in any reader's time zone near it.
      pubDate: new Date(`${activity.checkedOn}T12:00:00Z`),
      description: activity.data.samenvatting,
      categories: [activity.gemeente.naam, ...activity.data.themas.map((theme) => themes.label(theme))],
    }));
}

export interface FeedOptions {
  title: string;
  description: string;
  site: string;
}

export function feedXml(activities: readonly FeedActivity[], options: FeedOptions): Promise<string> {
  return getRssString({
    title: options.title,
    description: options.description,
    site: options.site,
    items: feedItems(activities),
    customData: '<language>nl-nl</language>',
  });
}
