import { createSatteriMarkdownProcessor, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { LocaleConfig } from '../../pipeline/config/defineConfig.ts';
import { stripSourceTextMarks } from '../../pipeline/assemble/sourceTextMarks.ts';
import { translationFromStore } from '../../pipeline/assemble/translationFromStore.ts';
import { segmentArticle } from '../../pipeline/segment/index.ts';
import type { StoreEntry } from '../../pipeline/store/index.ts';
import { scrollableBlocks } from './scrollableBlocks.ts';
import { sourceLanguage } from './sourceLanguage.ts';

const german: LocaleConfig = { code: 'de', tag: 'de', dir: 'ltr', label: 'Deutsch', englishName: 'German', formality: 'formal' };

/** The body `kb assemble` writes for an article whose sentences at `targets`' keys are translated, the rest not. */
function assembledBody(format: 'md' | 'mdx', body: string, targets: Record<string, string>): string {
  const article = segmentArticle({ id: 'calls/echo', format, title: 'Echo', description: 'Echo.', body }, { sourceLocale: 'en' });
  const entries: StoreEntry[] = article.segments.flatMap((s) => (targets[s.key] ? [{ key: s.key, hash: s.hash, source: s.text, target: targets[s.key], state: 'translated' as const }] : []));
  const translation = translationFromStore(article, entries, [], german);
  if (!translation) throw new Error('nothing translated');
  return translation.body;
}

/** Markdown as the site renders it (astro.config.mjs): Sätteri with Prism and the site's hast plugins. */
async function renderMarkdown(markdown: string) {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: 'prism', hastPlugins: [scrollableBlocks, sourceLanguage('en')] });
  const { code, metadata } = await processor.render(markdown);
  return { html: code, headings: metadata.headings };
}

/** MDX compiled by Sätteri with the plugin and heading ids as @astrojs/mdx orders them, run with a JSX runtime that writes HTML. */
async function renderMdx(mdx: string): Promise<string> {
  const Fragment = Symbol('Fragment');
  const jsx = (type: unknown, props: unknown): string => {
    const { children, ...attributes } = props as Record<string, unknown>;
    const inner = [children ?? []].flat().join('');
    return type === Fragment ? inner : `<${String(type)}${Object.entries(attributes).map(([name, value]) => ` ${name}="${String(value)}"`).join('')}>${inner}</${String(type)}>`;
  };
  const module = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, hastPlugins: [sourceLanguage('en'), satteriHeadingIdsPlugin()] });
  return (module.default as (props: object) => string)({ components: { Kbd: 'kbd', Note: 'aside' } });
}

/** The HTML without the attributes and spans the plugin adds: what the page would be without it. */
const withoutLang = (html: string) => html.replace(/ lang="en"/g, '').replace(/<span>([^<]*(?:<(?!\/span>)[^<]*)*)<\/span>/g, '$1');

const markdown = [
  '## Fix the echo',
  'Open **Settings** and tap [Reset](../account/reset-password). Then wait.',
  '- Use `--force` here.\n- See https://status.lumo.example',
  '| Plan | Note |\n|---|---|\n| Free | Ads shown. No backup. |',
  'Whole paragraph here. Second one.',
].join('\n\n') + '\n';

describe('sourceLanguage', () => {
  it('md: English sentences of a translated page carry lang="en" in paragraphs, list items, table cells and headings; the rest is unchanged', async () => {
    const body = assembledBody('md', markdown, { 'b1.s1': 'Dann warten.', 'b2.s0': 'Verwenden Sie hier {1}.', 'b4.s0': 'Tarif', 'b5.s0': 'Hinweis', 'b6.s0': 'Kostenlos', 'b7.s1': 'Keine Sicherung.' });
    const marked = await renderMarkdown(body);
    expect(marked.html).toContain('<h2 lang="en" id="fix-the-echo">Fix the echo</h2>');
    expect(marked.html).toContain('<p><span lang="en">Open <strong>Settings</strong> and tap <a href="../account/reset-password">Reset</a>.</span> Dann warten.</p>');
    expect(marked.html).toContain('<li>Verwenden Sie hier <code>--force</code>.</li>\n<li lang="en">See <a href="https://status.lumo.example">https://status.lumo.example</a></li>');
    expect(marked.html).toContain('<td><span lang="en">Ads shown.</span> Keine Sicherung.</td>');
    expect(marked.html).toContain('<p lang="en">Whole paragraph here. Second one.</p>');
    // Only attributes and spans differ from the page rendered without marks: links, code, anchors and contents stay.
    const plain = await renderMarkdown(stripSourceTextMarks(body));
    expect(withoutLang(marked.html)).toBe(plain.html);
    expect(marked.headings).toEqual(plain.headings);
    expect(marked.html).not.toMatch(/[\u2E02\u2E03]/);
  });

  it('md: a table cell that is English as a whole carries lang="en" itself, header or data cell', async () => {
    // "Note" and "Free" have no translation; the rest of the table is German.
    const body = assembledBody('md', markdown, { 'b1.s1': 'Dann warten.', 'b4.s0': 'Tarif', 'b7.s0': 'Werbung.', 'b7.s1': 'Keine Sicherung.' });
    const { html } = await renderMarkdown(body);
    expect(html).toContain('<th>Tarif</th>');
    expect(html).toContain('<th lang="en">Note</th>');
    expect(html).toContain('<td lang="en">Free</td>');
    expect(html).toContain('<td>Werbung. Keine Sicherung.</td>');
    expect(withoutLang(html)).toBe((await renderMarkdown(stripSourceTextMarks(body))).html);
  });

  it('mdx: the same inside JSX, around components and in headings', async () => {
    const body = assembledBody('mdx', '## Fix the echo\n\nPress <Kbd>Ctrl</Kbd> now. Then wait.\n\n<Note>\nInside the note. Second.\n</Note>\n', { 'b1.s1': 'Dann warten.', 'b2.s1': 'Zweitens.' });
    const html = await renderMdx(body);
    expect(html).toContain('<h2 lang="en" id="fix-the-echo">Fix the echo</h2>');
    expect(html).toContain('<p><span lang="en">Press <kbd>Ctrl</kbd> now.</span> Dann warten.</p>');
    expect(html).toContain('<aside><p><span lang="en">Inside the note.</span> Zweitens.</p></aside>');
    expect(withoutLang(html)).toBe(await renderMdx(stripSourceTextMarks(body)));
  });

  it('leaves a document without marks alone', async () => {
    const plain = 'Nur Deutsch. [Link](/x/)\n';
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: 'prism' });
    expect((await renderMarkdown(plain)).html).toBe((await processor.render(plain)).code);
  });
});
