import type { BlockKind, SegmentedArticle } from './types.ts';

/**
 * What `reassembleArticle` needs besides the segments: the source, and for every segment of the
 * body the source range it replaces. Plain JSON, so a segmented article can be stored.
 */
export interface ArticleSkeleton {
  format: 'md' | 'mdx';
  title: string;
  description: string;
  body: string;
  blocks: SkeletonBlock[];
}

/** A block with at least one segment; its sentences in order, separated by source gaps. */
export interface SkeletonBlock {
  kind: BlockKind;
  sentences: SkeletonSentence[];
}

/** A segment's source range `[start, end)` in the body. */
export interface SkeletonSentence {
  key: string;
  start: number;
  end: number;
  /**
   * One letter per `*`, `_`, `~` in the segment's text runs: `b` written bare in the source, `e`
   * backslash-escaped. Absent when there are none. See `delimiterPattern`.
   */
  delimiters?: string;
}

/** The skeleton of a segmented article; throws if it was not made by `segmentArticle`. */
export function readSkeleton(article: SegmentedArticle): ArticleSkeleton {
  const skeleton = article.skeleton as Partial<ArticleSkeleton> | null;
  if (
    typeof skeleton !== 'object' ||
    skeleton === null ||
    typeof skeleton.body !== 'string' ||
    typeof skeleton.title !== 'string' ||
    typeof skeleton.description !== 'string' ||
    !Array.isArray(skeleton.blocks)
  ) {
    throw new TypeError(`segmented article ${article.id} has no skeleton from segmentArticle`);
  }
  return skeleton as ArticleSkeleton;
}
