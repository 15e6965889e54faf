import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../assemble/pageStatus.ts';
import { feedState } from './feedState.ts';

const translation = (review: 'machine' | 'translated' | 'reviewed' | 'approved', ...gaps: ('outdated' | 'untranslated')[]): PageStatus => ({ kind: 'translation', review, gaps });

describe('feedState', () => {
  it('gives a translation the weakest state of its shown sentences', () => {
    expect(feedState(translation('approved'))).toBe('approved');
    expect(feedState(translation('reviewed'))).toBe('reviewed');
    expect(feedState(translation('translated'))).toBe('translated');
    expect(feedState(translation('machine'))).toBe('machine');
  });
  it('machine wins over outdated, outdated over the review state; untranslated sentences (the source) lower nothing', () => {
    expect(feedState(translation('machine', 'outdated', 'untranslated'))).toBe('machine');
    expect(feedState(translation('approved', 'outdated'))).toBe('outdated');
    expect(feedState(translation('approved', 'untranslated'))).toBe('approved');
  });
  it('the source is approved; a copy of it in another locale is a fallback, also when it is English only', () => {
    expect(feedState({ kind: 'source' })).toBe('approved');
    expect(feedState({ kind: 'fallback' })).toBe('fallback');
    expect(feedState({ kind: 'source-only' })).toBe('fallback');
  });
});
