import { localizedPath } from './localizedUrl.ts';

export interface AlternateLink {
  /** BCP 47 tag, or `x-default` for readers whose language has no copy. */
  hreflang: string;
  href: string;
}

/** `<link rel="alternate" hreflang>` targets for one page in every locale, plus `x-default` → the source locale. */
export function alternateLinks(
  segments: readonly string[],
  locales: readonly { code: string; tag: string }[],
  sourceLocale: string,
  site: URL,
): AlternateLink[] {
  const absolute = (code: string) => new URL(localizedPath(code, ...segments), site).href;
  return [
    ...locales.map((locale) => ({ hreflang: locale.tag, href: absolute(locale.code) })),
    { hreflang: 'x-default', href: absolute(sourceLocale) },
  ];
}
