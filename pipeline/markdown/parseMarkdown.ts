import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension, type Transform } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export type MarkdownFormat = 'md' | 'mdx';

// Built once: parsing a thousand articles should not rebuild the extensions a thousand times.
const gfmMdast = gfmFromMarkdown();
const mdxMdast = mdxFromMarkdown();

/**
 * GFM's autolink-literal transform runs after parsing and splits text nodes into text and links
 * that have no positions (`see (https://x.example)` and the like). Segmentation splices by
 * source offsets, so it parses without the transform and applies it per text node itself.
 */
export const autolinkLiteralTransforms: readonly Transform[] = gfmMdast.flatMap((extension) => extension.transforms ?? []);
const gfmMdastWithPositions: MdastExtension[] = gfmMdast.map(({ transforms: _dropped, ...extension }) => extension);

const options = {
  md: { extensions: [gfm()], mdastExtensions: gfmMdast },
  mdx: { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxMdast, ...gfmMdast] },
};
const positionedOptions = {
  md: { extensions: [gfm()], mdastExtensions: gfmMdastWithPositions },
  mdx: { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxMdast, ...gfmMdastWithPositions] },
};

/** Parse an article body (no frontmatter) into mdast with GFM, and MDX syntax for `.mdx` files. */
export function parseMarkdown(body: string, format: MarkdownFormat): Root {
  return fromMarkdown(body, options[format]);
}

/** Like `parseMarkdown`, except that every node keeps its source position (see `autolinkLiteralTransforms`). */
export function parseMarkdownWithPositions(body: string, format: MarkdownFormat): Root {
  return fromMarkdown(body, positionedOptions[format]);
}

/** A parser error as a position in the parsed text plus a message without parser-relative positions. */
export interface MarkdownSyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * Read where a micromark/mdast error points: MDX syntax errors carry `line`/`column`; JSX tag
 * mismatches only name the range inside their reason, as `(4:1-4:25)`.
 */
export function describeSyntaxError(error: unknown): MarkdownSyntaxError {
  const { line, column, reason, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    line?: unknown;
    column?: unknown;
    reason?: unknown;
    message?: unknown;
  };
  const text = String(reason ?? message ?? error);
  const range = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(text);
  if (typeof line === 'number' && typeof column === 'number') return { line, column, message: text };
  if (range) return { line: Number(range[1]), column: Number(range[2]), message: text.replace(range[0], '') };
  return { line: 1, column: 1, message: text };
}
