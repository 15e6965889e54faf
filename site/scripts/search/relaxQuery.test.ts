import { describe, expect, it } from 'vitest';
import { minimalSpan, rankByTerms } from './relaxQuery.ts';

describe('rankByTerms', () => {
  it('ranks the page containing more of the terms first', () => {
    const ranked = rankByTerms([
      { term: 'calls', hits: [{ id: 'group', score: 3, words: [1] }, { id: 'quality', score: 2, words: [40] }] },
      { term: 'dropping', hits: [{ id: 'quality', score: 2, words: [90] }] },
      { term: 'keep', hits: [] },
    ]);
    expect(ranked.map((h) => [h.id, h.matchedTerms])).toEqual([
      ['quality', ['calls', 'dropping']],
      ['group', ['calls']],
    ]);
  });

  it('lets one very telling term beat two weak ones', () => {
    const ranked = rankByTerms([
      { term: 'lumo', hits: [{ id: 'a', score: 0.5, words: [1] }, { id: 'b', score: 0.5, words: [1] }] },
      { term: 'app', hits: [{ id: 'a', score: 0.5, words: [2] }] },
      { term: 'invalid_token', hits: [{ id: 'b', score: 9, words: [50] }] },
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('prefers the page where the terms stand together', () => {
    const ranked = rankByTerms([
      { term: 'use', hits: [{ id: 'far', score: 1, words: [3] }, { id: 'near', score: 1, words: [11] }] },
      { term: 'computer', hits: [{ id: 'far', score: 1.2, words: [120] }, { id: 'near', score: 1, words: [14] }] },
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['near', 'far']);
  });

  it('counts a title-only match (no body positions) without a proximity bonus', () => {
    const [hit] = rankByTerms([
      { term: 'a', hits: [{ id: 'x', score: 2, words: [] }] },
      { term: 'b', hits: [{ id: 'x', score: 2, words: [5] }] },
    ]);
    expect(hit).toEqual({ id: 'x', score: 4, matchedTerms: ['a', 'b'], matchedConcepts: 2 });
  });

  it('counts a word searched as several alternatives once, by its best weighted one', () => {
    const ranked = rankByTerms([
      // French "remboursement" searched as refund (1) and money (0.5); "abonnement" as subscription.
      { term: 'refund', concept: 'remboursement', weight: 1, hits: [{ id: 'refund', score: 4, words: [] }] },
      { term: 'money', concept: 'remboursement', weight: 0.5, hits: [{ id: 'refund', score: 2, words: [] }, { id: 'wallet', score: 6, words: [] }] },
      { term: 'subscription', concept: 'abonnement', weight: 1, hits: [{ id: 'refund', score: 1, words: [] }] },
    ]);
    expect(ranked).toEqual([
      // refund's best for remboursement is 4 (not 4 + 1): (4 + 1) × coverage 1.
      { id: 'refund', score: 5, matchedTerms: ['refund', 'subscription'], matchedConcepts: 2 },
      // Matched only by the weaker alternative: 6 × 0.5, and half a word of two covered.
      { id: 'wallet', score: 0.75, matchedTerms: ['money'], matchedConcepts: 1 },
    ]);
  });

  it('is deterministic on ties', () => {
    const ranked = rankByTerms([{ term: 'x', hits: [{ id: 'b', score: 1, words: [] }, { id: 'a', score: 1, words: [] }] }]);
    expect(ranked.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('minimalSpan', () => {
  it('finds the tightest window holding every term', () => {
    expect(minimalSpan([[11, 80], [12], [15, 3]])).toBe(4);
    expect(minimalSpan([[0], [100]])).toBe(100);
  });

  it('is zero for a single list', () => {
    expect(minimalSpan([[7, 9]])).toBe(0);
  });
});
