import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { scrollableBlocks } from './scrollableBlocks.ts';

/** The site's Markdown pipeline: Sätteri with Prism, as astro.config.mjs sets it up. */
async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: 'prism', hastPlugins: [scrollableBlocks] });
  return (await processor.render(markdown)).code;
}

const table = '| Plan | Price |\n|---|---|\n| Free | 0 |\n';

describe('scrollableBlocks', () => {
  it('wraps every table exactly once in a focusable scroll container', async () => {
    const html = await render(`Intro\n\n${table}\nBetween\n\n${table}`);
    expect(html.match(/<div class="table-scroll" tabindex="0"><table>/g)).toHaveLength(2);
    expect(html.match(/<div/g)).toHaveLength(2);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });
  it('wraps tables nested inside other elements', async () => {
    expect(await render(`> ${table.replace(/\n(?=.)/g, '\n> ')}`)).toMatch(/<blockquote>\s*<div class="table-scroll" tabindex="0"><table>/);
  });
  it('makes highlighted code blocks focusable and leaves inline code alone', async () => {
    const html = await render('Run `npm test` first.\n\n```ts\nconst a = 1;\n```\n');
    expect(html).toMatch(/<pre class="language-ts"[^>]* tabindex="0"><code class="language-ts">/);
    expect(html).toContain('<code>npm test</code>');
    expect(html.match(/tabindex/g)).toHaveLength(1);
  });
});
