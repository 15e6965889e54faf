import type { SourceArticle } from '../qa/loadQaContext.ts';
import type { Segment } from '../segment/types.ts';
import { blockUnitCoverage, blockUnitEntries, blockUnitsByArticle, reconcileArticle, type BlockUnitEntry, type MemoryUnit, type Reconciliation, type TranslationStore } from '../store/index.ts';

/** A translatable article's current segments and its store entries in one locale, matched to them. */
export interface LocaleArticle {
  id: string;
  segments: Segment[];
  /** `entries[i]` belongs to `segments[i]`; `retired` go to memory.yaml if the article is saved. */
  reconciliation: Reconciliation;
  /**
   * Sentence keys a whole-block unit of `kb align` translates, as `kb translate` sees it (none of
   * the block's sentences has a target of its own), with that unit: exchanged as one unit in
   * place of the block's sentences.
   */
  inBlocks: ReadonlyMap<string, BlockUnitEntry>;
}

/**
 * The translatable articles (`sources`, segmented by the caller) with their entries in `locale`,
 * reconciled with the current source as `kb status` and the review app see them, and the locale's
 * memory (where whole-block units live). A broken store file is a UserError.
 */
export async function localeSegments(store: TranslationStore, locale: string, sources: readonly SourceArticle[]): Promise<{ articles: LocaleArticle[]; memory: MemoryUnit[] }> {
  const stored = (await store.readAll([locale], sources.map((s) => s.article.id))).get(locale);
  const memory = await store.readMemory(locale);
  const blockUnits = blockUnitsByArticle(memory);
  const articles = sources.map(({ article, segmented }): LocaleArticle => {
    const reconciliation = reconcileArticle(segmented.segments, stored?.get(article.id) ?? []);
    const units = blockUnits.get(article.id) ?? [];
    const blocks = new Map(blockUnitEntries(segmented, units).map((block) => [block.unit, block]));
    const inBlocks = new Map([...blockUnitCoverage(segmented, units, reconciliation.entries)].map(([key, unit]) => [key, blocks.get(unit)!]));
    return { id: article.id, segments: segmented.segments, reconciliation, inBlocks };
  });
  return { articles, memory };
}
