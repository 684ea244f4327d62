/**
 * /data/activiteiten/<gemeente>.json: the national feed's records, split per gemeente (issue 14), so a site
 * that shows one gemeente need not download the country.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { activitiesPerGemeente, activityFeed, gemeenteActivityFeed, gemeenteFeedPath } from '../../../src/lib/export';
import { openDataFiles } from '../../../src/lib/open-data/files';
import { activiteit, catalog, input, SITE, TODAY } from '../small-catalog';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('activitiesPerGemeente and gemeenteActivityFeed', () => {
  it('put every activity of the national feed under its gemeente, stopped and paused ones too, in catalogue order', () => {
    const perGemeente = activitiesPerGemeente(catalog.activities);
    expect([...perGemeente.keys()].sort()).toEqual(['bergen', 'noordoostpolder']);
    expect(ids(perGemeente.get('noordoostpolder')!)).toEqual([
      'appeltaart-bakken',
      'bingo-marknesse',
      'koffie-inloop-ens',
      'online-praatgroep',
      'zumba-ens',
    ]);
    expect(ids(perGemeente.get('bergen')!)).toEqual(['eendagstocht-egmond']);
  });

  it('put an activity shared by two gemeenten in both, once each', () => {
    const shared = activiteit('wandelen-over-de-grens', 'Wandelen over de grens', { gebieden: ['ens', 'marknesse', 'egmond-aan-zee'] });
    const perGemeente = activitiesPerGemeente(buildCatalog(input({ activiteiten: [...input().activiteiten, shared] })).activities);
    expect(ids(perGemeente.get('noordoostpolder')!).filter((id) => id === 'wandelen-over-de-grens')).toHaveLength(1);
    expect(ids(perGemeente.get('bergen')!)).toContain('wandelen-over-de-grens');
  });

  it('write the same records as the national feed, with the gemeente named and counted', () => {
    const national = activityFeed(catalog, SITE);
    const gemeente = catalog.gemeenten.find((item) => item.id === 'noordoostpolder')!;
    const feed = gemeenteActivityFeed(catalog, gemeente, activitiesPerGemeente(catalog.activities).get('noordoostpolder')!, SITE);
    expect(feed).toMatchObject({
      versie: national.versie,
      gemaaktOp: TODAY,
      gemeente: { id: 'noordoostpolder', naam: 'Noordoostpolder' },
      aantal: 5,
    });
    expect(Object.keys(feed)).toEqual(['versie', 'gemaaktOp', 'gemeente', 'aantal', 'activiteiten']);
    expect(feed.activiteiten).toEqual(
      national.activiteiten.filter((record) => record.gebieden.some((gebied) => gemeente.gebieden.some((own) => own.id === gebied.id))),
    );
  });

  it('are listed on /open-data/ per gemeente, next to the national file', () => {
    const links = openDataFiles.find((file) => file.id === 'activiteiten')!.links(catalog);
    expect(links).toEqual([
      { href: '/data/activiteiten.json', label: 'Alle gemeenten' },
      { href: gemeenteFeedPath('bergen'), label: 'Bergen' },
      { href: '/data/activiteiten/noordoostpolder.json', label: 'Noordoostpolder' },
    ]);
  });
});
