import type { Article } from '../content/parseArticle.ts';
import type { Frontmatter } from '../content/frontmatterSchema.ts';
import { textFields, type PageStatus, type TextField, type TranslatedPageStatus } from './pageStatus.ts';
import { sourceLanguageHeadings } from './sourceLanguageHeadings.ts';
import { findArticleLinkSpans, linkSpansInCopy, localizeLinkSpans, type ArticleLinkSpan } from './rewriteArticleLinks.ts';

/** The text of one article in one locale, before links are localized. */
export interface Translation {
  title: string;
  description: string;
  /** Sentences shown in the source language are between `sourceTextMarks`. */
  body: string;
  status: TranslatedPageStatus;
  /** Fields shown in the source language. */
  inSourceLanguage: TextField[];
}

/** One article page's content in one locale: what the site renders. */
export interface LocalizedArticle {
  locale: string;
  articleId: string;
  format: 'md' | 'mdx';
  status: PageStatus;
  /** Fields shown in the source language (every field of a copy that shows the original). */
  inSourceLanguage: TextField[];
  /** Text of the body's headings a translation shows in the source language (`sourceLanguageHeadings`). */
  headingsInSourceLanguage: string[];
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
      const status: PageStatus =
        locale === sourceLocale ? { kind: 'source' } : (translation?.status ?? { kind: article.frontmatter.translate ? 'fallback' : 'source-only' });
      const text = translation ?? { ...article.frontmatter, body: article.body };
      return {
        locale,
        articleId: article.id,
        format: article.format,
        status,
        inSourceLanguage: translation?.inSourceLanguage ?? (status.kind === 'source' ? [] : [...textFields]),
        headingsInSourceLanguage: translation ? sourceLanguageHeadings(translation.body, article.format) : [],
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
