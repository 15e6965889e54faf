import { describe, expect, it } from 'vitest';
import { sitemapEntry } from './sitemapEntry.ts';

const site = {
  locales: [
    { code: 'en', tag: 'en' },
    { code: 'es', tag: 'es-419' },
    { code: 'ar', tag: 'ar' },
  ],
  sourceLocale: 'en',
  site: new URL('https://help.lumo.example'),
};
// Premium plans is translated into Spanish only: the Arabic page is a fallback copy.
const contentLocales = new Map([['billing/premium-plans', ['en', 'es']]]);
const entry = (path: string) => sitemapEntry({ url: `https://help.lumo.example${path}` }, site, contentLocales);

describe('sitemapEntry', () => {
  it("gives an article copy links to the locales with content, fallback copies left out", () => {
    expect(entry('/es/billing/premium-plans/')).toEqual({
      url: 'https://help.lumo.example/es/billing/premium-plans/',
      links: [
        { url: 'https://help.lumo.example/en/billing/premium-plans/', lang: 'en' },
        { url: 'https://help.lumo.example/es/billing/premium-plans/', lang: 'es-419' },
        { url: 'https://help.lumo.example/en/billing/premium-plans/', lang: 'x-default' },
      ],
    });
  });

  it('leaves fallback copies out of the sitemap', () => {
    expect(entry('/ar/billing/premium-plans/')).toBeUndefined();
  });

  it('links every locale from pages that are not articles', () => {
    expect(entry('/ar/billing/')?.links?.map((link) => link.lang)).toEqual(['en', 'es-419', 'ar', 'x-default']);
    expect(entry('/ar/')?.links?.map((link) => link.url)).toContain('https://help.lumo.example/ar/');
  });

  it('passes pages outside a locale folder unchanged', () => {
    expect(entry('/')).toEqual({ url: 'https://help.lumo.example/' });
  });
});
