import { readSkeleton } from '../segment/skeleton.ts';
import type { Segment, SegmentedArticle } from '../segment/types.ts';
import { joinBlock } from '../segment/joinBlock.ts';
import { mapPlaceholders } from './mapPlaceholders.ts';

/** A source segment and its translation, placeholders numbered as in the source. */
export interface AlignedPair {
  segment: Segment;
  target: string;
}

/**
 * Why a block is aligned as one unit instead of sentence by sentence: its sentence counts differ,
 * or they agree but the inline markup sits in different sentences (en one sentence with two code
 * spans, ja two sentences with one each), so no sentence pairs with its counterpart.
 */
export type WholeBlockReason = 'sentence-count' | 'markup';

/** A whole block aligned as one unit, placeholders numbered as in the source block. */
export interface AlignedBlock {
  blockIndex: number;
  source: string;
  target: string;
  reason: WholeBlockReason;
}

/** Something the translation says differently from its source, and the key (`b4`, `title`) it is at. */
export interface AlignmentProblem {
  at: string;
  message: string;
}

export interface ArticleAlignment {
  pairs: AlignedPair[];
  blocks: AlignedBlock[];
  /** Units whose inline markup differs even as a whole block: left untranslated, the rest is kept. */
  unmatched: AlignmentProblem[];
  /** The block structure does not line up: the article cannot be aligned at all. */
  problems: AlignmentProblem[];
}

interface BlockShape {
  kind: string;
  segments: Segment[];
}

/**
 * Align a translated article with its source: title with title, description with description,
 * then block by block (headings, paragraphs, list items, table cells in the same order and of the
 * same kinds). Within a block, sentence by sentence when every sentence pairs with its
 * counterpart; else the block becomes one unit. Only a difference in the block structure is a
 * problem for the whole article; nothing is guessed.
 */
export function alignArticle(source: SegmentedArticle, translation: SegmentedArticle): ArticleAlignment {
  const alignment: ArticleAlignment = { pairs: [], blocks: [], unmatched: [], problems: [] };

  for (const field of ['title', 'description']) {
    const s = source.segments.find((x) => x.key === field);
    const t = translation.segments.find((x) => x.key === field);
    if (!s) continue;
    if (!t) {
      alignment.problems.push({ at: field, message: `the translation has no ${field}` });
      continue;
    }
    const mapped = mapPlaceholders(s, t);
    if ('problem' in mapped) alignment.unmatched.push({ at: field, message: `${field}: ${mapped.problem}; left untranslated` });
    else alignment.pairs.push({ segment: s, target: mapped.text });
  }

  const sourceBlocks = blockShapes(source.segments);
  const translatedBlocks = blockShapes(translation.segments);
  const sourceSkeleton = readSkeleton(source);
  const translationSkeleton = readSkeleton(translation);
  const indices = [...new Set([...sourceBlocks.keys(), ...translatedBlocks.keys()])].sort((a, b) => a - b);
  for (const index of indices) {
    const s = sourceBlocks.get(index);
    const t = translatedBlocks.get(index);
    if (!s || !t || s.kind !== t.kind) {
      alignment.problems.push({
        at: `b${index}`,
        message: `block ${index + 1} is ${describe(s)} in the source but ${describe(t)} in the translation`,
      });
      break; // Every later block is shifted too; one problem says where the structure parts.
    }
    const sentences = pairSentences(s.segments, t.segments);
    if (sentences) {
      alignment.pairs.push(...sentences);
      continue;
    }
    const sourceBlock = joinBlock(s.segments, sourceSkeleton);
    const mapped = mapPlaceholders(sourceBlock, joinBlock(t.segments, translationSkeleton));
    if ('problem' in mapped) {
      alignment.unmatched.push({ at: `b${index}`, message: `block ${index + 1}: ${mapped.problem}; left untranslated` });
    } else {
      const reason = s.segments.length === t.segments.length ? 'markup' : 'sentence-count';
      alignment.blocks.push({ blockIndex: index, source: sourceBlock.text, target: mapped.text, reason });
    }
  }
  return alignment;
}

/** Sentence pairs of a block, or undefined when the counts differ or any sentence's markup has no partner. */
function pairSentences(source: Segment[], translation: Segment[]): AlignedPair[] | undefined {
  if (source.length !== translation.length) return undefined;
  const pairs: AlignedPair[] = [];
  for (const [i, segment] of source.entries()) {
    const mapped = mapPlaceholders(segment, translation[i] as Segment);
    if ('problem' in mapped) return undefined;
    pairs.push({ segment, target: mapped.text });
  }
  return pairs;
}

/** Body blocks by index (from `b<block>.s<sentence>` keys), with their kind and sentences. */
function blockShapes(segments: Segment[]): Map<number, BlockShape> {
  const shapes = new Map<number, BlockShape>();
  for (const segment of segments) {
    const match = /^b(\d+)\.s\d+$/.exec(segment.key);
    if (!match) continue;
    const index = Number(match[1]);
    const shape = shapes.get(index) ?? { kind: segment.block, segments: [] };
    shape.segments.push(segment);
    shapes.set(index, shape);
  }
  return shapes;
}

function describe(shape: BlockShape | undefined): string {
  if (!shape) return 'missing';
  const text = shape.segments[0]?.text ?? '';
  return `a ${shape.kind} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
}
