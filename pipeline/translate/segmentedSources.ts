import { contentKey } from '../cache/ContentCache.ts';
import type { Project } from '../content/loadProject.ts';
import type { Article } from '../content/parseArticle.ts';
import { isTranslatable, segmentSource } from '../store/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import type { SegmentedSource } from './translateProject.ts';

/** The project's translatable articles, each segmented on first use only (warm runs skip most). */
export function segmentedSources(project: Project, doNotTranslate: readonly string[]): SegmentedSource[] {
  return project.articles.filter(isTranslatable).map((article) => segmentedSource(article, project.config.sourceLocale, doNotTranslate));
}

/** One article for `translateProject`; `segmented`, when the caller has segmented it already, is used instead of segmenting again. */
export function segmentedSource(article: Article, sourceLocale: string, doNotTranslate: readonly string[], segmented?: SegmentedArticle): SegmentedSource {
  const { format, body, frontmatter } = article;
  return {
    id: article.id,
    fingerprint: contentKey(sourceLocale, format, frontmatter.title, frontmatter.description, body, doNotTranslate),
    segmented: () => (segmented ??= segmentSource(article, sourceLocale, doNotTranslate)),
  };
}
