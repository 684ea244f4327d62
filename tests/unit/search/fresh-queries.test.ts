/**
 * The fresh query set (issue 15): checks that the labels are sound and prints recall@5 and nDCG@5 per kind.
 * It asserts no score threshold on purpose: the set measures the engine before and after tuning, and the
 * figures are kept in the header of `fresh-queries.ts`.
 */
import { describe, expect, it } from 'vitest';
import { contentSearch } from './content-index';
import { freshQueries, freshQueryKinds, type FreshQuery } from './fresh-queries';
import { meanOf, ndcgAt, RANK_CUTOFF, recallAt } from './ranking-metrics';

const MIN_QUERIES = 120;
const MIN_PER_KIND = 20;

const describeScope = (scope: FreshQuery['scope']) => (scope ? ` ${JSON.stringify(scope)}` : '');

describe('the fresh labelled query set', () => {
  const search = contentSearch();
  const activityIds = new Set(search.catalog.activities.filter((activity) => activity.listed).map((activity) => activity.id));

  it(`has at least ${MIN_QUERIES} queries and at least ${MIN_PER_KIND} of every kind`, () => {
    expect(freshQueries.length).toBeGreaterThanOrEqual(MIN_QUERIES);
    const perKind = Object.fromEntries(
      freshQueryKinds.map((kind) => [kind, freshQueries.filter((labelled) => labelled.kind === kind).length]),
    );
    expect(
      Object.values(perKind).every((count) => count >= MIN_PER_KIND),
      JSON.stringify(perKind),
    ).toBe(true);
  });

  it('labels only activities that exist in content/', () => {
    const unknown = freshQueries.flatMap((labelled) =>
      Object.keys(labelled.relevant)
        .filter((id) => !activityIds.has(id))
        .map((id) => `"${labelled.query}": ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('scopes only to gebieden and gemeenten that exist', () => {
    const gebieden = new Set(search.catalog.gebieden.map((gebied) => gebied.id));
    const gemeenten = new Set(search.catalog.gemeenten.map((gemeente) => gemeente.id));
    const unknown = freshQueries
      .filter(
        ({ scope }) =>
          (scope?.gebied !== undefined && !gebieden.has(scope.gebied)) || (scope?.gemeente !== undefined && !gemeenten.has(scope.gemeente)),
      )
      .map((labelled) => `"${labelled.query}"${describeScope(labelled.scope)}`);
    expect(unknown).toEqual([]);
  });

  it('uses grades 1 and 2 only, marks expectEmpty only on empty labels, and has no query twice', () => {
    expect(freshQueries.flatMap((labelled) => Object.values(labelled.relevant)).filter((grade) => grade !== 1 && grade !== 2)).toEqual([]);
    expect(
      freshQueries
        .filter((labelled) => labelled.expectEmpty && Object.keys(labelled.relevant).length > 0)
        .map((labelled) => labelled.query),
    ).toEqual([]);
    const keys = freshQueries.map((labelled) => `${labelled.query}${describeScope(labelled.scope)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it(`reports recall@${RANK_CUTOFF} and nDCG@${RANK_CUTOFF} per kind (no threshold yet)`, () => {
    const outcomes = freshQueries.map((labelled) => {
      const ranked = search.search(labelled.query, labelled.scope ?? {}).hits.map((hit) => hit.record.id);
      return { labelled, ranked, recall: recallAt(ranked, labelled.relevant), ndcg: ndcgAt(ranked, labelled.relevant) };
    });
    const summarise = (list: typeof outcomes) => {
      const empty = list.filter((outcome) => Object.keys(outcome.labelled.relevant).length === 0);
      return {
        queries: list.length,
        scored: list.length - empty.length,
        [`recall@${RANK_CUTOFF}`]: meanOf(list.map((outcome) => outcome.recall))?.toFixed(3) ?? '-',
        [`nDCG@${RANK_CUTOFF}`]: meanOf(list.map((outcome) => outcome.ndcg))?.toFixed(3) ?? '-',
        'empty labels': empty.length,
        'empty, engine silent': empty.filter((outcome) => outcome.ranked.length === 0).length,
      };
    };
    const table = Object.fromEntries([
      ...freshQueryKinds.map((kind) => [kind, summarise(outcomes.filter((outcome) => outcome.labelled.kind === kind))]),
      ['overall', summarise(outcomes)],
    ]);
    console.table(table);
    const misses = outcomes
      .filter((outcome) => outcome.recall !== undefined && outcome.recall < 1)
      .map(
        (outcome) =>
          `  [${outcome.labelled.kind}] "${outcome.labelled.query}"${describeScope(outcome.labelled.scope)}: recall ${outcome.recall!.toFixed(2)}, ` +
          `got ${outcome.ranked.slice(0, RANK_CUTOFF).join(', ') || 'nothing'}`,
      );
    console.info(`fresh queries below recall@${RANK_CUTOFF} 1 (${misses.length}):\n${misses.join('\n')}`);

    const scores = outcomes.flatMap((outcome) => [outcome.recall, outcome.ndcg]).filter((score) => score !== undefined);
    expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
    for (const kind of freshQueryKinds) expect(table[kind]!.scored, kind).toBeGreaterThan(0);
  });
});
