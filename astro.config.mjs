// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import kbConfig from './kb.config.ts';
import { readContentLocales } from './pipeline/assemble/contentLocales.ts';
import { localizedNotFound } from './site/integrations/localizedNotFound.ts';
import { getLocale, sourceLocale } from './site/utils/locales.ts';
import { scrollableBlocks } from './site/utils/scrollableBlocks.ts';
import { sitemapEntry } from './site/utils/sitemapEntry.ts';
import { sourceLanguage } from './site/utils/sourceLanguage.ts';

const site = kbConfig.site;
const siteLocales = { locales: kbConfig.locales, sourceLocale: kbConfig.sourceLocale, site: new URL(site) };
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** @type {Promise<Map<string, string[]>> | undefined} */
let articleContentLocales;

/**
 * A sitemap entry with its hreflang links, or none for an article's fallback copy. The sitemap's own
 * `i18n` option cannot do this (and it rejects tags with digits such as `es-419`, then writes no
 * sitemap at all). Which copies are fallbacks is read, once, from the small file `kb assemble` wrote
 * (`contentLocalesFile`), not from every article again.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
async function serializeSitemapEntry(item) {
  articleContentLocales ??= readContentLocales(projectRoot);
  return sitemapEntry(item, siteLocales, await articleContentLocales);
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
      serialize: serializeSitemapEntry,
      // Not-found and search result pages are not content a search engine should list.
      filter: (page) => !/\/(404|search)\/$/.test(new URL(page).pathname),
    }),
  ],
});
