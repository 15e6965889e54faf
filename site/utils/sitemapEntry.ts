import type { SitemapItem } from '@astrojs/sitemap';
import { pageLinks, type SiteLocales } from './alternates.ts';
import { pathWithinLocale } from './localizedUrl.ts';

/**
 * A sitemap entry with `xhtml:link` alternates to the page's other-language versions, or undefined
 * for a page that is not its own canonical (an article's fallback copy): a sitemap lists pages to
 * index. `contentLocales` maps each article id to the locales with a copy of their own
 * (`localesWithContent`); pages outside a locale folder (`/`) pass unchanged.
 */
export function sitemapEntry(
  item: SitemapItem,
  site: SiteLocales,
  contentLocales: ReadonlyMap<string, readonly string[]>,
): SitemapItem | undefined {
  const pathname = new URL(item.url).pathname;
  const locale = pathname.split('/')[1] ?? '';
  if (!site.locales.some((candidate) => candidate.code === locale)) return item;
  const segments = pathWithinLocale(pathname);
  const { canonical, alternates } = pageLinks(locale, segments, site, contentLocales.get(segments.join('/')));
  if (canonical !== item.url) return undefined;
  return { ...item, links: alternates.map((link) => ({ url: link.href, lang: link.hreflang })) };
}
