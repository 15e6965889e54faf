import type { BilingualVocabulary } from './bilingualVocabulary.ts';

/** Source-language terms that say what a source term says, with probabilities (best first). */
export type ParaphraseTable = Map<string, [string, number][]>;

export interface PivotLocale {
  /** p(source term | locale term), as learnt by learnVocabulary. */
  vocabulary: BilingualVocabulary;
  /** How often each locale term occurs (its prior when p(locale term | source term) is derived by Bayes); 1 each when absent. */
  frequency?: ReadonlyMap<string, number>;
}

export interface ParaphraseOptions {
  /** Paraphrases below this probability are dropped. */
  minProbability?: number;
  /** At most this many paraphrases per term. */
  maxParaphrases?: number;
}

/**
 * Paraphrases of source-language terms by pivoting through the translations (Bannard &
 * Callison-Burch 2005): p(e′|e) = Σ_f p(e′|f)·p(f|e), averaged over the locales, where p(e|f) is
 * the locale's vocabulary and p(f|e) ∝ p(e|f)·count(f) is its reverse by Bayes. Two English words
 * our translators render with the same German, French or Japanese word come out as paraphrases of
 * each other (delete ↔ remove when both become löschen). The term itself is left out; so are
 * terms no locale translates.
 */
export function pivotParaphrases(locales: readonly PivotLocale[], options: ParaphraseOptions = {}): ParaphraseTable {
  const { minProbability = 0.05, maxParaphrases = 3 } = options;
  const sums = new Map<string, Map<string, number>>();
  const usable = locales.filter((l) => l.vocabulary.size > 0);
  for (const { vocabulary, frequency } of usable) {
    // The locale terms each source term comes from, with p(e|f)·count(f): normalized, p(f|e).
    const reverse = new Map<string, [string, number][]>();
    for (const [f, translations] of vocabulary) {
      const count = frequency?.get(f) ?? 1;
      if (count <= 0) continue;
      for (const [e, p] of translations) {
        let row = reverse.get(e);
        if (!row) reverse.set(e, (row = []));
        row.push([f, p * count]);
      }
    }
    for (const [e, fs] of reverse) {
      const total = fs.reduce((sum, [, x]) => sum + x, 0);
      let row = sums.get(e);
      if (!row) sums.set(e, (row = new Map()));
      for (const [f, x] of fs) {
        for (const [other, p] of vocabulary.get(f)!) row.set(other, (row.get(other) ?? 0) + ((x / total) * p) / usable.length);
      }
    }
  }
  const table: ParaphraseTable = new Map();
  for (const e of [...sums.keys()].sort()) {
    const best = [...sums.get(e)!]
      .filter(([other, p]) => other !== e && p >= minProbability)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, maxParaphrases)
      .map(([other, p]): [string, number] => [other, Math.round(p * 1000) / 1000]);
    if (best.length) table.set(e, best);
  }
  return table;
}
