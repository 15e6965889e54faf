import { showsOriginal, type PageStatus } from '../../pipeline/assemble/pageStatus.ts';
import { localizedPath } from './localizedUrl.ts';

export interface AlternateLink {
  /** BCP 47 tag, or `x-default` for readers whose language has no copy. */
  hreflang: string;
  href: string;
}

/** The locales of the site and where it is published. */
export interface SiteLocales {
  locales: readonly { code: string; tag: string }[];
  sourceLocale: string;
  site: URL;
}

/** Head links of one page: the URL search engines should index it under, and its other-language versions. */
export interface PageLinks {
  canonical: string;
  alternates: AlternateLink[];
}

/** What an assembled article copy says about its content (frontmatter `kb assemble` writes). */
export interface ArticleCopy {
  locale: string;
  articleId: string;
  status: PageStatus;
}

/** `<link rel="alternate" hreflang>` targets for one page in each of `locales`, plus `x-default` → the source locale. */
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

/**
 * For each article id, the codes of the locales whose copy has content of its own: the source and
 * every translation, not a copy that shows the source text under another locale's URL (a fallback,
 * or an article published in the source language only).
 */
export function localesWithContent(copies: Iterable<ArticleCopy>): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const copy of copies) {
    if (showsOriginal(copy.status)) continue;
    byArticle.set(copy.articleId, [...(byArticle.get(copy.articleId) ?? []), copy.locale]);
  }
  return byArticle;
}

/**
 * Canonical URL and hreflang alternates of the page at `segments` in `locale`. `contentLocales` lists
 * the locales that have a copy of their own (every locale when undefined: home, category and search
 * pages). A page in any other locale duplicates the source page, so its canonical is that page; it
 * lists no alternates, as hreflang counts on canonical pages only and it cannot name itself.
 */
export function pageLinks(
  locale: string,
  segments: readonly string[],
  { locales, sourceLocale, site }: SiteLocales,
  contentLocales?: readonly string[],
): PageLinks {
  const absolute = (code: string) => new URL(localizedPath(code, ...segments), site).href;
  if (contentLocales && !contentLocales.includes(locale)) return { canonical: absolute(sourceLocale), alternates: [] };
  const withContent = contentLocales ? locales.filter((candidate) => contentLocales.includes(candidate.code)) : locales;
  return { canonical: absolute(locale), alternates: alternateLinks(segments, withContent, sourceLocale, site) };
}
