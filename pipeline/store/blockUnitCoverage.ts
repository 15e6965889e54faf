import { articleBlocks } from '../segment/articleBlocks.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import type { MemoryUnit } from './storeTypes.ts';

/**
 * Sentences translated as part of a whole block: `kb align` keeps a block a translator re-split as
 * one memory unit (keyed `b<n>` to the article), which the site shows while the block's source
 * reads as it did. Each of those sentence keys maps to its block's unit.
 */
export function blockUnitCoverage(segmented: SegmentedArticle, units: readonly MemoryUnit[]): Map<string, MemoryUnit> {
  const byKey = new Map(units.filter((unit) => unit.article === segmented.id && /^b\d+$/.test(unit.key ?? '')).map((unit) => [unit.key, unit]));
  const covered = new Map<string, MemoryUnit>();
  if (byKey.size === 0) return covered;
  for (const block of articleBlocks(segmented)) {
    const unit = byKey.get(`b${block.index}`);
    if (unit?.source === block.text.text) for (const key of block.keys) covered.set(key, unit);
  }
  return covered;
}
