import { describe, expect, it } from 'vitest';
import { queryTerms } from './queryTerms.ts';

describe('queryTerms', () => {
  it('drops English question words and keeps the topic', () => {
    expect(queryTerms('Why do my calls keep dropping on 4G?', { lang: 'en' })).toEqual(['calls', 'dropping', '4g']);
  });

  it('keeps inner punctuation that the index keeps', () => {
    expect(queryTerms('What does LUMO-CALL-1006 mean', { lang: 'en' })).toEqual(['lumo-call-1006', 'mean']);
    expect(queryTerms('429 rate_limited', { lang: 'en' })).toEqual(['429', 'rate_limited']);
  });

  it('strips French elisions', () => {
    expect(queryTerms("Pourquoi l'appel se coupe-t-il ?", { lang: 'fr' })).toEqual(['appel', 'coupe-t-il']);
  });

  it('segments Japanese, drops particles and inflections, glues one-character words', () => {
    expect(queryTerms('二段階認証を設定するにはどうすればいいですか', { lang: 'ja' })).toEqual(['二段階', '認証', '設定']);
    expect(queryTerms('4Gで通話が何度も切れるのはなぜですか', { lang: 'ja' })).toEqual(['4g', '通話', '切れる']);
  });

  it('segments Chinese and keeps a trailing one-character word with its neighbour', () => {
    expect(queryTerms('如何开启两步验证', { lang: 'zh-CN' })).toEqual(['开启', '两步验证']);
    expect(queryTerms('为什么通话质量差', { lang: 'zh-CN' })).toEqual(['通话', '质量差']);
    expect(queryTerms('密码', { lang: 'zh-CN' })).toEqual(['密码']);
  });

  it('handles Latin words inside a CJK run as their own terms', () => {
    expect(queryTerms('Lumoのパスワード', { lang: 'ja' })).toEqual(['lumo', 'パスワード']);
  });

  it('removes the stop words of extra languages', () => {
    expect(queryTerms('how do I reset', { lang: 'de', alsoStopIn: ['en'] })).toEqual(['reset']);
    expect(queryTerms('how do I reset', { lang: 'de' })).toEqual(['how', 'do', 'i', 'reset']);
  });

  it('keeps the words when the whole query is stop words', () => {
    expect(queryTerms('What is it?', { lang: 'en' })).toEqual(['what', 'is', 'it']);
  });

  it('removes duplicates and caps the number of terms', () => {
    expect(queryTerms('pin pin PIN', { lang: 'en' })).toEqual(['pin']);
    expect(queryTerms('a1 b2 c3 d4 e5', { lang: 'en', maxTerms: 3 })).toEqual(['a1', 'b2', 'c3']);
  });

  it('returns nothing for punctuation only', () => {
    expect(queryTerms(' ?! … ', { lang: 'en' })).toEqual([]);
  });
});
