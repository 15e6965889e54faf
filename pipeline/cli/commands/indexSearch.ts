import path from 'node:path';
import { loadConfig } from '../../config/loadConfig.ts';
import { parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';
import { indexSite } from '../../search/indexSite.ts';

/** `kb index`: build the Pagefind indexes of the built site (the step after `astro build`). */
export const indexCommand: Command = {
  help: `Usage: kb index [--root DIR] [--dist DIR]

Indexes the HTML in --dist (default dist/ under --root) with Pagefind: dist/pagefind/ holds one index per
<html lang>, with only the pages marked data-pagefind-body (articles that are not fallback
copies); dist/pagefind-<source>/ holds the source-language articles alone, which other locales'
search pages can search on request. Run it after astro build.`,
  async run(args) {
    const { values } = parseFlags(args, { dist: { type: 'string' } });
    const root = path.resolve(values.root ?? '.');
    const config = await loadConfig(root);
    const report = await indexSite({
      distDir: path.resolve(root, values.dist ?? 'dist'),
      sourceLocale: config.sourceLocale,
      expectedLanguages: config.locales.map((locale) => locale.tag),
    });
    for (const [lang, pages] of Object.entries(report.languages)) console.log(`search: ${lang.padEnd(6)} ${pages} pages`);
    console.log(`search: source bundle ${report.sourcePages} pages in ${report.sourceBundleDir}`);
    const sourceName = config.locales.find((locale) => locale.code === config.sourceLocale)?.englishName ?? config.sourceLocale;
    for (const lang of report.missingLanguages) {
      console.error(`warning: search/no-language-index  no indexed page has <html lang="${lang}">; its search page offers ${sourceName} results only`);
    }
    return 0;
  },
};
