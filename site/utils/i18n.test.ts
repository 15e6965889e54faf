import { describe, expect, it } from 'vitest';
import { resourceFor, useTranslations, type Resource } from './i18n.ts';
import { locales, sourceLocale } from './locales.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Dotted key paths of a nested resource: `{ a: { b: 'x' } }` → `['a.b']`. */
function flatKeys(resource: Resource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`),
  );
}

/** Keys with the plural suffix removed, each once. */
function baseKeys(keys: string[]): string[] {
  return [...new Set(keys.map((key) => key.replace(pluralSuffix, '')))].sort();
}

const sourceKeys = flatKeys(resourceFor(sourceLocale));
const pluralBases = baseKeys(sourceKeys.filter((key) => pluralSuffix.test(key)));

describe.each(locales.map((locale) => [locale.code, locale.tag] as const))('UI strings %s', (code, tag) => {
  const keys = flatKeys(resourceFor(code));

  it(`has exactly the keys of ${sourceLocale}.json (plural variants aside)`, () => {
    expect(baseKeys(keys)).toEqual(baseKeys(sourceKeys));
  });

  it('has exactly the plural forms Intl.PluralRules uses for its language', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      const forms = keys.filter((key) => key.replace(pluralSuffix, '') === base && pluralSuffix.test(key));
      expect(forms.sort(), base).toEqual(categories.map((category) => `${base}_${category}`).sort());
    }
  });

  it('has no empty strings', () => {
    const t = useTranslations(code);
    for (const key of keys) expect(t(key).trim(), key).not.toBe('');
  });
});

describe('useTranslations', () => {
  it('interpolates values', () => {
    expect(useTranslations('fr')('notice.fallback', { language: 'français' })).toContain('disponible en français');
  });
  it('picks the Arabic plural form for each count', () => {
    const t = useTranslations('ar');
    expect(t('category.articleCount', { count: 0 })).toBe('لا توجد مقالات');
    expect(t('category.articleCount', { count: 2 })).toBe('مقالتان');
    expect(t('category.articleCount', { count: 5 })).toBe('5 مقالات');
    expect(t('category.articleCount', { count: 11 })).toBe('11 مقالة');
  });
  it('formats counts with the locale number format', () => {
    expect(useTranslations('de')('search.resultCount', { count: 1200 })).toBe('1.200 Ergebnisse');
    expect(useTranslations('en')('search.resultCount', { count: 1 })).toBe('1 result');
  });
  it('returns the default value for a key the locale lacks', () => {
    expect(useTranslations('ja')('categories.unknown', { defaultValue: 'Unknown' })).toBe('Unknown');
  });
  it('rejects a locale kb.config.ts does not list', () => {
    expect(() => useTranslations('xx')).toThrow(/Unknown locale "xx"/);
  });
});
