import type { Segment, SegmentedArticle } from '../segment/types.ts';
import { mapPlaceholders, renumberPlaceholders } from './mapPlaceholders.ts';

/** A source segment and its translation, placeholders numbered as in the source. */
export interface AlignedPair {
  segment: Segment;
  target: string;
}

/** A whole block aligned as one unit because its sentence counts differ. */
export interface AlignedBlock {
  blockIndex: number;
  source: string;
  target: string;
}

/** Why an article's translation does not line up with its source, where the translation says so. */
export interface AlignmentProblem {
  /** Key of the source segment or block (`b4`, `title`) the problem is at. */
  at: string;
  message: string;
}

export interface ArticleAlignment {
  pairs: AlignedPair[];
  blocks: AlignedBlock[];
  problems: AlignmentProblem[];
}

interface BlockShape {
  kind: string;
  segments: Segment[];
}

/**
 * Align a translated article with its source: title with title, description with description,
 * then block by block (headings, paragraphs, list items, table cells in the same order and of the
 * same kinds), and sentence by sentence where a block has as many sentences on both sides; else
 * the block becomes one unit. Any structural difference is a problem; nothing is guessed.
 */
export function alignArticle(source: SegmentedArticle, translation: SegmentedArticle): ArticleAlignment {
  const problems: AlignmentProblem[] = [];
  const pairs: AlignedPair[] = [];
  const blocks: AlignedBlock[] = [];
  const pair = (segment: Segment, translated: Segment) => {
    const mapped = mapPlaceholders(segment, translated);
    if ('problem' in mapped) problems.push({ at: segment.key, message: mapped.problem });
    else pairs.push({ segment, target: mapped.text });
  };

  for (const field of ['title', 'description']) {
    const s = source.segments.find((x) => x.key === field);
    const t = translation.segments.find((x) => x.key === field);
    if (s && t) pair(s, t);
    else if (s) problems.push({ at: field, message: `the translation has no ${field}` });
  }

  const sourceBlocks = blockShapes(source.segments);
  const translatedBlocks = blockShapes(translation.segments);
  const indices = [...new Set([...sourceBlocks.keys(), ...translatedBlocks.keys()])].sort((a, b) => a - b);
  for (const index of indices) {
    const s = sourceBlocks.get(index);
    const t = translatedBlocks.get(index);
    if (!s || !t || s.kind !== t.kind) {
      problems.push({
        at: `b${index}`,
        message: `block ${index + 1} is ${describe(s)} in the source but ${describe(t)} in the translation`,
      });
      break; // Every later block is shifted too; one problem says where the structure parts.
    }
    if (s.segments.length === t.segments.length) {
      s.segments.forEach((segment, i) => pair(segment, t.segments[i] as Segment));
    } else {
      blocks.push({ blockIndex: index, source: joinSentences(s.segments), target: joinSentences(t.segments) });
    }
  }
  return { pairs, blocks, problems };
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

/** Sentences of one block as one text, placeholders renumbered to stay unique across the block. */
function joinSentences(segments: Segment[]): string {
  let offset = 0;
  const parts = segments.map((segment) => {
    const base = offset;
    offset += segment.placeholders.length;
    const shifted = renumberPlaceholders(segment.text, (id) => id + base);
    return shifted;
  });
  return parts.join(' ');
}
