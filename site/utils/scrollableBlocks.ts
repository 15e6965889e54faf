import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Hast plugin for content that can be wider than a phone: wraps each table in a scroll container
 * and makes that container and every code block keyboard-focusable, so sideways scrolling works
 * without a mouse (WCAG 2.1.1) instead of the whole page growing wide.
 */
export const scrollableBlocks: HastPlugin = {
  name: 'scrollable-blocks',
  element: [
    {
      filter: ['pre'],
      visit(node, ctx) {
        ctx.setProperty(node, 'tabIndex', 0);
      },
    },
    {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0 }, children: [] });
      },
    },
  ],
};
