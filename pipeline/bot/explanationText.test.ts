import { describe, expect, it } from 'vitest';
import type { Explanation } from './botRetriever.ts';
import { explanationText } from './explanationText.ts';

const explanation: Explanation = {
  ranked: [
    { article_id: 'account/delete-account', doc: 4, score: 16.54, chunkScore: 3.78 },
    { article_id: 'account/create-account', doc: 1, score: 9.41, chunkScore: 3.49 },
  ],
  weight: 15.29,
  bar: 5.41,
  terms: [
    { term: 'losch', weight: 6.04, searched: [] },
    { term: 'konto', weight: 3.21, searched: [['account', 1], ['konto', 1]] },
  ],
};

describe('explanationText', () => {
  it('says whether the best section reaches the bar, lists the first k articles and what each word searched', () => {
    expect(explanationText(explanation, 1)).toEqual([
      "Why: the best section scores 3.78, under the bar of 5.41 (the bar grows with the question's weight, 15.3: the idf of its words).",
      'Articles before the bar (article score, best section score):',
      '  1. account/delete-account  16.54, 3.78',
      'Words of the question (weight in the bar → indexed terms searched):',
      '  losch  6.04 → nothing: no page and no vocabulary has it',
      '  konto  3.21 → account 1.00, konto 1.00',
    ]);
  });

  it('says so when nothing matches or the question has only stop words', () => {
    expect(explanationText({ ...explanation, ranked: [] }, 5)[0]).toBe('Why: no page matches any word of the question.');
    expect(explanationText({ ranked: [], weight: 0, bar: 0, terms: [] }, 5)).toEqual(['Why: the question has only stop words; nothing to search.']);
  });
});
