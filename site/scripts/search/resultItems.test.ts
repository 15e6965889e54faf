import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefindTypes.ts';
import { articleIdFromUrl, excerptSegments, loadResultItems, noticesFromMeta } from './resultItems.ts';
import type { SiteHit } from './searchSite.ts';

describe('articleIdFromUrl', () => {
  it('reads category and slug from an article URL', () => {
    expect(articleIdFromUrl('/ja/account/reset-password/')).toBe('account/reset-password');
    expect(articleIdFromUrl('http://x.invalid/en/calls/group-calls/')).toBe('calls/group-calls');
  });

  it('returns null for pages that are not articles', () => {
    expect(articleIdFromUrl('/ja/')).toBeNull();
    expect(articleIdFromUrl('/ja/account/')).toBeNull();
  });
});

describe('loadResultItems', () => {
  const loaded: string[] = [];
  const hit = (url: string, title: string, notices?: string): SiteHit => ({
    id: url,
    score: 1,
    matchedTerms: [],
    data: async () => {
      loaded.push(url);
      return { url, excerpt: `about <mark>${title}</mark>`, meta: { title, notices }, content: '', sub_results: [], word_count: 3 } satisfies PagefindResultData;
    },
  });
  const hits = [hit('/en/a/one/', 'One'), hit('/en/a/two/', 'Two', 'machine outdated'), hit('/en/a/three/', 'Three'), hit('/en/a/four/', 'Four')];

  it('keeps rank order, applies the filter and stops at the limit', async () => {
    loaded.length = 0;
    const items = await loadResultItems(hits, { limit: 2, accept: (id) => id !== 'a/one', scanLimit: 3 });
    expect(items.map((i) => [i.articleId, i.title])).toEqual([['a/two', 'Two'], ['a/three', 'Three']]);
    expect(loaded).toEqual(['/en/a/one/', '/en/a/two/', '/en/a/three/']);
  });

  it('carries the notices the page lists in its Pagefind meta, to label the result with', async () => {
    const items = await loadResultItems(hits, { limit: 2 });
    expect(items.map((i) => i.notices)).toEqual([[], ['machine', 'outdated']]);
  });

  it('loads only as many fragments as it shows when nothing is filtered', async () => {
    loaded.length = 0;
    await loadResultItems(hits, { limit: 2 });
    expect(loaded).toHaveLength(2);
  });
});

describe('noticesFromMeta', () => {
  it('keeps the notices it knows, in notice order, and ignores the rest', () => {
    expect(noticesFromMeta('untranslated machine')).toEqual(['machine', 'untranslated']);
    expect(noticesFromMeta('translated  bogus')).toEqual([]);
    expect(noticesFromMeta(undefined)).toEqual([]);
  });
});

describe('excerptSegments', () => {
  it('separates highlighted words and keeps markup-like text as text', () => {
    expect(excerptSegments('Use <div> and <mark>PIN</mark> code <mark>6</mark>')).toEqual([
      { text: 'Use <div> and ', marked: false },
      { text: 'PIN', marked: true },
      { text: ' code ', marked: false },
      { text: '6', marked: true },
    ]);
  });
});
