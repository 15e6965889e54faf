import { describe, expect, it } from 'vitest';
import { popularArticles, recentArticles } from './pickArticles.ts';

const articles = [
  { articleId: 'account/reset-password', updated: '2026-09-01' },
  { articleId: 'calls/group-calls', updated: '2026-10-20' },
  { articleId: 'billing/premium-plans', updated: '2026-10-20' },
  { articleId: 'devices/link-desktop', updated: '2026-08-15' },
];
const ids = (list: { articleId: string }[]) => list.map((article) => article.articleId);

describe('recentArticles', () => {
  it('lists the newest first and breaks ties by id', () => {
    expect(ids(recentArticles(articles, 3))).toEqual(['billing/premium-plans', 'calls/group-calls', 'account/reset-password']);
  });
});

describe('popularArticles', () => {
  it('keeps the curated order and skips ids that do not exist', () => {
    expect(ids(popularArticles(articles, ['devices/link-desktop', 'gone/article', 'account/reset-password'], 2))).toEqual([
      'devices/link-desktop',
      'account/reset-password',
    ]);
  });
  it('tops up with recent articles without repeating curated ones', () => {
    expect(ids(popularArticles(articles, ['billing/premium-plans'], 3))).toEqual([
      'billing/premium-plans',
      'calls/group-calls',
      'account/reset-password',
    ]);
  });
  it('falls back to the most recent articles when nothing is curated', () => {
    expect(ids(popularArticles(articles, [], 2))).toEqual(['billing/premium-plans', 'calls/group-calls']);
  });
});
