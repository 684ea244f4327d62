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

  // Checked by what is read, not by a stopwatch: a timing limit fails on a busy machine.
  it('caps a huge query before any work, so it costs what a short one does', () => {
    const huge = 'wandelen '.repeat(1200).slice(0, 10_000);
    const result = normalise(huge);
    expect(result.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result).toBe(normalise(huge.slice(0, MAX_QUERY_LENGTH)));
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
