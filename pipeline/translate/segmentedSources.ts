import { contentKey } from '../cache/ContentCache.ts';
import type { Project } from '../content/loadProject.ts';
import { isTranslatable, segmentSource } from '../store/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import type { SegmentedSource } from './translateProject.ts';

/** The project's translatable articles, each segmented on first use only (warm runs skip most). */
export function segmentedSources(project: Project, doNotTranslate: readonly string[]): SegmentedSource[] {
  const { sourceLocale } = project.config;
  return project.articles.filter(isTranslatable).map((article) => {
    let segmented: SegmentedArticle | undefined;
    const { format, body, frontmatter } = article;
    return {
      id: article.id,
      fingerprint: contentKey(sourceLocale, format, frontmatter.title, frontmatter.description, body, doNotTranslate),
      segmented: () => (segmented ??= segmentSource(article, sourceLocale, doNotTranslate)),
    };
  });
}
