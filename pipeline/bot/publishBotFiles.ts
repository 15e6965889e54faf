import type { KbConfig } from '../config/defineConfig.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { buildBotIndex } from './buildBotIndex.ts';
import type { FeedChanges } from './feedChanges.ts';
import { startBotWorker } from './startBotWorker.ts';
import { writeBotFeed, type FeedManifest } from './writeBotFeed.ts';

export interface BotFilesReport {
  manifest: FeedManifest;
  changes: FeedChanges;
  twins: number;
}

/**
 * Everything a bot or an LLM reads from the built site, from the assembled articles: the chunk
 * feed in `<dist>/bot-index/` with each locale's bilingual vocabulary (learnt from the store and
 * the glossary), `llms.txt` and `llms-full.txt` per locale (`/llms.txt` is the source locale's),
 * and a Markdown twin beside every article page. The work is shared with a worker thread (startBotWorker).
 */
export async function publishBotFiles(articles: readonly AssembledArticle[], config: KbConfig, root: string, distDir: string): Promise<BotFilesReport> {
  const codes = config.locales.map((l) => l.code);
  const worker = startBotWorker(root, config, distDir, articles, {
    articleIds: articles.filter((a) => a.locale === config.sourceLocale).map((a) => a.articleId),
    categories: [...new Set(articles.map((a) => a.category))].sort(),
  });
  const feed = buildBotIndex(articles, { locales: codes, sourceLocale: config.sourceLocale, site: config.site });
  const { manifest, changes } = await writeBotFeed(feed, { distDir, root, site: config.site, sourceLocale: config.sourceLocale, tags: new Map(config.locales.map((l) => [l.code, l.tag])) });
  await worker.finish();
  return { manifest, changes, twins: articles.length };
}
