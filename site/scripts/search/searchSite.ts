import type { PagefindResult, PagefindResultData, SearchEngine } from './pagefindTypes.ts';
import { queryTerms } from './queryTerms.ts';
import { mergeWithFullMatches, rankPartialMatches } from './relaxQuery.ts';

export interface SiteSearchOptions {
  /** BCP 47 tag of the language the reader writes in (`ja`, `zh-CN`, `pt-BR`). */
  lang: string;
  /** Also drop these languages' stop words (searching the English index from another locale). */
  alsoStopIn?: readonly string[];
  /** Relax the query when searching with every term finds fewer pages than this. */
  minResults?: number;
  /** Upper bound on terms, hence on searches: one for all terms plus one per term. */
  maxTerms?: number;
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
  terms: string[];
  /** True when pages matching only some of the terms were added. */
  relaxed: boolean;
  /** Pagefind searches run to answer (data() may run one more per relaxed hit it loads). */
  searches: number;
  hits: SiteHit[];
}

/**
 * Search one Pagefind index the way the help center does, in the browser and in `bench:search`:
 * question words and stop words go, the remaining terms must all match, and when that finds
 * fewer than `minResults` pages each term is searched alone and pages matching the largest,
 * most telling subsets of the terms are added after the full matches.
 */
export async function searchSite(engine: SearchEngine, rawQuery: string, options: SiteSearchOptions): Promise<SiteSearchResponse> {
  const { lang, alsoStopIn, minResults = 3, maxTerms } = options;
  const terms = queryTerms(rawQuery, { lang, alsoStopIn, maxTerms });
  if (terms.length === 0) return { terms, relaxed: false, searches: 0, hits: [] };

  const full = (await engine.search(terms.join(' ')))?.results ?? [];
  if (terms.length === 1 || full.length >= minResults) {
    return { terms, relaxed: false, searches: 1, hits: full.map((r) => toHit(r, terms)) };
  }

  const perTerm = await Promise.all(terms.map(async (term) => ({ term, results: (await engine.search(term))?.results ?? [] })));
  const resultsById = new Map<string, PagefindResult>();
  for (const r of [...full, ...perTerm.flatMap((t) => t.results)]) if (!resultsById.has(r.id)) resultsById.set(r.id, r);

  const partial = rankPartialMatches(perTerm.map(({ term, results }) => ({ term, hits: results })));
  const merged = mergeWithFullMatches(full, terms, partial);
  const fullIds = new Set(full.map((r) => r.id));
  const hits = merged.map((hit): SiteHit => {
    const result = resultsById.get(hit.id)!;
    if (fullIds.has(hit.id)) return toHit(result, terms);
    return { ...hit, data: subsetData(engine, hit.id, hit.matchedTerms, result) };
  });
  return { terms, relaxed: hits.length > full.length, searches: 1 + terms.length, hits };
}

function toHit(result: PagefindResult, terms: string[]): SiteHit {
  return { id: result.id, score: result.score, matchedTerms: [...terms], data: result.data };
}

/**
 * A relaxed hit's excerpt should highlight every term it matched, not just the one whose search
 * found it first: search exactly that subset again (the index chunks are already loaded, so this
 * costs no download) and take the page's data from there.
 */
function subsetData(engine: SearchEngine, id: string, matchedTerms: string[], fallback: PagefindResult): () => Promise<PagefindResultData> {
  let cached: Promise<PagefindResultData> | undefined;
  return () => {
    cached ??= (async () => {
      if (matchedTerms.length < 2) return fallback.data();
      const subset = await engine.search(matchedTerms.join(' '));
      const again = subset?.results.find((r) => r.id === id);
      return (again ?? fallback).data();
    })();
    return cached;
  };
}
