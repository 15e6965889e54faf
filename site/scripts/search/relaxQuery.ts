/**
 * Query relaxation and ranking, the pure part. Pagefind answers a multi-word query with only the
 * pages containing every word, so a question such as "why do my calls keep dropping on 4G" —
 * one word the articles never use — finds nothing. Searching each term alone instead tells us,
 * for every page, exactly which subset of the terms it contains: the subsets a relaxation would
 * try, all of them, for n searches rather than up to 2^n. Pages are then ranked by how much of
 * the query they cover, how strongly (Pagefind's own per-term scores), and how close together
 * the terms stand.
 */

/** One page found by a single-term search: Pagefind's id, score and matched word positions. */
export interface TermHit {
  id: string;
  score: number;
  words: number[];
}

/** The pages one term finds on its own. */
export interface TermHits {
  term: string;
  hits: TermHit[];
  /**
   * The reader's word this term stands for, when several searched terms are alternatives for one
   * word (the English translations of a French word): a page counts a word once, by its best
   * alternative. Defaults to the term itself.
   */
  concept?: string;
  /** How much a match of this alternative is worth, 0–1 (a likelier translation more). Defaults to 1. */
  weight?: number;
}

export interface RankedHit {
  id: string;
  score: number;
  /** The searched terms this page contains, the best one per word, in query order. */
  matchedTerms: string[];
  /** How many of the reader's words the page matched (by any alternative). */
  matchedConcepts: number;
}

/**
 * How much a page whose matched terms stand side by side gains over one where they are far
 * apart: `1 + proximityWeight` at best. Chosen with `bench:search` (0.5–3 all keep hit@3; 2–3
 * gave the best hit@1), not tuned per question.
 */
const proximityWeight = 2;

/**
 * Rank pages by: Pagefind's per-term scores summed (each weighs the term's rarity and where it
 * occurs, title and description included) × the share of terms matched (so the largest subsets
 * lead) × a proximity bonus (terms adjacent in the text — "use Lumo on a computer" — suggest the
 * page is about the phrase, not just mentions its words). With alternatives (`concept`), a word
 * contributes its best alternative's weighted score, and its share of the coverage by that weight.
 */
export function rankByTerms(termHits: readonly TermHits[]): RankedHit[] {
  const concepts = [...new Set(termHits.map((t) => t.concept ?? t.term))];
  type Best = { term: string; score: number; weight: number; words: number[] };
  const byId = new Map<string, Map<string, Best>>();
  for (const { term, hits, concept = term, weight = 1 } of termHits) {
    for (const hit of hits) {
      let matched = byId.get(hit.id);
      if (!matched) byId.set(hit.id, (matched = new Map()));
      const known = matched.get(concept);
      if (!known || hit.score * weight > known.score) matched.set(concept, { term, score: hit.score * weight, weight, words: hit.words });
    }
  }
  const order = new Map(termHits.map((t, i) => [t.term, i]));
  return [...byId.entries()]
    .map(([id, matched]): RankedHit => {
      const best = [...matched.values()];
      const sum = best.reduce((total, b) => total + b.score, 0);
      const coverage = best.reduce((total, b) => total + b.weight, 0) / concepts.length;
      // A match only in the title or description metadata has no body positions.
      const positions = best.map((b) => b.words).filter((words) => words.length);
      const proximity = positions.length > 1 ? (positions.length - 1) / (minimalSpan(positions) + 1) : 0;
      return {
        id,
        score: sum * coverage * (1 + proximityWeight * proximity),
        matchedTerms: best.map((b) => b.term).sort((a, b) => order.get(a)! - order.get(b)!),
        matchedConcepts: best.length,
      };
    })
    .sort((a, b) => b.score - a.score || b.matchedConcepts - a.matchedConcepts || a.id.localeCompare(b.id));
}

/**
 * Width of the smallest window of word positions holding at least one position from every list
 * (0 when the words are the same position, n − 1 when n terms stand side by side).
 */
export function minimalSpan(lists: readonly (readonly number[])[]): number {
  const events = lists.flatMap((list, term) => list.map((position) => ({ position, term }))).sort((a, b) => a.position - b.position);
  const inWindow = new Map<number, number>();
  let covered = 0;
  let best = Number.POSITIVE_INFINITY;
  let start = 0;
  for (const event of events) {
    const count = (inWindow.get(event.term) ?? 0) + 1;
    inWindow.set(event.term, count);
    if (count === 1) covered++;
    while (covered === lists.length) {
      const first = events[start]!;
      best = Math.min(best, event.position - first.position);
      const left = inWindow.get(first.term)! - 1;
      inWindow.set(first.term, left);
      if (left === 0) covered--;
      start++;
    }
  }
  return best;
}
