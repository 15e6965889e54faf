import { describe, expect, it } from 'vitest';
import { groupByCategory } from './groupByCategory.ts';

describe('groupByCategory', () => {
  const articles = [
    { category: 'zebra', title: 'Z' },
    { category: 'calls', title: 'Start a video call' },
    { category: 'account', title: 'Reset your password' },
    { category: 'calls', title: 'Group calls' },
    { category: 'alpha', title: 'A' },
  ];

  it('puts known categories in their order, then unknown ones alphabetically', () => {
    expect(groupByCategory(articles, ['account', 'calls'], 'en').map((group) => group.category)).toEqual([
      'account',
      'calls',
      'alpha',
      'zebra',
    ]);
  });
  it('sorts articles by title and counts them per category', () => {
    const calls = groupByCategory(articles, ['account', 'calls'], 'en').find((group) => group.category === 'calls');
    expect(calls?.articles.map((article) => article.title)).toEqual(['Group calls', 'Start a video call']);
  });
  it("sorts titles with the locale's collation", () => {
    const german = [
      { category: 'x', title: 'Zugang' },
      { category: 'x', title: 'Änderung' },
    ];
    expect(groupByCategory(german, [], 'de')[0]?.articles.map((article) => article.title)).toEqual(['Änderung', 'Zugang']);
  });
});
