/** Translations of a term in a locale into source-language terms, with their probabilities (best first). */
export type BilingualVocabulary = Map<string, [string, number][]>;

/** A pair of texts that say the same thing, already tokenized: locale side and source side. */
export interface AlignedPair {
  target: readonly string[];
  source: readonly string[];
  /** How many times the pair counts (glossary entries are certain: they count more than a sentence). */
  weight?: number;
}

export interface VocabularyOptions {
  iterations?: number;
  /** Translations below this probability are dropped. */
  minProbability?: number;
  /** At most this many translations per term. */
  maxTranslations?: number;
}

/**
 * Learn which source-language terms a locale's terms translate to from aligned text (store
 * segments, translated titles and descriptions, glossary pairs), with IBM Model 1: EM over
 * the sentence pairs estimates t(source term | locale term). Terms that are the same on both
 * sides (brand names, codes) need no entry: they match as they are. Offline and deterministic.
 */
export function learnVocabulary(pairs: readonly AlignedPair[], options: VocabularyOptions = {}): BilingualVocabulary {
  const { iterations = 8, minProbability = 0.08, maxTranslations = 4 } = options;
  const usable = pairs.filter((p) => p.target.length > 0 && p.source.length > 0).map((p) => ({ target: [...new Set(p.target)], source: [...new Set(p.source)], weight: p.weight ?? 1 }));
  // t[f][e] = probability that locale term f translates to source term e; start uniform over co-occurring terms.
  const t = new Map<string, Map<string, number>>();
  for (const { target, source } of usable) {
    for (const f of target) {
      let row = t.get(f);
      if (!row) t.set(f, (row = new Map()));
      for (const e of source) row.set(e, 1);
    }
  }
  for (const row of t.values()) for (const e of row.keys()) row.set(e, 1 / row.size);

  for (let round = 0; round < iterations; round++) {
    const counts = new Map<string, Map<string, number>>();
    for (const { target, source, weight } of usable) {
      for (const e of source) {
        let total = 0;
        for (const f of target) total += t.get(f)!.get(e)!;
        for (const f of target) {
          const share = (weight * t.get(f)!.get(e)!) / total;
          let row = counts.get(f);
          if (!row) counts.set(f, (row = new Map()));
          row.set(e, (row.get(e) ?? 0) + share);
        }
      }
    }
    for (const [f, row] of counts) {
      let sum = 0;
      for (const c of row.values()) sum += c;
      const next = t.get(f)!;
      for (const [e, c] of row) next.set(e, c / sum);
    }
  }

  // A term written the same on both sides (brand, code, loanword) matches as it is.
  const sourceTerms = new Set(usable.flatMap((p) => p.source));
  const vocabulary: BilingualVocabulary = new Map();
  for (const f of [...t.keys()].filter((term) => !sourceTerms.has(term)).sort()) {
    const best = [...t.get(f)!]
      .filter(([e, p]) => p >= minProbability && e !== f)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, maxTranslations)
      .map(([e, p]): [string, number] => [e, Math.round(p * 1000) / 1000]);
    if (best.length) vocabulary.set(f, best);
  }
  return vocabulary;
}
