import { describe, expect, it } from 'vitest';
import { tokenDistance } from './tokenDistance.ts';

describe('tokenDistance', () => {
  it('computes Levenshtein distance over ids', () => {
    expect(tokenDistance([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(tokenDistance([1, 2, 3], [1, 3])).toBe(1);
    expect(tokenDistance([1, 2, 3, 4], [4, 3, 2, 1])).toBe(4);
    expect(tokenDistance([], [5, 6])).toBe(2);
    expect(tokenDistance([7, 1, 2, 9], [8, 1, 2, 10])).toBe(2);
  });

  it('reports "more than the cut-off" instead of the distance when it is exceeded', () => {
    expect(tokenDistance([1, 2, 3, 4], [5, 6, 7, 8], 2)).toBeGreaterThan(2);
    expect(tokenDistance([1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7], 2)).toBeGreaterThan(2);
    expect(tokenDistance([1, 2, 3, 4], [1, 9, 3, 4], 1)).toBe(1);
  });

  it('handles rows longer than its reusable buffers', () => {
    const long = Array.from({ length: 300 }, (_, i) => i);
    expect(tokenDistance(long, [...long.slice(1), 999])).toBe(2);
  });
});
