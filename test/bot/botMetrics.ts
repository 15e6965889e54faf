/** A labelled question of test/bot/questions.jsonl. */
export interface LabelledQuestion {
  id: string;
  /** Our code or a BCP 47 tag, as a client would send it. */
  locale: string;
  question: string;
  /** The article that answers it; null when no article does (the bot must answer nothing). */
  expected: string | null;
  kind: 'paraphrase' | 'keyword' | 'code' | 'typo' | 'long' | 'untranslated' | 'unanswerable';
  /** `tune` questions may guide settings; `heldout` ones are only reported. */
  split: 'tune' | 'heldout';
}

export interface Metrics {
  answerable: number;
  unanswerable: number;
  recallAt1: number;
  recallAt5: number;
  mrrAt10: number;
  /** Unanswerable questions that got an empty answer, of all unanswerable ones. */
  emptyWhenUnanswerable: number;
  /** Empty answers that were right (the question was unanswerable), of all empty answers. */
  noAnswerPrecision: number;
}

/** Retrieval metrics of ranked article ids per question (at least 10 deep for MRR@10). */
export function botMetrics(results: readonly { question: LabelledQuestion; ranked: readonly string[] }[]): Metrics {
  const answerable = results.filter((r) => r.question.expected !== null);
  const unanswerable = results.filter((r) => r.question.expected === null);
  const rank = (r: { question: LabelledQuestion; ranked: readonly string[] }): number => r.ranked.indexOf(r.question.expected!) + 1;
  const share = (n: number, of: number): number => (of === 0 ? Number.NaN : n / of);
  const empty = results.filter((r) => r.ranked.length === 0);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    recallAt1: share(answerable.filter((r) => rank(r) === 1).length, answerable.length),
    recallAt5: share(answerable.filter((r) => rank(r) >= 1 && rank(r) <= 5).length, answerable.length),
    mrrAt10: share(answerable.reduce((sum, r) => sum + (rank(r) >= 1 && rank(r) <= 10 ? 1 / rank(r) : 0), 0), answerable.length),
    emptyWhenUnanswerable: share(unanswerable.filter((r) => r.ranked.length === 0).length, unanswerable.length),
    noAnswerPrecision: share(empty.filter((r) => r.question.expected === null).length, empty.length),
  };
}

/**
 * The Wilson score interval (95 %) of a share of `n` questions: how far a figure measured on a
 * dozen questions could be from the retriever's true rate, so a gap to a target can be read
 * against the set's size.
 */
export function wilsonInterval(share: number, n: number, z = 1.96): [number, number] {
  if (n === 0 || Number.isNaN(share)) return [Number.NaN, Number.NaN];
  const centre = share + (z * z) / (2 * n);
  const spread = z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return [(centre - spread) / scale, (centre + spread) / scale];
}
