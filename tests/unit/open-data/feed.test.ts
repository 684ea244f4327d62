/**
 * The RSS feeds, read back with a strict XML parser (saxes): well-formed, RSS 2.0, newest first.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../scripts/content-files';
import { activitiesInGemeente, buildCatalog } from '../../../src/lib/catalog';
import { FEED_ITEMS, feedXml, type FeedActivity } from '../../../src/lib/open-data/feed';

const SITE = 'https://preventiekaart.example/';

interface ParsedItem {
  title: string;
  link: string;
  pubDate: string;
  categories: string[];
}

/** Parses the XML strictly (any error throws) and returns the root name, the channel title and the items. */
function parseFeed(xml: string): { root: string; version: string | undefined; channelTitle: string; items: ParsedItem[] } {
  const parser = new SaxesParser();
  const stack: string[] = [];
  const items: ParsedItem[] = [];
  let root = '';
  let version: string | undefined;
  let channelTitle = '';
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      root = tag.name;
      version = tag.attributes.version as string | undefined;
    }
    stack.push(tag.name);
    text = '';
    if (tag.name === 'item') items.push({ title: '', link: '', pubDate: '', categories: [] });
  });
  parser.on('text', (value) => (text += value));
  parser.on('cdata', (value) => (text += value));
  parser.on('closetag', (tag) => {
    const parent = stack.at(-2);
    const item = items.at(-1);
    if (parent === 'item' && item) {
      if (tag.name === 'title') item.title = text;
      if (tag.name === 'link') item.link = text;
      if (tag.name === 'pubDate') item.pubDate = text;
      if (tag.name === 'category') item.categories.push(text);
    }
    if (parent === 'channel' && tag.name === 'title') channelTitle = text;
    stack.pop();
    text = '';
  });
  parser.write(xml).close();
  return { root, version, channelTitle, items };
}

function activity(titel: string, checkedOn: string, extra: Partial<FeedActivity> = {}): FeedActivity {
  return {
    url: `/activiteiten/${titel.toLowerCase().replace(/\W+/g, '-')}/`,
    listed: true,
    checkedOn,
    data: { titel, samenvatting: 'Samen koffie drinken & praten <gezellig>.', themas: ['ontmoeten'] },
    gemeente: { id: 'noordoostpolder', naam: 'Noordoostpolder' },
    ...extra,
  };
}

const options = { title: 'Nieuw', description: 'Nieuw en gecontroleerd', site: SITE };

describe('RSS feed', () => {
  it('is well-formed RSS 2.0 with the newest check first and the text escaped', async () => {
    const xml = await feedXml(
      [
        activity('Koffie', '2026-10-01'),
        activity('Wandelen', '2026-11-20'),
        activity('Gestopt', '2026-11-22', { listed: false }),
        activity('Breien', '2026-11-20'),
      ],
      options,
    );
    const feed = parseFeed(xml);
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channelTitle).toBe('Nieuw');
    expect(feed.items.map((item) => item.title)).toEqual(['Breien', 'Wandelen', 'Koffie']);
    expect(feed.items[0]!.link).toBe(`${SITE}activiteiten/breien/`);
    expect(new Date(feed.items[0]!.pubDate).toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(feed.items[0]!.categories).toEqual(['Noordoostpolder', 'Ontmoeten']);
    expect(xml).toContain('<language>nl-nl</language>');
  });

  it(`holds at most ${FEED_ITEMS} items, and per gemeente only that gemeente`, async () => {
    const { entries } = loadContentFiles(process.cwd());
    const catalog = buildCatalog({
      today: '2026-11-23',
      ...entries,
      schoolHolidays: entries.schoolvakanties.flatMap((entry) => entry.data.vakanties),
    });
    const total = parseFeed(await feedXml(catalog.activities, options));
    expect(total.items).toHaveLength(FEED_ITEMS);
    const dates = total.items.map((item) => new Date(item.pubDate).getTime());
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    const bergen = activitiesInGemeente(catalog, 'bergen');
    const perGemeente = parseFeed(await feedXml(bergen, options));
    expect(perGemeente.items.length).toBe(Math.min(FEED_ITEMS, bergen.length));
    const bergenLinks = new Set(bergen.map((item) => new URL(item.url, SITE).href));
    expect(perGemeente.items.every((item) => bergenLinks.has(item.link))).toBe(true);
  }, 60_000);
});
