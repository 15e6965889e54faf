import GithubSlugger from 'github-slugger';
import { everySourceTextMark, isWhollySourceText, sourceTextMarks, stripSourceTextMarks } from '../assemble/sourceTextMarks.ts';
import { countTokens } from './countTokens.ts';
import { markdownSections, type MarkdownBlock } from './markdownSections.ts';
import { inlineText, plainText } from './plainText.ts';

/** A piece of one section of an article, before it gets the record's metadata. */
export interface ArticleChunk {
  /** The heading's id on the page (`#why-didnt-i-get-a-reset-code`), empty for the intro. */
  anchor: string;
  /** Plain text of the h2 (and h3) above the chunk. */
  headingPath: string[];
  /** 0 for the first piece of a section, 1… when a long section is split. */
  part: number;
  text: string;
  tokenCount: number;
  /** Every sentence of its text (code aside) is shown in the source language: a partly translated page's English section. */
  sourceLanguage: boolean;
}

export interface ChunkOptions {
  /** A section longer than this is split between blocks (a code block is never split). */
  maxTokens: number;
}

export const defaultChunkOptions: ChunkOptions = { maxTokens: 500 };

/**
 * Cut an article body into chunks: one per h2/h3 section (and one for the intro before the first
 * heading), a section over `maxTokens` split between its blocks (sentences of an overlong paragraph),
 * never across sections and never inside a code block. Anchors are the ids the site gives the
 * headings (github-slugger over the heading text, duplicates numbered), so `url#anchor` lands on it.
 * The body may carry `kb assemble`'s source-text marks: they tell which chunks are all in the
 * source language, and are not part of any chunk's text.
 */
export function chunkArticle(body: string, options: ChunkOptions = defaultChunkOptions): ArticleChunk[] {
  const slugger = new GithubSlugger();
  const chunks: ArticleChunk[] = [];
  let h2: string | undefined;
  for (const section of markdownSections(body)) {
    const heading = stripSourceTextMarks(inlineText(section.heading));
    const anchor = section.depth === 1 ? '' : slugger.slug(heading);
    if (section.depth === 2) h2 = heading;
    const headingPath = section.depth === 1 ? [] : section.depth === 2 || h2 === undefined ? [heading] : [h2, heading];
    packBlocks(section.blocks, options.maxTokens).forEach(({ text, tokenCount, sourceLanguage }, part) => chunks.push({ anchor, headingPath, part, text, tokenCount, sourceLanguage }));
  }
  return chunks;
}

type Piece = Pick<ArticleChunk, 'text' | 'tokenCount' | 'sourceLanguage'>;

/**
 * Plain-text pieces of ≤ maxTokens from consecutive blocks (a single larger code block stays
 * whole), with their token counts: no token spans the whitespace or end mark between units, so a
 * piece counts the sum of its units and no text is counted twice. A piece is in the source
 * language when each of its text units is wholly marked.
 */
function packBlocks(blocks: readonly MarkdownBlock[], maxTokens: number): Piece[] {
  const pieces: Piece[] = [];
  let current: string[] = [];
  let tokens = 0;
  let textUnits = 0;
  let sourceUnits = 0;
  const flush = (): void => {
    if (current.length) pieces.push({ text: current.join('\n\n'), tokenCount: tokens, sourceLanguage: textUnits > 0 && sourceUnits === textUnits });
    current = [];
    tokens = textUnits = sourceUnits = 0;
  };
  for (const block of blocks) {
    const marked = plainText(block.markdown, block.kind);
    const text = stripSourceTextMarks(marked);
    if (!text) continue;
    const blockTokens = countTokens(text);
    const units = block.kind === 'text' && blockTokens > maxTokens ? sentences(marked) : [marked];
    for (const unit of units) {
      const plain = units.length === 1 ? text : stripSourceTextMarks(unit);
      const size = units.length === 1 ? blockTokens : countTokens(plain);
      if (tokens > 0 && tokens + size > maxTokens) flush();
      current.push(plain);
      tokens += size;
      if (block.kind === 'text') {
        textUnits++;
        if (isWhollySourceText(unit)) sourceUnits++;
      }
    }
  }
  flush();
  return pieces;
}

/**
 * Sentences of an overlong paragraph (Latin and CJK end marks). A run of source-language
 * sentences between marks is closed at each sentence's end and opened again at the next one's
 * start, so each sentence carries whole marks of its own.
 */
function sentences(text: string): string[] {
  let inside = false;
  return text
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])/u)
    .filter((s) => s.trim() !== '')
    .map((sentence) => {
      const opened = inside;
      for (const [mark] of sentence.matchAll(everySourceTextMark)) inside = mark === sourceTextMarks.open;
      return `${opened ? sourceTextMarks.open : ''}${sentence}${inside ? sourceTextMarks.close : ''}`;
    });
}
