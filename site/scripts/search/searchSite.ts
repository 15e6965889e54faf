import type { BilingualVocabulary } from '../../../pipeline/bot/bilingualVocabulary.ts';
import type { PagefindResult, PagefindResultData, SearchEngine } from './pagefindTypes.ts';
import { queryTerms } from './queryTerms.ts';
import { rankByTerms, type TermHits } from './relaxQuery.ts';
import { translateTerms } from './translateTerms.ts';

/** Translations can multiply the terms: at most this many Pagefind searches per query. */
const maxSearches = 16;

export interface SiteSearchOptions {
  /** BCP 47 tag of the language the reader writes in (`ja`, `zh-CN`, `pt-BR`). */
  lang: string;
  /** Also drop these languages' stop words (searching the English index from another locale). */
  alsoStopIn?: readonly string[];
  /** Upper bound on terms, hence on searches (one per term). */
  maxTerms?: number;
  /**
   * Searching another language's index (the English originals): the reader's words are searched
   * as their translations in this vocabulary (see translateTerms), each word scored by its best one.
   */
  vocabulary?: BilingualVocabulary;
}

export interface SiteHit {
  /** Pagefind's page id, unique within one language index. */
  id: string;
  score: number;
  matchedTerms: string[];
  /** Load the page's title, URL and an excerpt that highlights every matched term. */
  data: () => Promise<PagefindResultData>;
}

export interface SiteSearchResponse {
  /** The reader's words that were searched for. */
  terms: string[];
  /** What was searched: the terms themselves, or their translations when a vocabulary was given. */
  searched: string[];
  /** True when no page contains every term, so the hits match only some of them. */
  relaxed: boolean;
  /** Pagefind searches run to rank the hits (loading an excerpt may run one more). */
  searches: number;
  hits: SiteHit[];
}

/**
 * Search one Pagefind index the way the help center does, in the browser and in `bench:search`:
 * question words and stop words go; one term is a plain Pagefind search; several terms are
 * searched one by one and ranked by `rankByTerms`, so pages containing every term come first
 * and, when none does, the pages matching the largest and most telling subsets follow. With a
 * vocabulary, each word is searched as its translations (the English originals from a French page).
 */
export async function searchSite(engine: SearchEngine, rawQuery: string, options: SiteSearchOptions): Promise<SiteSearchResponse> {
  const { lang, alsoStopIn, maxTerms, vocabulary } = options;
  const words = queryTerms(rawQuery, { lang, alsoStopIn, maxTerms });
  const wanted = vocabulary
    ? translateTerms(words, vocabulary, { lang }).flatMap(({ word, alternatives }) => alternatives.map((a) => ({ term: a.term, concept: word, weight: a.weight })))
    : words.map((word) => ({ term: word, concept: word, weight: 1 }));
  const terms = [...new Set(wanted.map((w) => w.concept))];
  const searched = [...new Set(wanted.map((w) => w.term))].slice(0, maxSearches);
  if (searched.length === 0) return { terms, searched, relaxed: false, searches: 0, hits: [] };
  if (searched.length === 1 && terms.length === 1) {
    const results = (await engine.search(searched[0]!))?.results ?? [];
    return { terms, searched, relaxed: false, searches: 1, hits: results.map((r) => ({ id: r.id, score: r.score, matchedTerms: [...searched], data: r.data })) };
  }

  const found = new Map(await Promise.all(searched.map(async (term) => [term, (await engine.search(term))?.results ?? []] as const)));
  const perTerm: TermHits[] = wanted.filter((w) => found.has(w.term)).map((w) => ({ ...w, hits: found.get(w.term)! }));
  const resultsById = new Map<string, PagefindResult>();
  for (const r of [...found.values()].flat()) if (!resultsById.has(r.id)) resultsById.set(r.id, r);
  const ranked = rankByTerms(perTerm);
  const hits = ranked.map((hit): SiteHit => ({ id: hit.id, score: hit.score, matchedTerms: hit.matchedTerms, data: subsetData(engine, hit.id, hit.matchedTerms, resultsById.get(hit.id)!) }));
  const relaxed = ranked.length > 0 && !ranked.some((hit) => hit.matchedConcepts === terms.length);
  return { terms, searched, relaxed, searches: searched.length, hits };
}

/**
 * A hit's excerpt should highlight every term it matched, not only the one whose search found it
 * first: search exactly that subset again (its index chunks are already loaded, so this costs no
 * download) and take the page's data from there.
 */
function subsetData(engine: SearchEngine, id: string, matchedTerms: string[], found: PagefindResult): () => Promise<PagefindResultData> {
  let cached: Promise<PagefindResultData> | undefined;
  return () => {
    cached ??= (async () => {
      if (matchedTerms.length < 2) return found.data();
      const subset = await engine.search(matchedTerms.join(' '));
      return (subset?.results.find((r) => r.id === id) ?? found).data();
    })();
    return cached;
  };
}
