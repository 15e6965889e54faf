import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { writeBuildOutputSync } from '../fs/writeFileAtomic.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { buildBotIndex } from './buildBotIndex.ts';
import { twinPath, markdownTwin } from './markdownTwin.ts';
import { loadSiteLabels } from './siteLabels.ts';
import { writeBotFeed, type FeedManifest } from './writeBotFeed.ts';
import { shareVocabularies, type SharedVocabularies } from './shareVocabularies.ts';
import type { FeedChanges } from './feedChanges.ts';
import { llmsFullTxt, llmsTxt } from './writeLlmsTxt.ts';

export interface BotFilesReport {
  manifest: FeedManifest;
  changes: FeedChanges;
  twins: number;
}

/**
 * Everything a bot or an LLM reads from the built site, from the assembled articles: the chunk
 * feed in `<dist>/bot-index/` with each locale's bilingual vocabulary (learnt from the store and
 * the glossary on a worker thread and, once the rest is written, this one), `llms.txt` and
 * `llms-full.txt` per locale (`/llms.txt` is the source locale's), and a Markdown twin beside
 * every article page. `copies` may still be being read: the worker starts meanwhile.
 */
export async function publishBotFiles(copies: readonly AssembledArticle[] | Promise<readonly AssembledArticle[]>, config: KbConfig, root: string, distDir: string): Promise<BotFilesReport> {
  const vocabularies = shareVocabularies(root, config, distDir);
  try {
    return await publish(await copies, config, root, distDir, vocabularies);
  } catch (error) {
    await vocabularies.stop();
    throw error;
  }
}

async function publish(articles: readonly AssembledArticle[], config: KbConfig, root: string, distDir: string, vocabularies: SharedVocabularies): Promise<BotFilesReport> {
  const codes = config.locales.map((l) => l.code);
  vocabularies.start({
    articleIds: articles.filter((a) => a.locale === config.sourceLocale).map((a) => a.articleId),
    categories: [...new Set(articles.map((a) => a.category))].sort(),
  });
  const feed = buildBotIndex(articles, { locales: codes, sourceLocale: config.sourceLocale, site: config.site });
  const { manifest, changes } = await writeBotFeed(feed, { distDir, root, site: config.site, sourceLocale: config.sourceLocale, tags: new Map(config.locales.map((l) => [l.code, l.tag])) });

  const folders = new Set<string>();
  // Each twin encoded once: written beside its page, and again inside its locale's llms-full.txt.
  const twins = new Map(articles.map((a) => [a, Buffer.from(markdownTwin(a), 'utf8')]));
  for (const a of articles) writeBuildOutputSync(join(distDir, twinPath(a.locale, a.articleId)), twins.get(a)!, folders);
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
    writeBuildOutputSync(join(distDir, locale.code, 'llms.txt'), index, folders);
    if (locale.code === config.sourceLocale) writeBuildOutputSync(join(distDir, 'llms.txt'), index, folders);
    writeBuildOutputSync(join(distDir, locale.code, 'llms-full.txt'), llmsFullTxt(input, (a) => twins.get(a)!), folders);
  }
  await vocabularies.finish();
  return { manifest, changes, twins: articles.length };
}
