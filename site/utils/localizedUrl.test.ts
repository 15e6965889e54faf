import { describe, expect, it } from 'vitest';
import { articlePath, localizedPath, pathWithinLocale, switchLocalePath } from './localizedUrl.ts';

describe('localizedPath', () => {
  it('builds a locale home with a trailing slash', () => {
    expect(localizedPath('pt-br')).toBe('/pt-br/');
  });
  it('joins category and slug', () => {
    expect(localizedPath('de', 'account', 'reset-password')).toBe('/de/account/reset-password/');
  });
  it('ignores empty segments', () => {
    expect(localizedPath('ar', '', 'calls')).toBe('/ar/calls/');
  });
});

describe('pathWithinLocale', () => {
  it('drops the locale segment', () => {
    expect(pathWithinLocale('/zh-cn/devices/link-desktop/')).toEqual(['devices', 'link-desktop']);
  });
  it('returns nothing for a locale home', () => {
    expect(pathWithinLocale('/ja/')).toEqual([]);
  });
});

describe('switchLocalePath', () => {
  it('keeps the page and changes the locale', () => {
    expect(switchLocalePath('/de/account/two-step-verification/', 'ar')).toBe('/ar/account/two-step-verification/');
  });
  it('adds the trailing slash a path lacks', () => {
    expect(switchLocalePath('/fr/404', 'es')).toBe('/es/404/');
  });
});

describe('articlePath', () => {
  it('addresses an article id under a locale', () => {
    expect(articlePath('zh-cn', 'devices/link-desktop')).toBe('/zh-cn/devices/link-desktop/');
  });
});
