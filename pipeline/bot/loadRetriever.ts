import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { readIfExists } from '../fs/writeFileAtomic.ts';
import type { BilingualVocabulary } from './bilingualVocabulary.ts';
import { BotRetriever, defaultSettings, type RetrievalSettings } from './botRetriever.ts';
import type { ChunkRecord } from './chunkRecord.ts';
import { parseVocabulary, vocabularyPath } from './vocabularyFile.ts';
import { botIndexDir, readFeedFile, type FeedManifest } from './writeBotFeed.ts';

/** A retriever over the feed `kb bot` wrote into `distDir` (so it works after `npm run build`). */
export async function loadRetriever(distDir: string, config: KbConfig, settings: RetrievalSettings = defaultSettings): Promise<BotRetriever> {
  const manifestFile = join(distDir, botIndexDir, 'manifest.json');
  const manifestText = await readIfExists(manifestFile);
  if (manifestText === undefined) {
    throw new UserError([fileDiagnostic(manifestFile, 'bot/no-feed', 'there is no bot feed', 'run `npm run build` (or `kb assemble` then `kb bot`) first')]);
  }
  const manifest = JSON.parse(manifestText) as FeedManifest;
  const feed = new Map<string, ChunkRecord[]>();
  const vocabularies = new Map<string, BilingualVocabulary>();
  for (const entry of manifest.locales) {
    feed.set(entry.locale, await readFeedFile(join(distDir, botIndexDir, entry.file)));
    const vocabulary = await readIfExists(join(distDir, vocabularyPath(entry.locale)));
    if (vocabulary !== undefined) vocabularies.set(entry.locale, parseVocabulary(vocabulary));
  }
  return new BotRetriever(feed, vocabularies, config.locales, settings);
}
