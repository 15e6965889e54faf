import type { Article } from '../content/parseArticle.ts';
import type { Frontmatter } from '../content/frontmatterSchema.ts';
import { findArticleLinkSpans, linkSpansInCopy, localizeLinkSpans, type ArticleLinkSpan } from './rewriteArticleLinks.ts';

/**
 * How a locale's copy of an article came about, as readers are told:
 * `source` the original; `translated` reviewed human translation, current; `machine` machine
 * translation not yet reviewed; `outdated` a translation whose source has since changed (changed
 * sentences shown from the source); `fallback` no translation, the source text is shown.
 */
export const localizedStatuses = ['source', 'translated', 'machine', 'outdated', 'fallback'] as const;
export type LocalizedStatus = (typeof localizedStatuses)[number];

/** The text of one article in one locale, before links are localized. */
export interface Translation {
  title: string;
  description: string;
  body: string;
  status: Exclude<LocalizedStatus, 'source' | 'fallback'>;
}

/** One article page's content in one locale: what the site renders. */
export interface LocalizedArticle {
  locale: string;
  articleId: string;
  format: 'md' | 'mdx';
  status: LocalizedStatus;
  frontmatter: Frontmatter;
  sourceUpdated: string;
  /** Markdown with article links pointing at this locale's pages. */
  body: string;
}

/** Supplies the translation of an article into a locale, when the store has one. */
export type TranslationSource = (article: Article, locale: string) => Translation | undefined;

/** Every published (non-draft) article in `locale`: translated where possible, else the source. */
export function assembleLocale(
  articles: Article[],
  locale: string,
  sourceLocale: string,
  translationFor: TranslationSource,
): LocalizedArticle[] {
  return articles
    .filter((a) => !a.frontmatter.draft)
    .map((article) => {
      const translation = locale === sourceLocale || !article.frontmatter.translate ? undefined : translationFor(article, locale);
      const status: LocalizedStatus = locale === sourceLocale ? 'source' : (translation?.status ?? 'fallback');
      const text = translation ?? { ...article.frontmatter, body: article.body };
      return {
        locale,
        articleId: article.id,
        format: article.format,
        status,
        // `updated` stays the source's: a page's date is when its content changed, not when kb align ran.
        frontmatter: { ...article.frontmatter, title: text.title, description: text.description },
        sourceUpdated: article.frontmatter.updated,
        body: localizeLinks(text.body, article, locale),
      };
    });
}

// Each source body is parsed for its links once, not once per locale (Article objects are shared by all locales).
const sourceLinkSpans = new WeakMap<Article, ArticleLinkSpan[]>();

/** `body` (the source or a translation reassembled from it) with its article links pointing at `locale`. */
function localizeLinks(body: string, article: Article, locale: string): string {
  let source = sourceLinkSpans.get(article);
  if (!source) {
    source = findArticleLinkSpans(article.body, article.format, article.id);
    sourceLinkSpans.set(article, source);
  }
  const spans = linkSpansInCopy(body, article.body, source) ?? findArticleLinkSpans(body, article.format, article.id);
  return localizeLinkSpans(body, spans, locale);
}
