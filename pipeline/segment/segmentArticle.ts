import { collectBlocks } from './collectBlocks.ts';
import { countWords } from './countWords.ts';
import { dntPattern } from './dntPattern.ts';
import { extractInline, extractPlain, type InlineText } from './extractInline.ts';
import { parseMarkdownWithPositions } from '../markdown/parseMarkdown.ts';
import { escapeBraces, hasProse, normalizeWhitespace, tokenizePlaceholders } from './placeholderText.ts';
import { segmentHash } from './segmentHash.ts';
import type { ArticleSkeleton, SkeletonBlock } from './skeleton.ts';
import { sentenceRanges } from './splitSentences.ts';
import type { BlockKind, Placeholder, Segment, SegmentedArticle } from './types.ts';

/** An article as the segmenter reads it: frontmatter fields it translates, and the body. */
export interface ArticleInput {
  id: string;
  format: 'md' | 'mdx';
  title: string;
  description: string;
  /** Markdown without frontmatter. */
  body: string;
}

export interface SegmentOptions {
  /** BCP 47 tag of the source language, e.g. `en`: drives sentence splitting and word counts. */
  sourceLocale: string;
  /** Terms kept as they are, e.g. `['Lumo', 'Lumo Premium']`: whole words, case-sensitive. */
  doNotTranslate?: readonly string[];
}

/**
 * Split an article into translatable segments.
 *
 * Keys: `title` and `description` (one segment each, never split into sentences), and
 * `b<block>.s<sentence>` for the body. `<block>` counts, from 0 in reading order, every heading,
 * paragraph (also inside list items, blockquotes, JSX elements and footnotes) and table cell,
 * including those that yield no segment (an image-only paragraph, an empty cell) so that editing
 * one block never renumbers another; code, HTML, ESM, expressions and thematic breaks do not
 * count. `<sentence>` counts from 0 the segments of that block. A block or sentence without a
 * letter or digit outside placeholders is not a segment (it stays as it is).
 */
export function segmentArticle(input: ArticleInput, options: SegmentOptions): SegmentedArticle {
  const locale = options.sourceLocale;
  const dnt = dntPattern(options.doNotTranslate ?? []);
  const segments: Segment[] = [];
  const blocks: SkeletonBlock[] = [];

  for (const field of ['title', 'description'] as const) {
    const plain = extractPlain(input[field], dnt);
    const text = renumber(plain, 0, plain.text.length);
    if (hasProse(text.text)) segments.push(makeSegment(field, field, text, locale));
  }

  const tree = parseMarkdownWithPositions(input.body, input.format);
  for (const [index, block] of collectBlocks(tree).entries()) {
    if (block.children.length === 0) continue;
    const inline = extractInline(block.children, input.body, { quoteDepth: block.quoteDepth, dnt });
    const skeletonBlock: SkeletonBlock = { kind: block.kind, sentences: [] };
    for (const range of sentenceRanges(inline.text, locale, inline.placeholders)) {
      const text = renumber(inline, range.start, range.end);
      if (!hasProse(text.text)) continue;
      const key = `b${index}.s${skeletonBlock.sentences.length}`;
      segments.push(makeSegment(key, block.kind, text, locale));
      skeletonBlock.sentences.push({
        key,
        start: inline.sourceStarts[range.start] ?? 0,
        end: inline.sourceEnds[range.end - 1] ?? 0,
        ...(text.delimiters ? { delimiters: text.delimiters } : {}),
      });
    }
    if (skeletonBlock.sentences.length) blocks.push(skeletonBlock);
  }

  const skeleton: ArticleSkeleton = {
    format: input.format,
    title: input.title,
    description: input.description,
    body: input.body,
    blocks,
  };
  return { id: input.id, sourceLocale: locale, segments, skeleton };
}

function makeSegment(key: string, block: BlockKind, { text, placeholders }: SentenceText, locale: string): Segment {
  return { key, block, text, placeholders, hash: segmentHash(text), words: countWords(text, locale) };
}

interface SentenceText {
  text: string;
  placeholders: Placeholder[];
  /** For each `*`, `_`, `~` in the text runs, `b` if the source wrote it bare, `e` if escaped. */
  delimiters: string;
}

/** Cut `[start, end)` out of block text: placeholders renumbered from 1, whitespace normalised. */
function renumber(inline: InlineText, start: number, end: number): SentenceText {
  const byId = new Map(inline.placeholders.map((placeholder) => [placeholder.id, placeholder]));
  const newIds = new Map<number, number>();
  const placeholders: Placeholder[] = [];
  let text = '';
  let delimiters = '';
  const slice = inline.text.slice(start, end);
  for (const token of tokenizePlaceholders(slice)) {
    if (token.type === 'text') {
      text += escapeBraces(token.value);
      for (let i = token.start; i < token.end; i += 1) {
        const char = slice[i] ?? '';
        if (/[*_~]/.test(char)) delimiters += inline.bareDelimiters.has(start + i) ? 'b' : 'e';
        if ((char === '{' || char === '}') && slice[i + 1] === char) i += 1;
      }
    }
    if (token.type !== 'open' && token.type !== 'close') continue;
    let id = newIds.get(token.id);
    const placeholder = byId.get(token.id);
    if (id === undefined && placeholder) {
      id = placeholders.length + 1;
      newIds.set(token.id, id);
      placeholders.push({ ...placeholder, id });
    }
    text += token.type === 'open' ? `{${id}}` : `{/${id}}`;
  }
  return { text: normalizeWhitespace(text), placeholders, delimiters };
}
