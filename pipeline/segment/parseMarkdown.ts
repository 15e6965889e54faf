import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension, type Transform } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

// Built once: segmenting a thousand articles should not rebuild the extensions a thousand times.
const gfmMdast = gfmFromMarkdown();

/**
 * GFM's autolink-literal transform runs after parsing and splits text nodes into text and links
 * that have no positions (`see (https://x.example)` and the like). Segmentation splices by
 * source offsets, so it parses without the transform and applies it per text node itself.
 */
export const autolinkLiteralTransforms: readonly Transform[] = gfmMdast.flatMap((extension) => extension.transforms ?? []);

const gfmMdastWithPositions: MdastExtension[] = gfmMdast.map(({ transforms: _dropped, ...extension }) => extension);
const options = {
  md: { extensions: [gfm()], mdastExtensions: gfmMdastWithPositions },
  mdx: { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), ...gfmMdastWithPositions] },
};

/**
 * Parse an article body like `pipeline/markdown/parseMarkdown.ts` does (GFM, plus MDX for
 * `.mdx`), except that every node keeps its source position (see `autolinkLiteralTransforms`).
 */
export function parseMarkdownWithPositions(body: string, format: 'md' | 'mdx'): Root {
  return fromMarkdown(body, options[format]);
}
