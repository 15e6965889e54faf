/** A document as the index sees it: weighted fields of already tokenized terms. */
export interface IndexedDocument {
  fields: { terms: readonly string[]; weight: number }[];
}

export interface ScoredDocument {
  doc: number;
  score: number;
}

const k1 = 1.2;
const b = 0.75;

/**
 * Okapi BM25 over documents with weighted fields (BM25F-style: a title word counts `weight`
 * times), with an inverted index so a query touches only the postings of its terms.
 */
export class Bm25Index {
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: Float64Array;
  private readonly averageLength: number;
  readonly size: number;

  constructor(documents: readonly IndexedDocument[]) {
    this.size = documents.length;
    this.lengths = new Float64Array(documents.length);
    documents.forEach((document, doc) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const field of document.fields) {
        for (const term of field.terms) tf.set(term, (tf.get(term) ?? 0) + field.weight);
        length += field.terms.length * field.weight;
      }
      this.lengths[doc] = length;
      for (const [term, count] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], tfs: [] }));
        list.docs.push(doc);
        list.tfs.push(count);
      }
    });
    this.averageLength = this.lengths.reduce((a, x) => a + x, 0) / Math.max(1, documents.length);
  }

  /** Inverse document frequency (BM25's, floored at a small positive value for very common terms). */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.max(0.05, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Every indexed term (for typo-tolerant lookups). */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Documents scoring above zero for a query of term → weight, best first. */
  search(query: ReadonlyMap<string, number>): ScoredDocument[] {
    const scores = new Map<number, ScoredDocument>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        const tf = list.tfs[i]!;
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
        let hit = scores.get(doc);
        if (!hit) scores.set(doc, (hit = { doc, score: 0 }));
        hit.score += weight * idf * ((tf * (k1 + 1)) / norm);
      }
    }
    return [...scores.values()].sort((x, y) => y.score - x.score || x.doc - y.doc);
  }
}
