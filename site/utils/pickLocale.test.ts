import { describe, expect, it } from 'vitest';
import { pickLocale } from './pickLocale.ts';

const locales = [
  { code: 'en', tag: 'en' },
  { code: 'es', tag: 'es-419' },
  { code: 'pt-br', tag: 'pt-BR' },
  { code: 'zh-cn', tag: 'zh-CN' },
  { code: 'ar', tag: 'ar' },
];

describe('pickLocale', () => {
  it('matches a tag exactly, ignoring case', () => {
    expect(pickLocale(['pt-br'], locales, 'en')).toBe('pt-br');
  });
  it('matches by language when the region or script differs', () => {
    expect(pickLocale(['pt'], locales, 'en')).toBe('pt-br');
    expect(pickLocale(['zh-Hans-CN'], locales, 'en')).toBe('zh-cn');
    expect(pickLocale(['es-MX'], locales, 'en')).toBe('es');
    expect(pickLocale(['ar-EG'], locales, 'en')).toBe('ar');
  });
  it("follows the reader's order of preference", () => {
    expect(pickLocale(['nl-NL', 'ar', 'en-US'], locales, 'en')).toBe('ar');
    expect(pickLocale(['en-GB', 'es'], locales, 'en')).toBe('en');
  });
  it('falls back when nothing matches', () => {
    expect(pickLocale(['ko-KR', 'nl'], locales, 'en')).toBe('en');
    expect(pickLocale([], locales, 'en')).toBe('en');
  });
  it("prefers the locale the reader chose before over the browser's languages", () => {
    expect(pickLocale(['pt-BR', 'en'], locales, 'en', 'ar')).toBe('ar');
  });
  it('ignores a remembered value that is no configured locale code', () => {
    for (const remembered of ['sv', 'pt-BR', '', '../ar', null]) {
      expect(pickLocale(['pt-BR'], locales, 'en', remembered), String(remembered)).toBe('pt-br');
    }
  });
  it('still works after being turned into source text, as the root page inlines it', () => {
    const inlined = new Function(`return (${pickLocale.toString()})`)() as typeof pickLocale;
    expect(inlined(['pt'], locales, 'en')).toBe('pt-br');
    expect(inlined(['pt'], locales, 'en', 'zh-cn')).toBe('zh-cn');
  });
});
