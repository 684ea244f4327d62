/**
 * Search quality on the labelled queries: every labelled activity must be in the top 5.
 * Reports recall@5 per kind of query and fails below 0.9 overall.
 */
import { describe, expect, it } from 'vitest';
import { contentSearch } from './content-index';
import { labelledQueries } from './labelled-queries';

const TOP = 5;
const MIN_RECALL = 0.9;

describe('recall@5 on the labelled queries', () => {
  const search = contentSearch();
  const outcomes = labelledQueries.map((labelled) => {
    const top = search
      .search(labelled.query, labelled.scope ?? {})
      .hits.slice(0, TOP)
      .map((hit) => hit.record.id);
    const found = labelled.mustInclude.filter((id) => top.includes(id));
    return { labelled, top, recall: found.length / labelled.mustInclude.length };
  });

  it('has at least 60 queries, and every labelled id exists', () => {
    expect(labelledQueries.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(search.catalog.activities.filter((activity) => activity.listed).map((activity) => activity.id));
    expect(labelledQueries.flatMap((labelled) => labelled.mustInclude).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`reaches recall@${TOP} of at least ${MIN_RECALL}`, () => {
    const mean = (list: typeof outcomes) => list.reduce((sum, outcome) => sum + outcome.recall, 0) / list.length;
    const byKind = Object.groupBy(outcomes, (outcome) => outcome.labelled.kind);
    const report = Object.entries(byKind).map(([kind, list]) => `${kind}: ${mean(list!).toFixed(3)} (${list!.length})`);
    const misses = outcomes
      .filter((outcome) => outcome.recall < 1)
      .map(
        (outcome) =>
          `  "${outcome.labelled.query}"${outcome.labelled.scope ? ` ${JSON.stringify(outcome.labelled.scope)}` : ''}: wanted ${outcome.labelled.mustInclude.join(', ')}; got ${outcome.top.join(', ') || 'nothing'}`,
      );
    console.info(
      `recall@${TOP} = ${mean(outcomes).toFixed(3)} over ${outcomes.length} queries; ${report.join('; ')}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`,
    );
    expect(mean(outcomes)).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
