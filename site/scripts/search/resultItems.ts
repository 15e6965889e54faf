import { pageNotices, type PageNotice } from '../../../pipeline/assemble/pageStatus.ts';
import type { SiteHit } from './searchSite.ts';

/** What the results list shows for one page. */
export interface ResultItem {
  url: string;
  articleId: string;
  title: string;
  /** Pagefind's excerpt: raw page text with matched words wrapped in `<mark>`. */
  excerpt: string;
  /** What the page's notice says about its text (machine, outdated, …), to label the result with. */
  notices: PageNotice[];
}

/** The notices an article page lists in its `notices` Pagefind meta (space-separated); unknown words are ignored. */
export function noticesFromMeta(meta: string | undefined): PageNotice[] {
  const listed = new Set(meta?.split(/\s+/));
  return pageNotices.filter((notice) => listed.has(notice));
}

/** Article id of a result URL (absolute or site path): `/ja/account/reset-password/` → `account/reset-password`. */
export function articleIdFromUrl(url: string): string | null {
  const segments = new URL(url, 'https://site.invalid').pathname.split('/').filter(Boolean);
  return segments.length === 3 ? `${segments[1]}/${segments[2]}` : null;
}

export interface LoadResultItemsOptions {
  /** Stop after this many items. */
  limit: number;
  /** Keep only articles this returns true for (all when omitted). */
  accept?: (articleId: string) => boolean;
  /** Load at most this many fragments while looking for acceptable ones: each is a download. */
  scanLimit?: number;
}

/** Load the display data of hits in rank order (one fragment download each) and keep the acceptable articles. */
export async function loadResultItems(hits: readonly SiteHit[], options: LoadResultItemsOptions): Promise<ResultItem[]> {
  const { limit, accept = () => true, scanLimit = limit } = options;
  const scanned = await Promise.all(hits.slice(0, Math.max(limit, scanLimit)).map((hit) => hit.data()));
  const items: ResultItem[] = [];
  for (const data of scanned) {
    const articleId = articleIdFromUrl(data.url);
    if (articleId === null || !accept(articleId)) continue;
    items.push({ url: data.url, articleId, title: data.meta.title ?? articleId, excerpt: data.excerpt, notices: noticesFromMeta(data.meta.notices) });
    if (items.length === limit) break;
  }
  return items;
}

/** An excerpt cut into plain and highlighted runs, so it can be shown as text nodes, never parsed as HTML. */
export function excerptSegments(excerpt: string): { text: string; marked: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return match ? { text: match[1]!, marked: true } : { text: part, marked: false };
    });
}
