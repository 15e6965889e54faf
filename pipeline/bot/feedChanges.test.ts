import { describe, expect, it } from 'vitest';
import { feedChanges } from './feedChanges.ts';

describe('feedChanges', () => {
  it('lists added, changed and removed ids against the previous feed', () => {
    const previous = new Map([['en:a/b#:0', 'h1'], ['en:a/b#x:0', 'h2'], ['en:a/c#:0', 'h3']]);
    const next = new Map([['en:a/b#:0', 'h1'], ['en:a/b#x:0', 'h2b'], ['en:a/d#:0', 'h4']]);
    expect(feedChanges(previous, next)).toEqual({ hasPrevious: true, added: ['en:a/d#:0'], changed: ['en:a/b#x:0'], removed: ['en:a/c#:0'] });
  });
  it('without a previous feed, everything is added', () => {
    expect(feedChanges(undefined, new Map([['x', '1']]))).toEqual({ hasPrevious: false, added: ['x'], changed: [], removed: [] });
  });
});
