import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance.ts';
import { foldKana, normalizeTerm } from './normalizeTerm.ts';
import { stemWord } from './stemWord.ts';
import { tokenize, tokenizeAll } from './tokenize.ts';

describe('tokenize', () => {
  it('drops stop words, stems, and keeps codes whole and in parts', () => {
    expect(tokenize("Why didn't I get the messages? Error 429 rate_limited on LUMO-CALL-1006", 'en')).toEqual([
      'messag', 'error', '429', 'rate_limited', 'rat', 'limit', 'lumo', 'call', '1006', 'lumo-call-1006',
    ]);
  });
  it('folds accents, case and width, and French elisions', () => {
    expect(tokenize("Réinitialiser l'appel ＰＩＮ", 'fr')).toEqual(tokenize('reinitialiser appel pin', 'fr'));
    expect(tokenize('Anrufe brechen ab', 'de')).toEqual(['anruf', 'brech']);
  });
  it("takes an English possessive or contraction as its word: son's is son, a listed one (can't) stays a stop word", () => {
    expect(tokenize("My son’s phone isn't ringing: they're sure the app's settings shouldn't block it", 'en')).toEqual(['son', 'phon', 'ring', 'sur', 'app', 'sett', 'block']);
    expect(tokenize("I can't sign in", 'en')).toEqual(['sign']);
  });

  it('cuts Japanese and Chinese into bigrams of the words between particles, so ICU boundaries do not matter', () => {
    // Particles (を) and single kana end a run.
    // Kana are folded to katakana (忘れ → 忘レ): see the next test.
    expect(tokenize('パスワードを忘れた', 'ja')).toEqual(['パス', 'スワ', 'ワー', 'ード', '忘レ']);
    // 页面 and 客服 come out as bigrams whatever the segmenter did with them.
    expect(tokenize('页面显示客服', 'zh-CN')).toEqual(['页面', '面显', '显示', '示客', '客服']);
  });
  it('also joins a hyphenated word, as readers write it', () => {
    expect(tokenize('Wi-Fi or e-mail', 'en')).toEqual(expect.arrayContaining(['wifi', 'email']));
    expect(tokenize('my wifi', 'en')).toEqual(['wifi']);
  });
  it('tokenizes many texts at once as it tokenizes each (tokenizeAll)', () => {
    const texts = ['Error 429 rate_limited', '', 'Wi-Fi\nline two', 'パスワードを忘れた', "l'appel ＰＩＮ", '页面显示客服'];
    for (const lang of ['en', 'fr', 'ja', 'zh-CN']) expect(tokenizeAll(texts, lang)).toEqual(texts.map((text) => tokenize(text, lang)));
  });
  it('normalizes Arabic spelling variants and strips the article', () => {
    expect(tokenize('الرسائل المشفّرة', 'ar')).toEqual(tokenize('رسائل مشفره', 'ar'));
    // Readers often leave out the hamza: رسايل, مسؤول written مسوول.
    expect(tokenize('الرسايل مسوول', 'ar')).toEqual(tokenize('رسائل مسؤول', 'ar'));
  });
  it("stems Arabic lightly: the reader's \"my\" and the article's \"your\" meet, plurals and the feminine go, three letters stay", () => {
    expect(stemWord('حسابي', 'ar')).toBe('حساب');
    expect(stemWord('حسابك', 'ar')).toBe('حساب');
    expect(stemWord('والمعلومات', 'ar')).toBe('معلوم');
    expect(stemWord('رساله', 'ar')).toBe('رسال');
    expect(stemWord('بنك', 'ar')).toBe('بنك');
    // A stop word with "and" joined to it is a stop word too.
    expect(tokenize('وأنا في الدوام', 'ar')).toEqual(tokenize('الدوام', 'ar'));
    // A lone ف is not stripped: too many words start with it.
    expect(stemWord('فيديو', 'ar')).toBe('فيديو');
  });
});

describe('normalizeTerm and stemWord', () => {
  it('matches a word typed in hiragana with its katakana spelling', () => {
    // ICU cuts the unfamiliar hiragana word into pieces, single kana drop out: the bigrams left are the katakana word's.
    expect(tokenize('ぱすわーどをわすれた', 'ja')).toEqual(['スワ', 'ワー']);
    expect(tokenize('パスワード', 'ja')).toEqual(expect.arrayContaining(['スワ', 'ワー']));
    expect(foldKana('ぱすわーど、ヴ')).toBe('パスワード、ヴ');
  });

  it('unifies alef forms and keeps kana voicing marks', () => {
    expect(normalizeTerm('أإآ')).toBe('ااا');
    expect(normalizeTerm('デバイス')).toBe('デバイス');
  });
  it('conflates the inflections a question and an article use differently', () => {
    expect(stemWord('messages', 'en')).toBe(stemWord('message', 'en'));
    expect(stemWord('updating', 'en')).toBe(stemWord('update', 'en'));
    expect(stemWord('nachrichten', 'de')).toBe(stemWord('nachricht', 'de'));
    expect(stemWord('notificacoes', 'pt')).toBe(stemWord('notificacao', 'pt'));
    expect(stemWord('429', 'en')).toBe('429');
    expect(stemWord('bus', 'en')).toBe('bus');
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and stops past the maximum', () => {
    expect(editDistance('pasword', 'password', 2)).toBe(1);
    expect(editDistance('notifcations', 'notifications', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('call', 'message', 2)).toBe(3);
  });
});
