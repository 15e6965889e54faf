/**
 * Query relaxation, the pure part. Pagefind answers a multi-word query with the pages that
 * contain every word; a question such as "why do my calls keep dropping on 4G" usually has
 * one word no page contains, and the answer is then empty. Searching each term alone tells us,
 * for every page, exactly which subset of the terms it contains — the subsets the relaxation
 * considers — with far fewer searches than enumerating subsets (n + 1 instead of 2^n).
 */

export interface ScoredId {
  id: string;
  score: number;
}

/** The pages one term finds on its own, with Pagefind's score for that term. */
export interface TermHits {
  term: string;
  hits: ScoredId[];
}

export interface RelaxedHit {
  id: string;
  score: number;
  /** The query terms this page contains, in query order. */
  matchedTerms: string[];
}

/**
 * Rank pages that contain only some of the terms. A page's score is the sum of its per-term
 * Pagefind scores (each already weighs the term's rarity and where it occurs, e.g. the title),
 * scaled by the share of terms it contains, so the best-matching — largest — subset ranks
 * first unless a smaller subset is made of much rarer, more telling words.
 */
export function rankPartialMatches(termHits: readonly TermHits[]): RelaxedHit[] {
  const byId = new Map<string, { sum: number; matched: Set<string> }>();
  for (const { term, hits } of termHits) {
    for (const hit of hits) {
      const entry = byId.get(hit.id) ?? { sum: 0, matched: new Set<string>() };
      entry.sum += hit.score;
      entry.matched.add(term);
      byId.set(hit.id, entry);
    }
  }
  const termCount = termHits.length;
  return [...byId.entries()]
    .map(([id, { sum, matched }]) => ({
      id,
      score: (sum * matched.size) / termCount,
      matchedTerms: termHits.map((t) => t.term).filter((t) => matched.has(t)),
    }))
    .sort((a, b) => b.score - a.score || b.matchedTerms.length - a.matchedTerms.length || a.id.localeCompare(b.id));
}

/**
 * Put the pages that contain every term first, in Pagefind's order, then the partial matches
 * that are not among them.
 */
export function mergeWithFullMatches(full: readonly ScoredId[], terms: readonly string[], partial: readonly RelaxedHit[]): RelaxedHit[] {
  const seen = new Set(full.map((hit) => hit.id));
  return [
    ...full.map((hit) => ({ id: hit.id, score: hit.score, matchedTerms: [...terms] })),
    ...partial.filter((hit) => !seen.has(hit.id)),
  ];
}
