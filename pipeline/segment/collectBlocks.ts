import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { BlockKind } from './types.ts';

/** A block whose inline content is translated: a heading, a paragraph or a table cell. */
export interface TranslatableBlock {
  kind: BlockKind;
  children: PhrasingContent[];
  /** Blockquotes around the block: continuation lines may repeat that many `>` markers. */
  quoteDepth: number;
}

/**
 * The translatable blocks of a document in reading order (depth-first). Code, HTML, MDX ESM and
 * flow expressions, thematic breaks, definitions and frontmatter are skipped; lists,
 * blockquotes, JSX flow elements and footnote definitions are searched for their paragraphs.
 */
export function collectBlocks(root: Root): TranslatableBlock[] {
  const blocks: TranslatableBlock[] = [];
  const visit = (node: Nodes, paragraphKind: BlockKind, quoteDepth: number): void => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', children: node.children, quoteDepth });
        return;
      case 'paragraph':
        blocks.push({ kind: paragraphKind, children: node.children, quoteDepth });
        return;
      case 'tableCell':
        blocks.push({ kind: 'tableCell', children: node.children, quoteDepth });
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, 'blockquote', quoteDepth + 1);
        return;
      case 'listItem':
        for (const child of node.children) visit(child, 'listItem', quoteDepth);
        return;
      case 'mdxJsxFlowElement':
      case 'footnoteDefinition':
        for (const child of node.children) visit(child, 'paragraph', quoteDepth);
        return;
      case 'root':
      case 'list':
      case 'table':
      case 'tableRow':
        for (const child of node.children) visit(child, paragraphKind, quoteDepth);
        return;
      default:
        return;
    }
  };
  visit(root, 'paragraph', 0);
  return blocks;
}
