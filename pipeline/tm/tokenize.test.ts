import { describe, expect, it } from 'vitest';
import { countPlaceholders, tokenize } from './tokenize.ts';

const keys = (text: string, locale: string) => tokenize(text, locale).map((token) => token.key);

describe('tokenize', () => {
  it('splits English into lower-cased words and drops punctuation and spaces', () => {
    expect(keys('Open Settings, then tap “Save”!  Don’t wait.', 'en')).toEqual([
      'open', 'settings', 'then', 'tap', 'save', 'don’t', 'wait',
    ]);
  });

  it('keeps German compounds and umlauts whole and lower-cases them', () => {
    expect(keys('Öffnen Sie die Datenschutzeinstellungen.', 'de')).toEqual(['öffnen', 'sie', 'die', 'datenschutzeinstellungen']);
  });

  it('segments Japanese by dictionary, not per character or per sentence', () => {
    expect(keys('設定を開いて、「保存」をタップしてください。', 'ja')).toEqual([
      '設定', 'を', '開', 'い', 'て', '保存', 'を', 'タップ', 'し', 'て', 'くだ', 'さい',
    ]);
  });

  it('segments Chinese into words', () => {
    expect(keys('请打开设置，然后点击保存。', 'zh-cn')).toEqual(['请', '打开', '设置', '然后', '点', '击', '保存']);
  });

  it('keeps Arabic words whole and reads Arabic-Indic digits as numbers', () => {
    const tokens = tokenize('افتح الإعدادات وانتظر ٣٠ ثانية.', 'ar');
    expect(tokens.map((token) => token.key)).toEqual(['افتح', 'الإعدادات', 'وانتظر', '#30', 'ثانية']);
    expect(tokens[3]).toMatchObject({ kind: 'number', text: '٣٠' });
  });

  it('makes each placeholder marker one token keyed without its number', () => {
    const tokens = tokenize('Tap {1}Save{/1} or press {2}.', 'en');
    expect(tokens.map((token) => [token.kind, token.text, token.key])).toEqual([
      ['word', 'Tap', 'tap'],
      ['placeholder', '{1}', '{}'],
      ['word', 'Save', 'save'],
      ['placeholder', '{/1}', '{/}'],
      ['word', 'or', 'or'],
      ['word', 'press', 'press'],
      ['placeholder', '{2}', '{}'],
    ]);
    expect(countPlaceholders(tokens)).toBe(2);
  });

  it('treats doubled braces as literal punctuation, not placeholders', () => {
    const tokens = tokenize('Use {{name}} and {{1}} here', 'en');
    expect(tokens.map((token) => token.key)).toEqual(['use', 'name', 'and', '#1', 'here']);
    expect(countPlaceholders(tokens)).toBe(0);
  });

  it('reads numbers in the locale format and keys them by value', () => {
    expect(keys('1,000 or 1000 or 2.50', 'en')).toEqual(['#1000', 'or', '#1000', 'or', '#2.5']);
    expect(keys('1.000 oder 2,5', 'de')).toEqual(['#1000', 'oder', '#2.5']);
    // Not a number in English: a version string stays a word.
    expect(tokenize('Version 1.2.3', 'en')[1]).toMatchObject({ kind: 'word', key: '1.2.3' });
  });

  it('returns no tokens for punctuation-only text', () => {
    expect(tokenize('— ?!', 'en')).toEqual([]);
  });
});
