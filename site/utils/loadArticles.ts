import { getCollection, type CollectionEntry } from 'astro:content';
import { locales } from './locales.ts';

/** One locale's copy of an article, as `kb assemble` wrote it. */
export type Article = CollectionEntry<'articles'>;

/** Every article copy in a configured locale (copies for locales kb.config.ts lacks are ignored). */
export async function loadArticles(locale?: string): Promise<Article[]> {
  const configured = new Set(locales.map((candidate) => candidate.code));
  return getCollection('articles', (entry) =>
    locale === undefined ? configured.has(entry.data.locale) : entry.data.locale === locale,
  );
}
