import { describe, expect, it } from 'vitest';
import { alternateLinks, localesWithContent, pageLinks, type ArticleCopy } from './alternates.ts';

const locales = [
  { code: 'en', tag: 'en' },
  { code: 'pt-br', tag: 'pt-BR' },
  { code: 'ar', tag: 'ar' },
];
const site = { locales, sourceLocale: 'en', site: new URL('https://help.lumo.example') };

describe('alternateLinks', () => {
  it('links every locale by its BCP 47 tag and adds x-default for the source', () => {
    expect(alternateLinks(['account', 'reset-password'], locales, 'en', new URL('https://help.lumo.example'))).toEqual([
      { hreflang: 'en', href: 'https://help.lumo.example/en/account/reset-password/' },
      { hreflang: 'pt-BR', href: 'https://help.lumo.example/pt-br/account/reset-password/' },
      { hreflang: 'ar', href: 'https://help.lumo.example/ar/account/reset-password/' },
      { hreflang: 'x-default', href: 'https://help.lumo.example/en/account/reset-password/' },
    ]);
  });
  it('points home pages at locale roots', () => {
    const links = alternateLinks([], locales, 'en', new URL('https://help.lumo.example/'));
    expect(links.map((link) => link.href)).toContain('https://help.lumo.example/pt-br/');
    expect(links.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://help.lumo.example/en/' });
  });
});

describe('localesWithContent', () => {
  it('lists, per article, the locales whose copy is not the source text under another locale', () => {
    const copies: ArticleCopy[] = [
      { locale: 'en', articleId: 'calls/poor-call-quality', status: { kind: 'source' } },
      { locale: 'de', articleId: 'calls/poor-call-quality', status: { kind: 'translation', review: 'approved', gaps: [] } },
      { locale: 'fr', articleId: 'calls/poor-call-quality', status: { kind: 'translation', review: 'machine', gaps: [] } },
      { locale: 'ja', articleId: 'calls/poor-call-quality', status: { kind: 'translation', review: 'translated', gaps: ['outdated', 'untranslated'] } },
      { locale: 'ar', articleId: 'calls/poor-call-quality', status: { kind: 'fallback' } },
      { locale: 'en', articleId: 'billing/premium-plans', status: { kind: 'source' } },
      { locale: 'de', articleId: 'billing/premium-plans', status: { kind: 'fallback' } },
      { locale: 'en', articleId: 'developers/sdk-changelog', status: { kind: 'source' } },
      { locale: 'de', articleId: 'developers/sdk-changelog', status: { kind: 'source-only' } },
    ];
    expect(localesWithContent(copies)).toEqual(
      new Map([
        ['calls/poor-call-quality', ['en', 'de', 'fr', 'ja']],
        ['billing/premium-plans', ['en']],
        ['developers/sdk-changelog', ['en']],
      ]),
    );
  });
});

describe('pageLinks', () => {
  const segments = ['account', 'reset-password'];

  it('makes a page its own canonical and links every locale when all have content', () => {
    expect(pageLinks('pt-br', segments, site)).toEqual({
      canonical: 'https://help.lumo.example/pt-br/account/reset-password/',
      alternates: alternateLinks(segments, locales, 'en', site.site),
    });
  });

  it('links only the locales with a copy of their own', () => {
    const { canonical, alternates } = pageLinks('pt-br', segments, site, ['en', 'pt-br']);
    expect(canonical).toBe('https://help.lumo.example/pt-br/account/reset-password/');
    expect(alternates).toEqual([
      { hreflang: 'en', href: 'https://help.lumo.example/en/account/reset-password/' },
      { hreflang: 'pt-BR', href: 'https://help.lumo.example/pt-br/account/reset-password/' },
      { hreflang: 'x-default', href: 'https://help.lumo.example/en/account/reset-password/' },
    ]);
  });

  it("makes a fallback copy canonical to the source page, with no alternates", () => {
    expect(pageLinks('ar', segments, site, ['en', 'pt-br'])).toEqual({
      canonical: 'https://help.lumo.example/en/account/reset-password/',
      alternates: [],
    });
  });
});
