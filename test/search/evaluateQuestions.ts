/**
 * Score a question set against a search index: for every question, where the expected article
 * lands among the first results of raw Pagefind (the query as typed) and of the site's relaxed
 * search. Both run through the same Pagefind instance, so the comparison isolates our query logic.
 */
import type { SearchEngine } from '../../site/scripts/search/pagefindTypes.ts';
import { articleIdFromUrl } from '../../site/scripts/search/resultItems.ts';
import { searchSite } from '../../site/scripts/search/searchSite.ts';

export interface Question {
  locale: string;
  query: string;
  /** Article id (`category/slug`) that answers it. */
  expected: string;
  /** Why word search cannot answer this one; reported, not failed. */
  knownMiss?: string;
}

export interface QuestionResult extends Question {
  /** Article ids of the first three results. */
  raw: string[];
  relaxed: string[];
  relaxedUsed: boolean;
  terms: string[];
}

const depth = 3;

/** Article ids of the first `depth` results, loading only their fragments. */
async function topIds(results: readonly { data: () => Promise<{ url: string }> }[]): Promise<string[]> {
  const data = await Promise.all(results.slice(0, depth).map((r) => r.data()));
  return data.map((d) => articleIdFromUrl(d.url) ?? d.url);
}

/** Run each question raw and relaxed against `engine`, a language index searched as a page in `lang` would. */
export async function evaluateQuestions(engine: SearchEngine, lang: string, questions: readonly Question[]): Promise<QuestionResult[]> {
  const results: QuestionResult[] = [];
  for (const question of questions) {
    const raw = await topIds((await engine.search(question.query))?.results ?? []);
    const site = await searchSite(engine, question.query, { lang });
    results.push({ ...question, raw, relaxed: await topIds(site.hits), relaxedUsed: site.relaxed, terms: site.terms });
  }
  return results;
}

/** Share of results whose expected article is within the first `k`. */
export function hitRate(results: readonly QuestionResult[], pick: (r: QuestionResult) => string[], k: number): number {
  if (results.length === 0) return 0;
  return results.filter((r) => pick(r).slice(0, k).includes(r.expected)).length / results.length;
}
