import { describe, expect, it } from 'vitest';
import { normalizeQuery, trimToken } from './normalizeQuery.ts';

describe('normalizeQuery', () => {
  it('folds full-width Latin and digits, and half-width katakana', () => {
    expect(normalizeQuery('ＰＩＮ を ４Ｇ')).toBe('pin を 4g');
    expect(normalizeQuery('ﾊﾟｽﾜｰﾄﾞ')).toBe('パスワード');
  });

  it('lower-cases, unifies apostrophes and drops double quotes', () => {
    expect(normalizeQuery('Can’t  “Reset”   PASSWORD')).toBe("can't reset password");
  });

  it('collapses and trims white space, including ideographic spaces', () => {
    expect(normalizeQuery('  二段階認証\u3000設定 \n')).toBe('二段階認証 設定');
  });
});

describe('trimToken', () => {
  it('removes punctuation at the ends only', () => {
    expect(trimToken('password?')).toBe('password');
    expect(trimToken('(wi-fi)')).toBe('wi-fi');
    expect(trimToken('invalid_token,')).toBe('invalid_token');
    expect(trimToken('1.5')).toBe('1.5');
    expect(trimToken('¿cómo')).toBe('cómo');
  });
});
