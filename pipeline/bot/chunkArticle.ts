import GithubSlugger from 'github-slugger';
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
 */
export function chunkArticle(body: string, options: ChunkOptions = defaultChunkOptions): ArticleChunk[] {
  const slugger = new GithubSlugger();
  const chunks: ArticleChunk[] = [];
  let h2: string | undefined;
  for (const section of markdownSections(body)) {
    const heading = inlineText(section.heading);
    const anchor = section.depth === 1 ? '' : slugger.slug(heading);
    if (section.depth === 2) h2 = heading;
    const headingPath = section.depth === 1 ? [] : section.depth === 2 || h2 === undefined ? [heading] : [h2, heading];
    packBlocks(section.blocks, options.maxTokens).forEach(({ text, tokenCount }, part) => chunks.push({ anchor, headingPath, part, text, tokenCount }));
  }
  return chunks;
}

/**
 * Plain-text pieces of ≤ maxTokens from consecutive blocks (a single larger code block stays
 * whole), with their token counts: no token spans the whitespace or end mark between units, so a
 * piece counts the sum of its units and no text is counted twice.
 */
function packBlocks(blocks: readonly MarkdownBlock[], maxTokens: number): { text: string; tokenCount: number }[] {
  const pieces: { text: string; tokenCount: number }[] = [];
  let current: string[] = [];
  let tokens = 0;
  const flush = (): void => {
    if (current.length) pieces.push({ text: current.join('\n\n'), tokenCount: tokens });
    current = [];
    tokens = 0;
  };
  for (const block of blocks) {
    const text = plainText(block.markdown, block.kind);
    if (!text) continue;
    const blockTokens = countTokens(text);
    const units = block.kind === 'text' && blockTokens > maxTokens ? sentences(text) : [text];
    for (const unit of units) {
      const size = units.length === 1 ? blockTokens : countTokens(unit);
      if (tokens > 0 && tokens + size > maxTokens) flush();
      current.push(unit);
      tokens += size;
    }
  }
  flush();
  return pieces;
}

/** Sentences of an overlong paragraph (Latin and CJK end marks). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s+|(?<=[。！？])/u).filter((s) => s.trim() !== '');
}
