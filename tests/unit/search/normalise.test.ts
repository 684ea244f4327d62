import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, isStopWord, normalise, tokens } from '../../../src/lib/search/normalise';

describe('normalise', () => {
  it('removes diacritics and lower-cases', () => {
    expect(normalise('Italië')).toBe('italie');
    expect(normalise('Café')).toBe('cafe');
    expect(normalise('ruïne')).toBe('ruine');
  });

  it('treats hyphens and spaces in place names alike', () => {
    expect(normalise('Egmond-Binnen')).toBe('egmond binnen');
    expect(normalise('  egmond   binnen ')).toBe('egmond binnen');
  });

  it('turns punctuation, emoji and HTML into nothing, without throwing', () => {
    expect(normalise('?!...,;')).toBe('');
    expect(tokens('?!...')).toEqual([]);
    expect(tokens('koffie ☕️😀 drinken')).toEqual(['koffie', 'drinken']);
    expect(tokens('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
    expect(tokens('')).toEqual([]);
  });

  it('caps a huge query so it stays cheap', () => {
    const huge = 'wandelen '.repeat(1200).slice(0, 10_000);
    const started = performance.now();
    const result = normalise(huge);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('folds y to ij on every side', () => {
    expect(tokens('byeenkomst')).toEqual(tokens('bijeenkomst'));
  });

  it('knows words without meaning', () => {
    expect(isStopWord('ik')).toBe(true);
    expect(isStopWord('graag')).toBe(true);
    expect(isStopWord('alleen')).toBe(false);
  });
});
