// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import kbConfig from './kb.config.ts';

/** Sitemap hreflang map, code → BCP 47 tag, straight from kb.config.ts so a new locale needs no edit here. */
const sitemapLocales = Object.fromEntries(kbConfig.locales.map((locale) => [locale.code, locale.tag]));

export default defineConfig({
  site: 'https://help.lumo.example',
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
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: kbConfig.sourceLocale, locales: sitemapLocales },
      // Not-found and search result pages are not content a search engine should list.
      filter: (page) => !/\/(404|search)\/$/.test(new URL(page).pathname),
    }),
  ],
});
