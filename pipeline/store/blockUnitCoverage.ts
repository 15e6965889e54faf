import { articleBlocks, blockSegments } from '../segment/articleBlocks.ts';
import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import { introducedUnsafeMarkup } from '../segment/unsafeMarkup.ts';
import type { Segment, SegmentedArticle } from '../segment/types.ts';
import { publishedStates, type PublishPolicy } from './publishPolicy.ts';
import { reconcileArticle } from './reconcileArticle.ts';
import { outranks, retiredToMemory } from './memoryUnits.ts';
import type { MemoryUnit, StoreEntry } from './storeTypes.ts';

/** `b4`: the key of a whole-block unit, which lives in memory.yaml rather than the article's store file. */
export function isBlockKey(key: string): boolean {
  return /^b\d+$/.test(key);
}

/** A whole-block unit as a store entry (the review app and an XLIFF exchange treat it as one), with its block as the segment. */
export interface BlockUnitEntry {
  unit: MemoryUnit;
  entry: StoreEntry;
  segment: Segment;
}

/**
 * The article's whole-block units (`blockUnitsByArticle`) whose block still reads as it did, each
 * as a store entry keyed `b<n>` with the block as its segment (`blockSegments`), in block order.
 */
export function blockUnitEntries(segmented: SegmentedArticle, units: readonly MemoryUnit[]): BlockUnitEntry[] {
  if (units.length === 0) return [];
  return blockSegments(segmented).flatMap((segment) => {
    const unit = units.find((u) => u.key === segment.key && u.source === segment.text);
    return unit ? [{ unit, entry: memoryUnitEntry(unit, segment.key), segment }] : [];
  });
}

/** A whole-block unit as the store entry of its block (retiredToMemory the other way). */
export function memoryUnitEntry(unit: MemoryUnit, key: string): StoreEntry {
  const { article: _article, key: _key, ...rest } = unit;
  return { key, ...rest };
}

/**
 * The locale's memory with whole-block units replaced by their entries as decided (in `kb review`,
 * by an XLIFF import), in place, so the unit standing for the block stays the decided one.
 * memory.yaml keeps no history of the decision.
 */
export function withDecidedBlocks(memory: readonly MemoryUnit[], decided: ReadonlyMap<MemoryUnit, StoreEntry>): MemoryUnit[] {
  return memory.map((unit) => {
    const entry = decided.get(unit);
    if (!entry) return unit;
    const [next] = retiredToMemory(unit.article ?? '', [entry]);
    if (!next) throw new Error(`withDecidedBlocks: the decision on ${unit.article}#${unit.key} left no target`);
    return next;
  });
}

/**
 * A locale's whole-block units grouped by article, in one pass over its memory: `kb align` keeps a
 * block a translator re-split as one memory unit, keyed `b<n>` to the article. Every other unit
 * is left out, so an article looks up its own instead of scanning the memory again. Where several
 * units have one key (a block aligned again with other words, or edited by a reviewer and then
 * aligned again), the one furthest in review, then the latest, stands for the block (`outranks`),
 * so the page, `kb status`, `kb translate` and `kb review` agree on it.
 */
export function blockUnitsByArticle(units: readonly MemoryUnit[]): Map<string, MemoryUnit[]> {
  const byArticle = new Map<string, Map<string, MemoryUnit>>();
  for (const unit of units) {
    if (unit.article === undefined || unit.key === undefined || !isBlockKey(unit.key)) continue;
    let byKey = byArticle.get(unit.article);
    if (!byKey) byArticle.set(unit.article, (byKey = new Map()));
    const kept = byKey.get(unit.key);
    if (!kept || outranks(unit, kept)) byKey.set(unit.key, unit);
  }
  return new Map([...byArticle].map(([article, byKey]) => [article, [...byKey.values()]]));
}

/**
 * Sentences translated as part of a whole block, which the site shows while the block's source
 * reads as it did and none of its sentences has a target of its own (then the page builds the
 * block sentence by sentence: see reassembleArticle's `blockTargetFor`). `units` are the
 * article's whole-block units (`blockUnitsByArticle`), `entries` its store entries; each sentence
 * key of a block a unit still translates maps to that unit. With every entry, a target still
 * waiting for review ends the coverage, so `kb translate` fills the block's other sentences
 * (`shownBlockCoverage` counts as the page shows it).
 */
export function blockUnitCoverage(segmented: SegmentedArticle, units: readonly MemoryUnit[] = [], entries: readonly Pick<StoreEntry, 'key' | 'target'>[] = []): Map<string, MemoryUnit> {
  const covered = new Map<string, MemoryUnit>();
  if (units.length === 0) return covered;
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  const targeted = new Set(entries.filter((entry) => entry.target !== undefined).map((entry) => entry.key));
  for (const block of articleBlocks(segmented)) {
    const unit = byKey.get(`b${block.index}`);
    if (unit?.source !== block.text.text || block.keys.some((key) => targeted.has(key))) continue;
    for (const key of block.keys) covered.set(key, unit);
  }
  return covered;
}

/**
 * `blockUnitCoverage` as the article's page has it under `policy`: only a sentence target the page
 * shows ends a unit's coverage. `kb status` and the review app count this way.
 */
export function shownBlockCoverage(segmented: SegmentedArticle, units: readonly MemoryUnit[], entries: StoreEntry[], policy?: PublishPolicy): Map<string, MemoryUnit> {
  if (units.length === 0) return new Map();
  return blockUnitCoverage(segmented, units, shownEntries(segmented.segments, entries, policy));
}

/**
 * The entries whose own target the article's page shows under `policy`: current, in a published
 * state, with placeholders that fit and no markup its source lacks (see translationFromStore).
 * Only these make the page build a block sentence by sentence.
 */
function shownEntries(segments: readonly Segment[], entries: StoreEntry[], policy?: PublishPolicy): StoreEntry[] {
  const published = publishedStates(policy);
  return reconcileArticle([...segments], entries).entries.filter(
    (entry, i) =>
      entry.target !== undefined &&
      !entry.outdated &&
      published.has(entry.state) &&
      checkPlaceholders(segments[i] as Segment, entry.target).length === 0 &&
      introducedUnsafeMarkup(entry.source, entry.target).length === 0,
  );
}
