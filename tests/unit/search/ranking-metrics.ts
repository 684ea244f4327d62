/**
 * Ranking metrics for graded search labels: recall@k and nDCG@k.
 * Pure functions over a ranked list of ids and a map from id to grade, so they can be tested on their own.
 */

/** 2 = a right answer that must be in the top k; 1 = also a fine answer. */
export type Grade = 1 | 2;
export type Relevance = Readonly<Record<string, Grade>>;

/** The cut-off the quality reports use: the first screen of results. */
export const RANK_CUTOFF = 5;

/** The ids a query must find: those of grade 2, or every labelled id when none has grade 2. */
export function targetIds(relevant: Relevance): string[] {
  const labelled = Object.keys(relevant);
  const mustHave = labelled.filter((id) => relevant[id] === 2);
  return mustHave.length > 0 ? mustHave : labelled;
}

/**
 * Share of the target ids (see `targetIds`) found in the first `k` results.
 * The denominator is capped at `k` (like BEIR's R_cap@k), so that a perfect ranking scores 1 also when more
 * than `k` answers are equally right. `undefined` when the query has no labelled answer: recall is not defined.
 */
export function recallAt(ranked: readonly string[], relevant: Relevance, k = RANK_CUTOFF): number | undefined {
  const targets = targetIds(relevant);
  if (targets.length === 0) return undefined;
  const top = new Set(ranked.slice(0, k));
  const found = targets.filter((id) => top.has(id)).length;
  return found / Math.min(k, targets.length);
}

/** Gain of a result at a grade: 2^grade − 1, so a grade-2 answer weighs three times a grade-1 answer. */
const gain = (grade: number) => 2 ** grade - 1;
/** Discounted gains of grades in rank order (rank 1 has discount log2(2) = 1). */
const discounted = (grades: readonly number[]) => grades.reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);

/**
 * Normalised discounted cumulative gain over the first `k` results, with gains 2^grade − 1 and the ideal
 * ranking taken from the labels themselves. `undefined` when the query has no labelled answer.
 */
export function ndcgAt(ranked: readonly string[], relevant: Relevance, k = RANK_CUTOFF): number | undefined {
  const ideal = Object.values(relevant)
    .toSorted((a, b) => b - a)
    .slice(0, k);
  if (ideal.length === 0) return undefined;
  const actual = ranked.slice(0, k).map((id) => relevant[id] ?? 0);
  return discounted(actual) / discounted(ideal);
}

/** Mean of the defined values; `undefined` when there are none. */
export function meanOf(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length === 0 ? undefined : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}
