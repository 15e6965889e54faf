import { describe, expect, it } from 'vitest';
import type { BilingualVocabulary } from '../../../pipeline/bot/bilingualVocabulary.ts';
import { translateTerms } from './translateTerms.ts';

const fr: BilingualVocabulary = new Map([
  ['rembours', [['refund', 0.8], ['money', 0.15]]],
  ['abonn', [['subscript', 0.6], ['premium', 0.3], ['plan', 0.1]]],
]);

describe('translateTerms', () => {
  it('searches a word as its translations, keyed by the bot’s stems, best first and relative to the best', () => {
    expect(translateTerms(['remboursé', 'abonnements'], fr, { lang: 'fr' })).toEqual([
      { word: 'remboursé', alternatives: [{ term: 'refund', weight: 1 }] },
      { word: 'abonnements', alternatives: [{ term: 'subscript', weight: 1 }, { term: 'premium', weight: 0.5 }] },
    ]);
  });

  it('keeps a word the vocabulary does not know as typed, but drops unknown CJK (no English page has it)', () => {
    expect(translateTerms(['premium', '429', '着せかえ'], fr, { lang: 'fr' })).toEqual([
      { word: 'premium', alternatives: [{ term: 'premium', weight: 1 }] },
      { word: '429', alternatives: [{ term: '429', weight: 1 }] },
    ]);
  });

  it('lets the translation most of a CJK word’s bigrams agree on lead', () => {
    const ja: BilingualVocabulary = new Map([
      ['パス', [['password', 0.5], ['pass', 0.5]]],
      ['スワ', [['password', 0.9], ['swap', 0.1]]],
      ['ワー', [['password', 0.7], ['word', 0.3]]],
    ]);
    // password: every bigram's best (mean 1); pass: one bigram's best (1/3); swap and word stay below 0.25.
    expect(translateTerms(['パスワー'], ja, { lang: 'ja' })).toEqual([
      { word: 'パスワー', alternatives: [{ term: 'password', weight: 1 }, { term: 'pass', weight: 0.333 }] },
    ]);
  });
});
