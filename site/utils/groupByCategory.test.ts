import { describe, expect, it } from 'vitest';
import { groupByCategory, sortByTitle } from './groupByCategory.ts';

const entry = (category: string, title: string) => ({ data: { category, title } });
const titles = (list: { data: { title: string } }[]) => list.map((article) => article.data.title);

describe('groupByCategory', () => {
  const articles = [
    entry('zebra', 'Z'),
    entry('calls', 'Start a video call'),
    entry('account', 'Reset your password'),
    entry('calls', 'Group calls'),
    entry('alpha', 'A'),
  ];

  it('puts known categories in their order, then unknown ones alphabetically', () => {
    expect(groupByCategory(articles, ['account', 'calls'], 'en').map((group) => group.category)).toEqual([
      'account',
      'calls',
      'alpha',
      'zebra',
    ]);
  });
  it('sorts the articles of each category by title', () => {
    const calls = groupByCategory(articles, ['account', 'calls'], 'en').find((group) => group.category === 'calls');
    expect(titles(calls?.articles ?? [])).toEqual(['Group calls', 'Start a video call']);
  });
});

describe('sortByTitle', () => {
  it("uses the locale's collation", () => {
    expect(titles(sortByTitle([entry('x', 'Zugang'), entry('x', 'Änderung'), entry('x', 'Anruf')], 'de'))).toEqual([
      'Änderung',
      'Anruf',
      'Zugang',
    ]);
  });
});
