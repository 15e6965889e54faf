import { renumberPlaceholders } from './placeholderText.ts';
import type { ArticleSkeleton } from './skeleton.ts';
import type { Segment } from './types.ts';

/** A sentence or a whole block: text with placeholders, and what each placeholder stands for. */
export type PlaceholderText = Pick<Segment, 'text' | 'placeholders'>;

/**
 * A block's sentences as one text, placeholders renumbered to stay unique across the block, joined
 * as the file joins them (a space in English, nothing between Japanese sentences).
 */
export function joinBlock(segments: Segment[], skeleton: ArticleSkeleton): PlaceholderText {
  const ranges = new Map(skeleton.blocks.flatMap((b) => b.sentences).map((s) => [s.key, s]));
  let offset = 0;
  let text = '';
  const placeholders: PlaceholderText['placeholders'] = [];
  segments.forEach((segment, i) => {
    const base = offset;
    offset += segment.placeholders.length;
    if (i > 0) {
      const previous = ranges.get((segments[i - 1] as Segment).key);
      const current = ranges.get(segment.key);
      text += previous && current && previous.end === current.start ? '' : ' ';
    }
    text += renumberPlaceholders(segment.text, (id) => id + base);
    placeholders.push(...segment.placeholders.map((p) => ({ ...p, id: p.id + base })));
  });
  return { text, placeholders };
}
