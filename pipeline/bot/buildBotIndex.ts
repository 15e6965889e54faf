import { hash } from 'node:crypto';
import { articleUrl } from '../assemble/sitePaths.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { chunkArticle, defaultChunkOptions, type ChunkOptions } from './chunkArticle.ts';
import type { ChunkRecord } from './chunkRecord.ts';
import { feedState } from './feedState.ts';

export interface BotIndexOptions {
  /** Locale codes in feed order (kb.config.ts order); copies in other locales are left out. */
  locales: readonly string[];
  sourceLocale: string;
  /** Origin the URLs start with (`https://help.lumo.example`); empty for site-relative URLs. */
  site: string;
  chunk?: ChunkOptions;
}

/**
 * The bot feed: every assembled copy cut into chunk records, per locale, ordered by article id
 * and then position in the article — the same input always gives the same bytes.
 */
export function buildBotIndex(articles: readonly AssembledArticle[], options: BotIndexOptions): Map<string, ChunkRecord[]> {
  const feed = new Map<string, ChunkRecord[]>(options.locales.map((code) => [code, []]));
  const sorted = [...articles].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  for (const article of sorted) feed.get(article.locale)?.push(...articleRecords(article, options));
  return feed;
}

/** The chunk records of one article copy. */
export function articleRecords(article: AssembledArticle, options: Pick<BotIndexOptions, 'sourceLocale' | 'site' | 'chunk'>): ChunkRecord[] {
  const state = feedState(article.status);
  return chunkArticle(article.markedBody ?? article.body, options.chunk ?? defaultChunkOptions).map((chunk) => ({
    id: `${article.locale}:${article.articleId}#${chunk.anchor}:${chunk.part}`,
    article_id: article.articleId,
    locale: article.locale,
    // A fallback copy is the original; so is a section of a partly translated page shown all in English.
    content_locale: state === 'fallback' || chunk.sourceLanguage ? options.sourceLocale : article.locale,
    state,
    url: options.site + articleUrl(article.locale, article.articleId, chunk.anchor ? `#${chunk.anchor}` : ''),
    title: article.title,
    heading_path: chunk.headingPath,
    type: article.type,
    category: article.category,
    tags: article.tags,
    text: chunk.text,
    token_count: chunk.tokenCount,
    source_hash: sha256(chunk.text),
    updated: article.updated,
  }));
}

export function sha256(text: string | Uint8Array): string {
  // The one-shot hash: a Hash object per record cost more than the hashing (64,000 records).
  return hash('sha256', text, 'hex');
}
