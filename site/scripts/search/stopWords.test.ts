import { describe, expect, it } from 'vitest';
import config from '../../../kb.config.ts';
import { isStopWord, primaryLanguage, stopWordKey, stopWordsFor } from './stopWords.ts';

describe('stopWordsFor', () => {
  it('has a list for every configured locale', () => {
    for (const locale of config.locales) {
      expect(stopWordsFor(locale.tag).size, locale.tag).toBeGreaterThan(30);
      expect(stopWordsFor(locale.code).size, locale.code).toBe(stopWordsFor(locale.tag).size);
    }
  });

  it('is empty for a language without a list', () => {
    expect(stopWordsFor('fi').size).toBe(0);
  });
});

describe('isStopWord', () => {
  it('recognizes question words per language', () => {
    expect(isStopWord('Why', 'en')).toBe(true);
    expect(isStopWord('warum', 'de')).toBe(true);
    expect(isStopWord('pourquoi', 'fr')).toBe(true);
    expect(isStopWord('cómo', 'es-419')).toBe(true);
    expect(isStopWord('como', 'es-419')).toBe(true);
    expect(isStopWord('você', 'pt-BR')).toBe(true);
    expect(isStopWord('なぜ', 'ja')).toBe(true);
    expect(isStopWord('为什么', 'zh-CN')).toBe(true);
    expect(isStopWord('لماذا', 'ar')).toBe(true);
  });

  it('treats any single hiragana as a Japanese stop word, but not kanji or katakana', () => {
    expect(isStopWord('す', 'ja')).toBe(true);
    expect(isStopWord('ば', 'ja')).toBe(true);
    expect(isStopWord('音', 'ja')).toBe(false);
    expect(isStopWord('パスワード', 'ja')).toBe(false);
  });

  it('keeps topic words', () => {
    expect(isStopWord('password', 'en')).toBe(false);
    expect(isStopWord('4g', 'en')).toBe(false);
    expect(isStopWord('Passwort', 'de')).toBe(false);
    expect(isStopWord('密码', 'zh-CN')).toBe(false);
    expect(isStopWord('كلمة', 'ar')).toBe(false);
  });

  it('ignores Arabic diacritics when comparing', () => {
    expect(isStopWord('مِنْ', 'ar')).toBe(true);
  });

  it('finds an Arabic stop word in a normalized spelling too (alef maqsura as yeh, teh marbuta as heh)', () => {
    // normalizeTerm writes على as علي: the bot and search tokenizers compare that spelling.
    expect(isStopWord('علي', 'ar')).toBe(true);
    expect(isStopWord('إلي', 'ar')).toBe(true);
    expect(isStopWord('شويه', 'ar')).toBe(true);
  });

  it('knows the function words of spoken Arabic (Gulf, Egyptian, Levantine), which readers type', () => {
    for (const word of ['عشان', 'أبغى', 'عايز', 'بدي', 'اللي', 'مش', 'ليش', 'إزاي']) expect(isStopWord(word, 'ar')).toBe(true);
  });
});

describe('stopWordKey and primaryLanguage', () => {
  it('folds case and accents but keeps kana voicing', () => {
    expect(stopWordKey('Über')).toBe('uber');
    expect(stopWordKey('で')).toBe('で');
  });

  it('takes the primary subtag', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('zh-cn')).toBe('zh');
  });
});
