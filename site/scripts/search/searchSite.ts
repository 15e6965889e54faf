import type { PagefindResult, PagefindResultData, SearchEngine } from './pagefindTypes.ts';
import { queryTerms } from './queryTerms.ts';
import { rankByTerms } from './relaxQuery.ts';

export interface SiteSearchOptions {
  /** BCP 47 tag of the language the reader writes in (`ja`, `zh-CN`, `pt-BR`). */
  lang: string;
  /** Also drop these languages' stop words (searching the English index from another locale). */
  alsoStopIn?: readonly string[];
  /** Upper bound on terms, hence on searches (one per term). */
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
 * and, when none does, the pages matching the largest and most telling subsets follow.
 */
export async function searchSite(engine: SearchEngine, rawQuery: string, options: SiteSearchOptions): Promise<SiteSearchResponse> {
  const { lang, alsoStopIn, maxTerms } = options;
  const terms = queryTerms(rawQuery, { lang, alsoStopIn, maxTerms });
  if (terms.length === 0) return { terms, relaxed: false, searches: 0, hits: [] };
  if (terms.length === 1) {
    const results = (await engine.search(terms[0]!))?.results ?? [];
    return { terms, relaxed: false, searches: 1, hits: results.map((r) => ({ id: r.id, score: r.score, matchedTerms: [...terms], data: r.data })) };
  }

  const perTerm = await Promise.all(terms.map(async (term) => ({ term, hits: (await engine.search(term))?.results ?? [] })));
  const resultsById = new Map<string, PagefindResult>();
  for (const r of perTerm.flatMap((t) => t.hits)) if (!resultsById.has(r.id)) resultsById.set(r.id, r);
  const hits = rankByTerms(perTerm).map((hit): SiteHit => ({ ...hit, data: subsetData(engine, hit.id, hit.matchedTerms, resultsById.get(hit.id)!) }));
  const relaxed = hits.length > 0 && !hits.some((hit) => hit.matchedTerms.length === terms.length);
  return { terms, relaxed, searches: terms.length, hits };
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
