import { describe, expect, it } from 'vitest';
import { countWords } from './countWords.ts';

describe('countWords', () => {
  it('counts word-like pieces, not punctuation', () => {
    expect(countWords("Don't tap Wi-Fi settings, e.g. now — ok?", 'en')).toBe(8);
  });

  it('counts text inside paired placeholders but not standalone placeholders', () => {
    expect(countWords('Open {1}Privacy settings{/1} in {2} and {3}.', 'en')).toBe(5);
    expect(countWords('{{literal}} braces', 'en')).toBe(2);
  });

  it('counts Han, Hiragana and Katakana as one word per character', () => {
    expect(countWords('設定を開きます', 'ja')).toBe(7);
    expect(countWords('打开设置。', 'zh-CN')).toBe(4);
    expect(countWords('Lumoのアプリ', 'ja')).toBe(1 + 4);
  });

  it('counts Arabic and German words', () => {
    expect(countWords('اضغط على الزر', 'ar')).toBe(3);
    expect(countWords('Öffnen Sie die Einstellungen.', 'de')).toBe(4);
  });
});
