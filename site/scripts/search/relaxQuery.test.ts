import { describe, expect, it } from 'vitest';
import { mergeWithFullMatches, rankPartialMatches } from './relaxQuery.ts';

describe('rankPartialMatches', () => {
  it('ranks the page containing more of the terms first', () => {
    const ranked = rankPartialMatches([
      { term: 'calls', hits: [{ id: 'group', score: 3 }, { id: 'quality', score: 2 }] },
      { term: 'dropping', hits: [{ id: 'quality', score: 2 }] },
      { term: 'keep', hits: [] },
    ]);
    expect(ranked.map((h) => [h.id, h.matchedTerms])).toEqual([
      ['quality', ['calls', 'dropping']],
      ['group', ['calls']],
    ]);
  });

  it('lets one very telling term beat two weak ones', () => {
    const ranked = rankPartialMatches([
      { term: 'lumo', hits: [{ id: 'a', score: 0.5 }, { id: 'b', score: 0.5 }] },
      { term: 'app', hits: [{ id: 'a', score: 0.5 }] },
      { term: 'invalid_token', hits: [{ id: 'b', score: 9 }] },
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('is deterministic on ties', () => {
    const ranked = rankPartialMatches([{ term: 'x', hits: [{ id: 'b', score: 1 }, { id: 'a', score: 1 }] }]);
    expect(ranked.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('mergeWithFullMatches', () => {
  it('keeps full matches first, in Pagefind order, and drops their duplicates', () => {
    const merged = mergeWithFullMatches(
      [{ id: 'full', score: 1 }],
      ['a', 'b'],
      [
        { id: 'partial', score: 5, matchedTerms: ['a'] },
        { id: 'full', score: 4, matchedTerms: ['a', 'b'] },
      ],
    );
    expect(merged).toEqual([
      { id: 'full', score: 1, matchedTerms: ['a', 'b'] },
      { id: 'partial', score: 5, matchedTerms: ['a'] },
    ]);
  });
});
