import { describe, expect, it } from 'vitest';
import { segmentHash } from '../segment/segmentHash.ts';
import type { Segment } from '../segment/types.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import { matchesFilter, reviewItem, reviewProgress } from './reviewItems.ts';

const text = 'Open {1}Settings{/1} and tap {2}.';
const segment: Segment = {
  key: 'b0.s0',
  block: 'paragraph',
  text,
  placeholders: [
    { id: 1, shape: 'paired', kind: 'strong', open: '**', close: '**' },
    { id: 2, shape: 'standalone', kind: 'code', open: '`Save`', close: '' },
  ],
  hash: segmentHash(text),
  words: 5,
};
const fuzzy: StoreEntry = { key: 'b0.s0', hash: segment.hash, source: text, target: 'Öffnen Sie {1}Einstellungen{/1}.', state: 'fuzzy', origin: 'tm-fuzzy', score: 80 };
const terms = [{ source: 'settings', target: 'Einstellungen', caseSensitive: false }];

describe('reviewItem', () => {
  it('cuts the source into text, glossary terms and placeholder chips that name what they stand for', () => {
    const item = reviewItem('a/b', fuzzy, { segment, terms, findings: [], needsReview: true });
    expect(item.sourceParts).toEqual([
      { type: 'text', text: 'Open ' },
      { type: 'placeholder', token: '{1}', id: 1, role: 'open', label: '1 strong' },
      { type: 'text', text: 'Settings', term: 'Einstellungen' },
      { type: 'placeholder', token: '{/1}', id: 1, role: 'close', label: '/1' },
      { type: 'text', text: ' and tap ' },
      { type: 'placeholder', token: '{2}', id: 2, role: 'standalone', label: '2 code: Save' },
      { type: 'text', text: '.' },
    ]);
    expect(item.placeholders.map((p) => p.token)).toEqual(['{1}', '{/1}', '{2}']);
  });

  it('diffs a fuzzy segment against the sentence its memory match was made from', () => {
    const item = reviewItem('a/b', fuzzy, { segment, terms, findings: [], needsReview: true, matchedSource: 'Open {1}Settings{/1}.' });
    expect(item.sourceDiff).toEqual([
      { op: 'same', text: 'Open {1}Settings{/1}' },
      { op: 'added', text: ' and tap {2}' },
      { op: 'same', text: '.' },
    ]);
    expect(reviewItem('a/b', fuzzy, { segment, terms, findings: [], needsReview: true }).sourceDiff).toBeUndefined();
  });

  it('filters by state, needs-review, outdated, article and check', () => {
    const finding = { check: 'numbers', severity: 'error' as const, message: '3 is missing' };
    const item = reviewItem('a/b', fuzzy, { segment, terms, findings: [finding], needsReview: true });
    expect(matchesFilter(item, {})).toBe(true);
    expect(matchesFilter(item, { state: 'fuzzy', article: 'a/b', check: 'numbers' })).toBe(true);
    expect(matchesFilter(item, { state: 'needs-review' })).toBe(true);
    expect(matchesFilter(item, { state: 'outdated' })).toBe(false);
    expect(matchesFilter(item, { state: 'machine' })).toBe(false);
    expect(matchesFilter(item, { article: 'a/c' })).toBe(false);
    expect(matchesFilter(item, { check: 'glossary' })).toBe(false);
  });
});

describe('reviewProgress', () => {
  it('counts states, outdated entries and what the policy still waits for', () => {
    const entries: StoreEntry[] = [
      fuzzy,
      { ...fuzzy, key: 'b1.s0', state: 'approved' },
      { ...fuzzy, key: 'b2.s0', state: 'reviewed', outdated: true, currentSource: 'Other.' },
      { key: 'b3.s0', hash: 'x', source: 'New.', state: 'new' },
    ];
    expect(reviewProgress(entries, 'approved')).toEqual({ new: 1, fuzzy: 1, machine: 0, translated: 0, reviewed: 1, approved: 1, outdated: 1, needsReview: 2, total: 4 });
    expect(reviewProgress(entries, 'reviewed').needsReview).toBe(2);
  });
});
