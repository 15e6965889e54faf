import type { BilingualVocabulary } from '../../../pipeline/bot/bilingualVocabulary.ts';
import { parseVocabulary } from '../../../pipeline/bot/vocabularyFile.ts';
import type { SearchEngine } from './pagefindTypes.ts';
import { loadResultItems, type ResultItem } from './resultItems.ts';
import { searchSite } from './searchSite.ts';

export interface SearchOriginalsOptions {
  /** BCP 47 tag of the reader's language. */
  lang: string;
  /** BCP 47 tag of the originals' language (`en`): its stop words go too. */
  sourceLang: string;
  /** Ids of the articles not translated into the reader's language: the only ones offered. */
  untranslated: readonly string[];
  /** The locale's bilingual vocabulary; without it the reader's words are searched as typed. */
  vocabulary?: BilingualVocabulary | null;
  limit: number;
}

/**
 * The "search the English originals" offer of a locale's search page, also run by `eval:search`:
 * the reader's question, translated word by word with the locale's vocabulary, searched in the
 * source-language index; only articles without a translation in the reader's language are kept
 * (translated ones are the locale index's job). At most twice `limit` fragments are loaded while
 * looking for them: each is a download.
 */
export async function searchOriginals(engine: SearchEngine, query: string, options: SearchOriginalsOptions): Promise<ResultItem[]> {
  const { lang, sourceLang, vocabulary, limit } = options;
  const { hits } = await searchSite(engine, query, { lang, alsoStopIn: [sourceLang], vocabulary: vocabulary ?? undefined });
  const untranslated = new Set(options.untranslated);
  return loadResultItems(hits, { limit, accept: (id) => untranslated.has(id), scanLimit: 2 * limit });
}

/**
 * Fetch a locale's vocabulary (`bot-index/vocabulary/<locale>.json`, written by `kb bot`). Null when
 * it cannot be had (a build without `kb bot`, a network error): the search then runs untranslated.
 */
export async function fetchVocabulary(url: string, fetcher: typeof fetch = fetch): Promise<BilingualVocabulary | null> {
  try {
    const response = await fetcher(url);
    return response.ok ? parseVocabulary(await response.text()) : null;
  } catch {
    return null;
  }
}
