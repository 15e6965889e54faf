import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin for content that can be wider than a phone: wraps each table in a scroll container
 * and makes that container and every code block keyboard-focusable, so sideways scrolling works
 * without a mouse (WCAG 2.1.1) instead of the whole page growing wide.
 */
export function rehypeScrollable() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'pre') {
        node.properties.tabIndex = 0;
        return 'skip';
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0 },
        children: [node],
      };
      // The table now sits one level down; skip it rather than wrapping it again.
      return 'skip';
    });
  };
}
