// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import kbConfig from './kb.config.ts';
import { localizedNotFound } from './site/integrations/localizedNotFound.ts';
import { alternateLinks } from './site/utils/alternates.ts';
import { getLocale, sourceLocale } from './site/utils/locales.ts';
import { pathWithinLocale } from './site/utils/localizedUrl.ts';
import { scrollableBlocks } from './site/utils/scrollableBlocks.ts';
import { sourceLanguage } from './site/utils/sourceLanguage.ts';

const site = kbConfig.site;
const localeCodes = new Set(kbConfig.locales.map((locale) => locale.code));

/**
 * hreflang links for a sitemap entry, from kb.config.ts. The sitemap's own `i18n` option would do this,
 * but it rejects tags with digits such as `es-419`, and then writes no sitemap at all.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withAlternates(item) {
  const pathname = new URL(item.url).pathname;
  if (!localeCodes.has(pathname.split('/')[1] ?? '')) return item;
  const links = alternateLinks(pathWithinLocale(pathname), kbConfig.locales, kbConfig.sourceLocale, new URL(site));
  return { ...item, links: links.map((link) => ({ url: link.href, lang: link.hreflang })) };
}

export default defineConfig({
  site,
  srcDir: './site',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page beats re-sending inlined CSS with each article.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Prism marks tokens with classes; Shiki would inline a style on every token and bloat each page.
    syntaxHighlight: 'prism',
    // Sätteri (native) renders the same HTML as the remark/rehype processor about 20× faster, which
    // decides the build time of thousands of articles × 8 locales (see bench/build.ts). MDX uses it too.
    // sourceLanguage: English sentences of a translated page get lang="en" (before heading ids are made).
    processor: satteri({ hastPlugins: [scrollableBlocks, sourceLanguage(getLocale(sourceLocale).tag)] }),
  },
  integrations: [
    mdx(),
    localizedNotFound(kbConfig.locales.map((locale) => locale.code)),
    sitemap({
      serialize: withAlternates,
      // Not-found and search result pages are not content a search engine should list.
      filter: (page) => !/\/(404|search)\/$/.test(new URL(page).pathname),
    }),
  ],
});
