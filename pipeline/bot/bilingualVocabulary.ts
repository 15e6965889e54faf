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
  const usable = mergeDuplicates(pairs);
  // Terms as numbers and every co-occurring (locale term f, source term e) as one cell of flat
  // arrays: EM then runs over typed arrays instead of nested maps (a large help center has
  // millions of cells). A cell is found by a numeric key, f's id × source-term count + e's id,
  // once per pair; each pair keeps its cells, source-major.
  const targetIds = new Map<string, number>();
  const sourceIds = new Map<string, number>();
  const sourceTerms: string[] = [];
  const intern = (ids: Map<string, number>, term: string): number => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const ids = usable.map(({ target, source }) => ({ target: target.map((f) => intern(targetIds, f)), source: source.map((e) => intern(sourceIds, e)) }));
  for (const [term, id] of sourceIds) sourceTerms[id] = term;
  const targetTerms = [...targetIds.keys()];
  const cellIds = new Map<number, number>();
  const cellTarget: number[] = [];
  const cellSource: number[] = [];
  const pairCells = ids.map(({ target, source }) => {
    const cells = new Int32Array(target.length * source.length);
    let i = 0;
    for (const e of source) {
      for (const f of target) {
        const key = f * sourceTerms.length + e;
        let cell = cellIds.get(key);
        if (cell === undefined) {
          cellIds.set(key, (cell = cellTarget.length));
          cellTarget.push(f);
          cellSource.push(e);
        }
        cells[i++] = cell;
      }
    }
    return cells;
  });
  // Start uniform over the source terms each locale term co-occurs with.
  const rowSize = new Float64Array(targetTerms.length);
  for (const fid of cellTarget) rowSize[fid]! += 1;
  const t = Float64Array.from(cellTarget, (fid) => 1 / rowSize[fid]!);
  const counts = new Float64Array(t.length);
  const rowSum = new Float64Array(targetTerms.length);

  for (let round = 0; round < iterations; round++) {
    counts.fill(0);
    usable.forEach(({ target, source, weight }, p) => {
      const cells = pairCells[p]!;
      const width = target.length;
      for (let s = 0; s < source.length; s++) {
        let total = 0;
        for (let j = s * width; j < (s + 1) * width; j++) total += t[cells[j]!]!;
        for (let j = s * width; j < (s + 1) * width; j++) counts[cells[j]!]! += (weight * t[cells[j]!]!) / total;
      }
    });
    rowSum.fill(0);
    for (let c = 0; c < counts.length; c++) rowSum[cellTarget[c]!]! += counts[c]!;
    for (let c = 0; c < counts.length; c++) t[c] = counts[c]! / rowSum[cellTarget[c]!]!;
  }

  const rows = new Map<string, [string, number][]>();
  for (let c = 0; c < t.length; c++) {
    // Most cells are far below the cut: only candidates become row entries.
    if (t[c]! < minProbability) continue;
    const f = targetTerms[cellTarget[c]!]!;
    let row = rows.get(f);
    if (!row) rows.set(f, (row = []));
    row.push([sourceTerms[cellSource[c]!]!, t[c]!]);
  }

  // A term written the same on both sides (brand, code, loanword) matches as it is.
  const vocabulary: BilingualVocabulary = new Map();
  for (const f of [...rows.keys()].filter((term) => !sourceIds.has(term)).sort()) {
    const best = rows.get(f)!
      .filter(([e]) => e !== f)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, maxTranslations)
      .map(([e, p]): [string, number] => [e, Math.round(p * 1000) / 1000]);
    if (best.length) vocabulary.set(f, best);
  }
  return vocabulary;
}

/** Pairs with the same terms on both sides learn alike: one pair with their weights added, terms deduplicated. */
function mergeDuplicates(pairs: readonly AlignedPair[]): { target: string[]; source: string[]; weight: number }[] {
  const merged = new Map<string, { target: string[]; source: string[]; weight: number }>();
  for (const pair of pairs) {
    if (pair.target.length === 0 || pair.source.length === 0) continue;
    const target = [...new Set(pair.target)];
    const source = [...new Set(pair.source)];
    const key = `${target.join('\u0001')}\u0000${source.join('\u0001')}`;
    const known = merged.get(key);
    if (known) known.weight += pair.weight ?? 1;
    else merged.set(key, { target, source, weight: pair.weight ?? 1 });
  }
  return [...merged.values()];
}
