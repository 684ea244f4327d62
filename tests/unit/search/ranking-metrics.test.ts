import { describe, expect, it } from 'vitest';
import { meanOf, ndcgAt, recallAt, targetIds } from './ranking-metrics';

describe('targetIds', () => {
  it('takes the grade-2 ids, or every labelled id when there is no grade 2', () => {
    expect(targetIds({ a: 2, b: 1, c: 2 })).toEqual(['a', 'c']);
    expect(targetIds({ a: 1, b: 1 })).toEqual(['a', 'b']);
    expect(targetIds({})).toEqual([]);
  });
});

describe('recallAt', () => {
  it('counts the grade-2 ids in the top k and ignores grade 1', () => {
    expect(recallAt(['x', 'a', 'b'], { a: 2, c: 2, b: 1 })).toBe(0.5);
    expect(recallAt(['c', 'a'], { a: 2, c: 2, b: 1 })).toBe(1);
  });

  it('does not count an answer below the cut-off', () => {
    expect(recallAt(['x1', 'x2', 'x3', 'x4', 'x5', 'a'], { a: 2 })).toBe(0);
    expect(recallAt(['x1', 'x2', 'a'], { a: 2 }, 2)).toBe(0);
  });

  it('falls back to every labelled id when none has grade 2', () => {
    expect(recallAt(['b', 'x'], { a: 1, b: 1 })).toBe(0.5);
  });

  it('caps the denominator at k, so a perfect list of k scores 1', () => {
    const relevant = { a: 2, b: 2, c: 2, d: 2, e: 2, f: 2 } as const;
    expect(recallAt(['a', 'b', 'c', 'd', 'e'], relevant)).toBe(1);
    expect(recallAt(['a', 'b', 'c', 'd', 'x'], relevant)).toBe(0.8);
  });

  it('is undefined without labels', () => {
    expect(recallAt(['a'], {})).toBeUndefined();
  });
});

describe('ndcgAt', () => {
  it('is 1 for the ideal order and less for any other', () => {
    const relevant = { a: 2, b: 1 } as const;
    expect(ndcgAt(['a', 'b'], relevant)).toBe(1);
    expect(ndcgAt(['b', 'a'], relevant)).toBeLessThan(1);
    expect(ndcgAt(['x', 'y'], relevant)).toBe(0);
  });

  it('uses gains 2^grade - 1 and a log2 discount', () => {
    // Actual: b (gain 1) at rank 1, a (gain 3) at rank 2. Ideal: a at rank 1, b at rank 2.
    const expected = (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3));
    expect(ndcgAt(['b', 'a'], { a: 2, b: 1 })).toBeCloseTo(expected, 12);
  });

  it('takes the ideal from the best k labels only', () => {
    const relevant = { a: 1, b: 1, c: 1, d: 1, e: 1, f: 2 } as const;
    expect(ndcgAt(['f', 'a', 'b', 'c', 'd'], relevant)).toBe(1);
    expect(ndcgAt(['a', 'b', 'c', 'd', 'e'], relevant)).toBeLessThan(1);
  });

  it('is undefined without labels', () => {
    expect(ndcgAt(['a'], {})).toBeUndefined();
  });
});

describe('meanOf', () => {
  it('averages the defined values only', () => {
    expect(meanOf([1, undefined, 0])).toBe(0.5);
    expect(meanOf([undefined])).toBeUndefined();
  });
});
