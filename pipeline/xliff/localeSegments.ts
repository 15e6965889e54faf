import type { SourceArticle } from '../qa/loadQaContext.ts';
import type { Segment } from '../segment/types.ts';
import { reconcileArticle, type Reconciliation, type TranslationStore } from '../store/index.ts';

/** A translatable article's current segments and its store entries in one locale, matched to them. */
export interface LocaleArticle {
  id: string;
  segments: Segment[];
  /** `entries[i]` belongs to `segments[i]`; `retired` go to memory.yaml if the article is saved. */
  reconciliation: Reconciliation;
}

/**
 * The translatable articles (`sources`, segmented by the caller) with their entries in `locale`,
 * reconciled with the current source as `kb status` and the review app see them. A broken store
 * file is a UserError.
 */
export async function localeSegments(store: TranslationStore, locale: string, sources: readonly SourceArticle[]): Promise<LocaleArticle[]> {
  const stored = (await store.readAll([locale], sources.map((s) => s.article.id))).get(locale);
  return sources.map(({ article, segmented: { segments } }) => ({ id: article.id, segments, reconciliation: reconcileArticle(segments, stored?.get(article.id) ?? []) }));
}
