import { joinBlock, type PlaceholderText } from './joinBlock.ts';
import { segmentHash } from './segmentHash.ts';
import { readSkeleton, type ArticleSkeleton, type SkeletonBlock } from './skeleton.ts';
import type { Segment, SegmentedArticle } from './types.ts';

/** A body block as one unit: what `kb align` keeps whole (keyed `b<index>`) when a translator re-split it. */
export interface WholeBlock {
  index: number;
  /** Keys of the block's sentences, in order. */
  keys: string[];
  /** The sentences joined, placeholders numbered across the block. */
  text: PlaceholderText;
}

/** `block` as one unit, or undefined for a block without body sentences (title, description). */
export function wholeBlock(skeleton: ArticleSkeleton, block: SkeletonBlock, segments: ReadonlyMap<string, Segment>): WholeBlock | undefined {
  const match = /^b(\d+)\.s\d+$/.exec(block.sentences[0]?.key ?? '');
  if (!match) return undefined;
  const keys = block.sentences.map((sentence) => sentence.key);
  return { index: Number(match[1]), keys, text: joinBlock(keys.flatMap((key) => segments.get(key) ?? []), skeleton) };
}

/** Every body block of a segmented article as one unit, in article order. */
export function articleBlocks(segmented: SegmentedArticle): WholeBlock[] {
  const skeleton = readSkeleton(segmented);
  const segments = new Map(segmented.segments.map((segment) => [segment.key, segment]));
  return skeleton.blocks.flatMap((block) => wholeBlock(skeleton, block, segments) ?? []);
}

/**
 * Every body block as one segment keyed `b<index>`, what a whole-block unit of `kb align`
 * translates: its sentences joined, their words added up, hashed like a sentence.
 */
export function blockSegments(segmented: SegmentedArticle): Segment[] {
  const segments = new Map(segmented.segments.map((segment) => [segment.key, segment]));
  return articleBlocks(segmented).map(({ index, keys, text }) => {
    const sentences = keys.flatMap((key) => segments.get(key) ?? []);
    return { key: `b${index}`, block: sentences[0]!.block, ...text, hash: segmentHash(text.text), words: sentences.reduce((sum, s) => sum + s.words, 0) };
  });
}
