import type { Project } from '../content/loadProject.ts';
import type { Segment } from '../segment/types.ts';
import { isTranslatable, reconcileArticle, sourceSegments, type Reconciliation, type TranslationStore } from '../store/index.ts';

/** A translatable article's current segments and its store entries in one locale, matched to them. */
export interface LocaleArticle {
  id: string;
  segments: Segment[];
  /** `entries[i]` belongs to `segments[i]`; `retired` go to memory.yaml if the article is saved. */
  reconciliation: Reconciliation;
}

/**
 * Every translatable article of the project with its entries in `locale`, reconciled with the
 * current source as `kb status` and the review app see them. A broken store file is a UserError.
 */
export async function localeSegments(project: Project, store: TranslationStore, locale: string, doNotTranslate: readonly string[]): Promise<LocaleArticle[]> {
  const articles = project.articles.filter(isTranslatable);
  const stored = (await store.readAll([locale], articles.map((a) => a.id))).get(locale);
  return articles.map((article) => {
    const segments = sourceSegments(article, project.config.sourceLocale, doNotTranslate);
    return { id: article.id, segments, reconciliation: reconcileArticle(segments, stored?.get(article.id) ?? []) };
  });
}
