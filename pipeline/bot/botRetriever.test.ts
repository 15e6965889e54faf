import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { buildBotIndex } from './buildBotIndex.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { BotRetriever, defaultSettings } from './botRetriever.ts';

const article = (locale: string, articleId: string, status: AssembledArticle['status'], title: string, body: string): AssembledArticle => ({
  locale, articleId, format: 'md', status, title, description: '', type: 'faq', category: articleId.split('/')[0]!, tags: [], updated: '2026-01-01', body,
});
const english = [
  article('en', 'account/reset-password', { kind: 'source' }, 'Reset your password', 'Forgot your password? Tap Forgot password and enter the code we send by SMS.\n\n## Why no code\n\nWait 60 seconds.\n'),
  article('en', 'billing/refund-request', { kind: 'source' }, 'Request a refund', 'Ask for your money back for a Premium charge in the App Store or Google Play.\n'),
  article('en', 'developers/rate-limits', { kind: 'source' }, 'API rate limits', 'A 429 rate_limited error means too many requests. Retry after the Retry-After header.\n'),
  article('en', 'calls/group-calls', { kind: 'source' }, 'Group calls', 'Call up to 32 people at once from a group chat.\n'),
];
const french = [
  article('fr', 'account/reset-password', { kind: 'translation', review: 'translated', gaps: [] }, 'Réinitialiser votre mot de passe', 'Mot de passe oublié ? Touchez Mot de passe oublié et saisissez le code reçu par SMS.\n'),
  ...english.slice(1).map((a) => ({ ...a, locale: 'fr', status: { kind: 'fallback' as const } })),
];
const feed = buildBotIndex([...english, ...french], { locales: ['en', 'fr'], sourceLocale: 'en', site: '' });
const vocabulary = new Map([['fr', new Map<string, [string, number][]>([['rembours', [['refund', 0.9], ['money', 0.3]]], ['argent', [['money', 1]]], ['appel', [['call', 1]]], ['group', [['group', 1]]]])]]);
const retriever = new BotRetriever(feed, vocabulary, config.locales);

describe('BotRetriever', () => {
  it('finds the article by paraphrase, by error code, and despite a typo', () => {
    expect(retriever.ask('I forgot my password', 'en')[0]?.article_id).toBe('account/reset-password');
    expect(retriever.ask('getting 429 rate_limited', 'en')[0]?.article_id).toBe('developers/rate-limits');
    expect(retriever.ask('pasword forgoten', 'en')[0]?.article_id).toBe('account/reset-password');
  });

  it('answers a French question with the English original when French has no copy, labelled as a fallback', () => {
    const [hit] = retriever.ask('Je veux être remboursé', 'fr');
    expect(hit).toMatchObject({ article_id: 'billing/refund-request', chunk_id: 'fr:billing/refund-request#:0', content_locale: 'en', state: 'fallback', fallback: true, url: '/fr/billing/refund-request/' });
    expect(retriever.ask('mot de passe oublié', 'fr')[0]).toMatchObject({ article_id: 'account/reset-password', content_locale: 'fr', fallback: false });
  });

  it('asks a long question for a smaller share of its weight: its extra words are the story, not the topic', () => {
    const story = 'the app said too many requests and 429 yesterday while I was chatting with my sister about the weekend';
    const share = (exponent: number) => new BotRetriever(feed, vocabulary, config.locales, { ...defaultSettings, minScore: { factor: 0.3, exponent } });
    expect(share(1).ask(story, 'en')).toEqual([]);
    expect(share(0.75).ask(story, 'en')[0]?.article_id).toBe('developers/rate-limits');
    expect(share(0.75).ask('banana bread recipe with walnuts', 'en')).toEqual([]);
  });

  it('takes a source-locale vocabulary as synonyms: a word the glossary deprecates finds the term writers use', () => {
    const withSynonyms = new BotRetriever(feed, new Map([...vocabulary, ['en', new Map<string, [string, number][]>([['reimburs', [['refund', 1]]]])]]), config.locales);
    expect(retriever.ask('reimbursement please', 'en')).toEqual([]);
    expect(withSynonyms.ask('reimbursement please', 'en')[0]?.article_id).toBe('billing/refund-request');
  });

  it('answers nothing when the question is about something no article covers', () => {
    expect(retriever.ask('banana bread recipe with walnuts', 'en')).toEqual([]);
    expect(retriever.ask('the', 'en')).toEqual([]);
  });

  it('answers nothing when a Japanese question’s own words are unknown, even if a common word matches', () => {
    const ja = buildBotIndex(
      [
        article('ja', 'account/reset-password', { kind: 'translation', review: 'translated', gaps: [] }, 'パスワードの再設定', 'パスワードを忘れたら、今日中に設定を開いて再設定してください。\n'),
        article('ja', 'calls/group-calls', { kind: 'translation', review: 'translated', gaps: [] }, 'グループ通話', '今日から最大32人で通話できます。\n'),
        article('ja', 'billing/refund-request', { kind: 'translation', review: 'translated', gaps: [] }, '返金のリクエスト', 'ストアで返金を申請します。\n'),
      ],
      { locales: ['ja'], sourceLocale: 'en', site: '' },
    );
    const japanese = new BotRetriever(ja, new Map(), config.locales);
    expect(japanese.ask('パスワードを忘れた', 'ja')[0]?.article_id).toBe('account/reset-password');
    // Typed in hiragana, as a phone keyboard offers it first.
    expect(japanese.ask('ぱすわーどをわすれた', 'ja')[0]?.article_id).toBe('account/reset-password');
    // 今日 matches two articles, but 天気 is inside a word the segmenter finds, not a bigram straddling two: it weighs fully.
    expect(japanese.ask('今日の天気', 'ja')).toEqual([]);
  });

  it('finds the English original of an untranslated article from a Japanese question by its katakana loanwords', () => {
    // Only the password article is translated; the Japanese text has グループ, so its bigrams are known words here.
    const translated = article('ja', 'account/reset-password', { kind: 'translation', review: 'translated', gaps: [] }, 'パスワードの再設定', 'パスワードを忘れたら再設定します。グループの設定は変わりません。\n');
    const fallbacks = english.slice(1).map((a) => ({ ...a, locale: 'ja', status: { kind: 'fallback' as const } }));
    const ja = buildBotIndex([translated, ...fallbacks], { locales: ['ja'], sourceLocale: 'en', site: '' });
    const loanwords = (weight: number) => new BotRetriever(ja, new Map(), config.locales, { ...defaultSettings, loanwordWeight: weight });
    // リファンド sounds like refund, グループ like group; no vocabulary knows either.
    expect(loanwords(0.8).ask('リファンド', 'ja')[0]).toMatchObject({ article_id: 'billing/refund-request', fallback: true });
    expect(loanwords(0).ask('リファンド', 'ja')).toEqual([]);
    const ranked = (weight: number) => loanwords(weight).explain('グループ', 'ja').ranked.map((a) => a.article_id);
    expect(ranked(0.8)).toContain('calls/group-calls');
    expect(ranked(0)).toEqual(['account/reset-password']);
    // The same word typed in hiragana is not taken for a loanword.
    expect(loanwords(0.8).ask('りふぁんど', 'ja')).toEqual([]);
  });

  it('corrects a typo in a four-letter Arabic word: Arabic writes no short vowels, so its words are short', () => {
    const ar = buildBotIndex(
      [
        article('ar', 'messaging/edit-delete-messages', { kind: 'translation', review: 'translated', gaps: [] }, 'تعديل الرسائل', 'احذف الرسالة للجميع خلال ساعة.\n'),
        article('ar', 'calls/group-calls', { kind: 'translation', review: 'translated', gaps: [] }, 'مكالمات جماعية', 'اتصل بعدة أشخاص معا.\n'),
      ],
      { locales: ['ar'], sourceLocale: 'en', site: '' },
    );
    const arabic = (minArabicTypoLength: number) => new BotRetriever(ar, new Map(), config.locales, { ...defaultSettings, minArabicTypoLength });
    // احزف for احذف: ذ and ز sound alike in many dialects.
    const ranked = (minLength: number) => arabic(minLength).explain('احزف', 'ar').ranked.map((a) => a.article_id);
    expect(ranked(4)).toEqual(['messaging/edit-delete-messages']);
    expect(ranked(5)).toEqual([]);
  });

  it('explains a question: articles by score with their best chunk, and the weight the no-answer bar is measured against', () => {
    const { ranked, weight } = retriever.explain('banana password', 'en');
    expect(ranked.map((a) => a.article_id)).toEqual(['account/reset-password']);
    expect(ranked[0]!.chunkScore).toBeLessThanOrEqual(ranked[0]!.score);
    expect(weight).toBeGreaterThan(ranked[0]!.chunkScore / 10);
    expect(retriever.explain('the', 'en')).toEqual({ ranked: [], weight: 0, bar: 0, terms: [] });
  });

  it('explains what each word of a question searched and what the bar asks of the best chunk', () => {
    const { terms, weight, bar, ranked } = retriever.explain('banana password', 'en');
    // A word no page has searches nothing and weighs most; a known word searches itself.
    expect(terms.map((t) => [t.term, t.searched.map(([term]) => term)])).toEqual([['banana', []], ['password', ['password']]]);
    expect(terms[0]!.weight).toBeGreaterThan(terms[1]!.weight);
    expect(terms[0]!.weight + terms[1]!.weight).toBeCloseTo(weight, 10);
    // The best chunk is under the bar, so ask answers nothing.
    expect(ranked[0]!.chunkScore).toBeLessThan(bar);
    expect(retriever.ask('banana password', 'en')).toEqual([]);
  });

  it('gives one hit per article, best first, at most k', () => {
    const hits = retriever.ask('code SMS password seconds', 'en', 1);
    expect(hits.map((h) => h.article_id)).toEqual(['account/reset-password']);
  });
});
