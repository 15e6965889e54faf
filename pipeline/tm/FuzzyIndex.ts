/**
 * In-memory fuzzy index: finds every entry whose `fuzzyScore` against a query reaches a threshold,
 * without scoring every entry.
 *
 * How a search stays exact and fast:
 * 1. Length window. An entry of m tokens needs dist ≥ |n − m|, so against a query of n tokens
 *    it can reach threshold t only if ⌈n·t/100⌉ ≤ m ≤ ⌊100·n/t⌋.
 * 2. Count filter (q-gram lemma). Each entry is indexed by its token unigrams and its token bigrams
 *    padded with start/end marks. Within distance d two token lists share at least
 *    M − d unigrams and M + 1 − 2d padded bigrams (M = the larger length; multiset counts), and
 *    d ≤ ⌊M·(100 − t)/100⌋. That gives, per candidate length, a minimum count T of shared grams.
 * 3. Prefix filter. A candidate that shares ≥ T of the query's G grams must share at least one of
 *    any G − T + 1 of them, so only the posting lists of the query's G − T + 1 rarest grams are
 *    read (grams the index never saw have empty lists and come first). Posting lists are sorted
 *    by entry length, so only the part inside the length window is read. Per query, the gram
 *    order (unigram or bigram) with less to read is used; a bound ≤ 0 rules an order out.
 * 4. Hit counting. Each list read adds the gram's multiplicity in the query to an entry's hits;
 *    an entry shares at most its hits plus the query grams on lists not read. Reading a few more
 *    (short) lists than the prefix needs tightens that bound and drops candidates cheaply.
 * 5. Verification. Remaining candidates are checked against the exact shared-gram count (a merge
 *    of sorted gram ids), then scored by a Levenshtein computation that stops once the threshold
 *    is out of reach.
 * None of the filters can drop an entry that reaches the threshold, so results equal a full scan.
 */

import {
  assertThreshold,
  maxDistanceFor,
  prepareText,
  scorePrepared,
  type PreparedText,
  type Vocabulary,
} from './fuzzyScore.ts';
import { PostingList } from './PostingList.ts';
import { tokenize, type Token } from './tokenize.ts';

/** What is added to the index. */
export interface FuzzyEntry<T> {
  /** Segment text (placeholders as `{n}`). */
  text: string;
  /** Locale the text is written in, for tokenizing. */
  locale: string;
  /** Milliseconds since the epoch; among equal scores the newer entry ranks first. */
  updatedAt: number;
  value: T;
  /** `tokenize(text, locale)` when the caller has it already. */
  tokens?: readonly Token[];
}

/** One search result. */
export interface FuzzyCandidate<T> {
  id: number;
  score: number;
  text: string;
  updatedAt: number;
  value: T;
}

export interface FuzzySearchOptions {
  /** Lowest score returned, an integer 1–100. Default 75. */
  threshold?: number;
  /** Most results returned. Default 5. */
  limit?: number;
  /** `tokenize(queryText, locale)` when the caller has it already. */
  tokens?: readonly Token[];
}

/** How much work the last search did; for tests and the benchmark. */
export interface FuzzySearchStats {
  /** 1 = unigram lists were read, 2 = bigram lists. */
  gramOrder: 1 | 2;
  /** Posting-list entries read. */
  postingsRead: number;
  /** Distinct entries on the lists read, inside the length window. */
  inWindow: number;
  /** Candidates whose shared-gram count was checked exactly. */
  counted: number;
  /** Candidates that passed the count filter and were scored. */
  scored: number;
}

interface StoredEntry<T> {
  prepared: PreparedText;
  updatedAt: number;
  value: T;
}

/** Token ids stay below this, so a bigram packs two ids into one safe integer. */
const ID_SPACE = 2 ** 26;
/** Reserved ids padding bigrams at the start and end of a token list. */
const START = ID_SPACE - 1;
const END = ID_SPACE - 2;

/**
 * Gram keys: a unigram is its token id (≥ 0), a bigram a negative packed pair. A gram holding a
 * token the index has never seen (negative query id) is `undefined`: no entry can share it.
 */
function gramKeys(ids: Int32Array): { unigrams: (number | undefined)[]; bigrams: (number | undefined)[] } {
  const unigrams = Array.from(ids, (id) => (id < 0 ? undefined : id));
  const bigrams: (number | undefined)[] = [];
  let previous = START;
  for (const id of [...ids, END]) {
    bigrams.push(previous < 0 || id < 0 ? undefined : -(previous * ID_SPACE + id) - 1);
    previous = id;
  }
  return { unigrams, bigrams };
}

/** Size of the multiset intersection of sorted `a` and the sorted run `b[bStart, bEnd)`. */
function sharedCount(a: Int32Array, b: Int32Array, bStart: number, bEnd: number): number {
  let shared = 0;
  let i = 0;
  let j = bStart;
  while (i < a.length && j < bEnd) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Validate search options a caller could get wrong. */
function checkedOptions(options: FuzzySearchOptions): { threshold: number; limit: number } {
  const { threshold = 75, limit = 5 } = options;
  assertThreshold(threshold, 'FuzzyIndex.search');
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 1))) {
    throw new RangeError(`FuzzyIndex.search: limit must be a positive integer or Infinity, got ${limit}`);
  }
  return { threshold, limit };
}

/** One posting list as a search reads it: the ids inside the window and the gram's query multiplicity. */
interface ListView {
  sorted: Int32Array;
  tail: readonly number[];
  /** Ids to read (the tail may hold some outside the window). */
  size: number;
  weight: number;
}

/** A gram order's reading plan: the query's known grams, least to read first. */
interface GramPlan {
  order: 1 | 2;
  lists: ListView[];
  /** Query grams (multiset size) the index has never seen: no entry shares them. */
  unseen: number;
  /** Multiset size of the query's grams of this order. */
  total: number;
  /** How many of `lists` must be read so no entry reaching the threshold is missed. */
  mandatory: number;
  /** Ids in the mandatory lists. */
  cost: number;
}

/**
 * After the mandatory lists, a further list is read while it holds at most this many ids per
 * candidate left: reading an id costs a counter check, an exact count check costs a cache miss
 * and a merge (measured at roughly 20 times more), and each list read weeds out candidates.
 */
const EXTRA_LIST_FACTOR = 16;

/** Grow a typed array to hold at least `size` elements, keeping its contents. */
function grown<A extends Int32Array | Uint32Array | Uint8Array>(array: A, size: number, make: (length: number) => A): A {
  if (array.length >= size) return array;
  const bigger = make(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Fuzzy index over segment texts; see the module comment for how searches avoid a full scan. */
export class FuzzyIndex<T> {
  #entries: StoredEntry<T>[] = [];
  #vocabulary: Vocabulary = new Map();
  #gramIds = new Map<number, number>();
  #postings: PostingList[] = [];
  /** Token count per entry; flat, because window checks and list sorting read it constantly. */
  #lengths = new Int32Array(1024);
  #deleted = new Uint8Array(1024);
  /**
   * Every entry's sorted unigram ids then sorted bigram ids (n + n + 1 values), back to back from
   * `#gramStarts[id]`: the count filter reads one contiguous run instead of chasing objects.
   */
  #gramPool = new Int32Array(1 << 16);
  #gramPoolSize = 0;
  #gramStarts = new Int32Array(1024);
  /** Per-entry hit weights of the running search; all zero between searches. */
  #hits = new Uint32Array(1024);
  /** Candidate ids of the running search (reused: searches are frequent, allocation is not free). */
  #candidates = new Int32Array(1024);
  #alive = 0;
  #lastSearch: FuzzySearchStats = { gramOrder: 2, postingsRead: 0, inWindow: 0, counted: 0, scored: 0 };

  /** Number of entries that searches can return. */
  get size(): number {
    return this.#alive;
  }

  /** Work done by the most recent search. */
  get lastSearch(): FuzzySearchStats {
    return this.#lastSearch;
  }

  /** Index an entry; returns its id (for `delete`). */
  add(entry: FuzzyEntry<T>): number {
    const tokens = entry.tokens ?? tokenize(entry.text, entry.locale);
    const prepared = prepareText(entry.text, tokens, this.#vocabulary, true);
    if (this.#vocabulary.size > END) throw new RangeError('FuzzyIndex: more than 2^26 − 2 distinct tokens');
    const id = this.#entries.length;
    const size = id + 1;
    this.#lengths = grown(this.#lengths, size, (length) => new Int32Array(length));
    this.#deleted = grown(this.#deleted, size, (length) => new Uint8Array(length));
    this.#hits = grown(this.#hits, size, (length) => new Uint32Array(length));
    this.#gramStarts = grown(this.#gramStarts, size, (length) => new Int32Array(length));
    this.#lengths[id] = prepared.ids.length;

    const { unigrams, bigrams } = gramKeys(prepared.ids);
    // Stored texts grow the vocabulary, so every key is defined here.
    const uniIds = unigrams.map((key) => this.#gramId(key ?? 0)).sort((x, y) => x - y);
    const biIds = bigrams.map((key) => this.#gramId(key ?? 0)).sort((x, y) => x - y);
    // Post each distinct gram once; repeated grams are counted by the sorted arrays instead.
    for (const gramId of new Set([...uniIds, ...biIds])) this.#postings[gramId]?.add(id);
    this.#gramPool = grown(this.#gramPool, this.#gramPoolSize + uniIds.length + biIds.length, (length) => new Int32Array(length));
    this.#gramStarts[id] = this.#gramPoolSize;
    this.#gramPool.set(uniIds, this.#gramPoolSize);
    this.#gramPool.set(biIds, this.#gramPoolSize + uniIds.length);
    this.#gramPoolSize += uniIds.length + biIds.length;

    this.#entries.push({ prepared, updatedAt: entry.updatedAt, value: entry.value });
    this.#alive++;
    return id;
  }

  /** Stop returning an entry. Its postings stay (skipped on read) until the index is rebuilt. */
  delete(id: number): boolean {
    if (!(id >= 0 && id < this.#entries.length) || this.#deleted[id] === 1) return false;
    this.#deleted[id] = 1;
    this.#alive--;
    return true;
  }

  /**
   * Entries scoring at least `threshold` against `queryText`, best first: by score, then newer
   * `updatedAt`, then later added.
   */
  search(queryText: string, locale: string, options: FuzzySearchOptions = {}): FuzzyCandidate<T>[] {
    const { threshold, limit } = checkedOptions(options);
    const query = prepareText(queryText, options.tokens ?? tokenize(queryText, locale), this.#vocabulary, false);
    const n = query.ids.length;
    const minLength = Math.ceil((n * threshold) / 100);
    const maxLength = Math.floor((100 * n) / threshold);

    // Minimum shared grams for a candidate of length m, per gram order (index m − minLength).
    const required = { 1: [] as number[], 2: [] as number[] };
    for (let m = minLength; m <= maxLength; m++) {
      const longer = Math.max(n, m);
      const distance = maxDistanceFor(longer, threshold);
      required[1].push(longer - distance);
      required[2].push(longer + 1 - 2 * distance);
    }
    const keys = gramKeys(query.ids);
    const plan = [
      this.#plan(1, keys.unigrams, Math.min(...required[1]), minLength, maxLength),
      this.#plan(2, keys.bigrams, Math.min(...required[2]), minLength, maxLength),
    ]
      .filter((candidatePlan) => candidatePlan !== undefined)
      .sort((x, y) => x.cost - y.cost)[0];
    // Unigrams have a positive bound (⌈M·t/100⌉) whenever the query has a token, bigrams when it has
    // none (the bound is 1), so there is always a plan.
    if (!plan) throw new Error('FuzzyIndex: no gram order gives a usable bound');

    const hits = this.#hits;
    const lengths = this.#lengths;
    const deleted = this.#deleted;
    const needed = required[plan.order];
    const stats: FuzzySearchStats = { gramOrder: plan.order, postingsRead: 0, inWindow: 0, counted: 0, scored: 0 };
    let unread = plan.total - plan.unseen;

    // Entries on none of the mandatory lists cannot reach the threshold; the others are candidates.
    let candidates = this.#candidates;
    let count = 0;
    for (const list of plan.lists.slice(0, plan.mandatory)) {
      candidates = grown(candidates, count + list.size, (length) => new Int32Array(length));
      for (const part of [list.sorted, list.tail]) {
        for (const id of part) {
          const hit = hits[id] ?? 0;
          if (hit === 0) candidates[count++] = id;
          hits[id] = hit + list.weight;
        }
      }
      unread -= list.weight;
      stats.postingsRead += list.size;
    }
    this.#candidates = candidates;
    /** Keep (compacting in place) the live candidates inside the window that can still reach their count. */
    const keepViable = (): void => {
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const id = candidates[i] ?? 0;
        const m = lengths[id] ?? -1;
        if (m >= minLength && m <= maxLength && deleted[id] === 0 && (hits[id] ?? 0) + unread >= (needed[m - minLength] ?? 0)) {
          candidates[kept++] = id;
        } else {
          hits[id] = 0;
        }
      }
      count = kept;
    };
    keepViable();
    stats.inWindow = count;
    // Reading more lists only raises the hits of candidates (no new ones), and each list read
    // lowers `unread`, so candidates that miss their count drop out without a count check.
    for (const list of plan.lists.slice(plan.mandatory)) {
      if (count === 0 || list.size > EXTRA_LIST_FACTOR * count) break;
      for (const part of [list.sorted, list.tail]) {
        for (const id of part) {
          const hit = hits[id] ?? 0;
          if (hit !== 0) hits[id] = hit + list.weight;
        }
      }
      unread -= list.weight;
      stats.postingsRead += list.size;
      keepViable();
    }

    const queryGrams = Int32Array.from(plan.order === 1 ? keys.unigrams : keys.bigrams, (key) =>
      key === undefined ? -1 : (this.#gramIds.get(key) ?? -1),
    ).sort();
    const results: FuzzyCandidate<T>[] = [];
    for (const id of candidates.subarray(0, count)) {
      hits[id] = 0;
      const m = lengths[id] ?? 0;
      const start = (this.#gramStarts[id] ?? 0) + (plan.order === 1 ? 0 : m);
      stats.counted++;
      if (sharedCount(queryGrams, this.#gramPool, start, start + (plan.order === 1 ? m : m + 1)) < (needed[m - minLength] ?? 0)) continue;
      const entry = this.#entries[id];
      if (!entry) continue;
      stats.scored++;
      const score = scorePrepared(query, entry.prepared, threshold);
      if (score >= threshold) {
        results.push({ id, score, text: entry.prepared.text, updatedAt: entry.updatedAt, value: entry.value });
      }
    }
    this.#lastSearch = stats;
    results.sort((x, y) => y.score - x.score || y.updatedAt - x.updatedAt || y.id - x.id);
    return results.slice(0, limit);
  }

  /** Gram id of a gram key, creating it (and its posting list) when new. */
  #gramId(key: number): number {
    let gramId = this.#gramIds.get(key);
    if (gramId === undefined) {
      gramId = this.#postings.length;
      this.#gramIds.set(key, gramId);
      this.#postings.push(new PostingList());
    }
    return gramId;
  }

  /**
   * Reading plan for one gram order. With bound T (fewest grams a result shares) and G query
   * grams, the lists read must cover G − T + 1 of them: an entry on none of them shares at most
   * T − 1. Unseen grams count as covered for free. Undefined when T ≤ 0 (the order cannot filter).
   */
  #plan(order: 1 | 2, keys: (number | undefined)[], bound: number, minLength: number, maxLength: number): GramPlan | undefined {
    if (bound <= 0) return undefined;
    const weights = new Map<number, number>();
    let unseen = 0;
    for (const key of keys) {
      const gramId = key === undefined ? undefined : this.#gramIds.get(key);
      if (gramId === undefined) unseen++;
      else weights.set(gramId, (weights.get(gramId) ?? 0) + 1);
    }
    const lists = [...weights]
      .map(([gramId, weight]): ListView => {
        const view = this.#postings[gramId]?.window(this.#lengths, minLength, maxLength) ?? { sorted: new Int32Array(0), tail: [] };
        return { ...view, size: view.sorted.length + view.tail.length, weight };
      })
      .sort((x, y) => x.size - y.size);
    let covered = unseen;
    let mandatory = 0;
    let cost = 0;
    for (const list of lists) {
      if (covered >= keys.length - bound + 1) break;
      covered += list.weight;
      cost += list.size;
      mandatory++;
    }
    return { order, lists, unseen, total: keys.length, mandatory, cost };
  }
}
