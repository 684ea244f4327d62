import { describe, expect, it } from 'vitest';
import { activitiesInGemeente, buildCatalog } from '../../src/lib/catalog';
import { activitiesPerGebied, overviewFact, SHARED_GROUP } from '../../src/lib/gemeente-overview';
import { activiteit, activity, catalog, input } from './small-catalog';

const noordoostpolder = catalog.gemeenten.find((gemeente) => gemeente.id === 'noordoostpolder')!;

describe('activitiesPerGebied', () => {
  const groups = activitiesPerGebied(noordoostpolder, activitiesInGemeente(catalog, 'noordoostpolder'));
  const ids = (key: string) => groups.find((group) => group.key === key)?.items.map((item) => item.id);

  it('groups per gebied in the order of the gemeente, with the activities of more gebieden in one group at the end', () => {
    expect(groups.map((group) => group.key)).toEqual(['ens', 'marknesse', SHARED_GROUP]);
    expect(ids('ens')).toEqual(['koffie-inloop-ens']);
    expect(ids('marknesse')).toEqual(['bingo-marknesse']);
    expect(ids(SHARED_GROUP)!.toSorted()).toEqual(['appeltaart-bakken', 'online-praatgroep']);
    expect(groups.at(-1)).toMatchObject({ naam: 'In meer dorpen en wijken van Noordoostpolder' });
    expect(groups.at(-1)!.url).toBeUndefined();
    expect(groups[0]).toMatchObject({ naam: 'Ens', url: '/gebieden/ens/' });
  });

  it('lists every listed activity of the gemeente exactly once, and no stopped one', () => {
    const listed = groups.flatMap((group) => group.items.map((item) => item.id));
    expect(listed.toSorted()).toEqual(
      activitiesInGemeente(catalog, 'noordoostpolder')
        .map((view) => view.id)
        .toSorted(),
    );
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).not.toContain('zumba-ens');
  });

  it('puts an activity shared with another gemeente under its one gebied here', () => {
    const shared = buildCatalog(
      input({
        activiteiten: [...input().activiteiten, activiteit('wandelen-samen', 'Samen wandelen', { gebieden: ['ens', 'egmond-aan-zee'] })],
      }),
    );
    const gemeente = shared.gemeenten.find((item) => item.id === 'noordoostpolder')!;
    const ens = activitiesPerGebied(gemeente, activitiesInGemeente(shared, 'noordoostpolder')).find((group) => group.key === 'ens')!;
    expect(ens.items.map((item) => item.id)).toContain('wandelen-samen');
  });

  it('leaves out a gebied without activities of its own', () => {
    const onlyShared = activitiesPerGebied(noordoostpolder, [activity('appeltaart-bakken')]);
    expect(onlyShared.map((group) => group.key)).toEqual([SHARED_GROUP]);
    expect(activitiesPerGebied(noordoostpolder, [])).toEqual([]);
  });
});

describe('overviewFact', () => {
  it('names the rhythm of an active activity and the status of one that does not take place', () => {
    expect(overviewFact(activity('koffie-inloop-ens'))).toBe('elke dinsdag');
    expect(overviewFact(activity('appeltaart-bakken'))).toBe('elke eerste en derde woensdag van de maand');
    expect(overviewFact(activity('online-praatgroep'))).toBe('op afspraak');
    expect(overviewFact(activity('bingo-marknesse'))).toBe('tijdelijk gestopt');
  });
});
