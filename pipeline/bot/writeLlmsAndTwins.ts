import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { writeFileAtomic } from '../fs/writeFileAtomic.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { markdownTwin, twinPath } from './markdownTwin.ts';
import { loadSiteLabels } from './siteLabels.ts';
import { buildOutput } from './writeBotFeed.ts';
import { llmsFullTxt, llmsTxt } from './writeLlmsTxt.ts';

/** `llms.txt` and `llms-full.txt` per locale (`/llms.txt` is the source locale's) and a Markdown twin beside every article page. */
export async function writeLlmsAndTwins(articles: readonly AssembledArticle[], config: KbConfig, distDir: string): Promise<void> {
  const codes = config.locales.map((l) => l.code);
  const byLocale = new Map<string, AssembledArticle[]>(codes.map((code) => [code, []]));
  for (const a of [...articles].sort((x, y) => (x.articleId < y.articleId ? -1 : 1))) byLocale.get(a.locale)?.push(a);
  for (const locale of config.locales) {
    const mine = byLocale.get(locale.code) ?? [];
    const input = {
      locale: locale.code,
      site: config.site,
      labels: await loadSiteLabels(locale.code, config.sourceLocale),
      articles: mine,
      otherLocales: config.locales.filter((l) => l.code !== locale.code).map((l) => [l.label, `/${l.code}/llms.txt`] as const),
    };
    const index = llmsTxt(input);
    await writeFileAtomic(join(distDir, locale.code, 'llms.txt'), index, buildOutput);
    if (locale.code === config.sourceLocale) await writeFileAtomic(join(distDir, 'llms.txt'), index, buildOutput);
    await writeFileAtomic(join(distDir, locale.code, 'llms-full.txt'), llmsFullTxt(input), buildOutput);
  }
  await inBatches(articles, 32, (a) => writeFileAtomic(join(distDir, twinPath(a.locale, a.articleId)), markdownTwin(a), buildOutput));
}

/** Run `task` over `items`, at most `size` at a time (thousands of small writes at once exhaust file handles). */
async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(task));
}
