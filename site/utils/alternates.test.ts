import { describe, expect, it } from 'vitest';
import { alternateLinks } from './alternates.ts';

const locales = [
  { code: 'en', tag: 'en' },
  { code: 'pt-br', tag: 'pt-BR' },
  { code: 'ar', tag: 'ar' },
];

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
