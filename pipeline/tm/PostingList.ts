/**
 * The entries holding one gram, kept sorted by entry length so a search reads only the entries
 * inside its length window instead of the whole list.
 */

/** Ids appended since the last merge are scanned whole until they outgrow this share of the sorted part. */
const TAIL_SHARE = 1 / 8;
/** …or this many, whichever is more: merging tiny tails would cost more than scanning them. */
const MIN_TAIL = 64;

/** Entry ids of one gram: a part sorted by (length, id) plus a short unsorted tail of recent additions. */
export class PostingList {
  #sorted = new Int32Array(0);
  #tail: number[] = [];

  /** Number of ids held. */
  get size(): number {
    return this.#sorted.length + this.#tail.length;
  }

  /** Record that entry `id` holds the gram. */
  add(id: number): void {
    this.#tail.push(id);
  }

  /**
   * Ids whose length (by `lengths`) may lie in [minLength, maxLength]: every sorted id in that
   * range, then the unsorted tail, which callers must still check against the window.
   * Merges the tail first when it has grown too long to scan (amortised O(1) per added id).
   */
  window(lengths: Int32Array, minLength: number, maxLength: number): { sorted: Int32Array; tail: readonly number[] } {
    if (this.#tail.length > Math.max(MIN_TAIL, this.#sorted.length * TAIL_SHARE)) this.#merge(lengths);
    const sorted = this.#sorted;
    return {
      sorted: sorted.subarray(firstWithLength(sorted, lengths, minLength), firstWithLength(sorted, lengths, maxLength + 1)),
      tail: this.#tail,
    };
  }

  /** Move the tail into the sorted part. */
  #merge(lengths: Int32Array): void {
    const byLength = (a: number, b: number) => (lengths[a] ?? 0) - (lengths[b] ?? 0) || a - b;
    const tail = this.#tail.sort(byLength);
    const sorted = this.#sorted;
    const merged = new Int32Array(sorted.length + tail.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < sorted.length && j < tail.length) {
      const a = sorted[i] ?? 0;
      const b = tail[j] ?? 0;
      if (byLength(a, b) <= 0) {
        merged[k++] = a;
        i++;
      } else {
        merged[k++] = b;
        j++;
      }
    }
    while (i < sorted.length) merged[k++] = sorted[i++] ?? 0;
    while (j < tail.length) merged[k++] = tail[j++] ?? 0;
    this.#sorted = merged;
    this.#tail = [];
  }
}

/** Index of the first id in `sorted` whose length is at least `length` (binary search). */
function firstWithLength(sorted: Int32Array, lengths: Int32Array, length: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lengths[sorted[middle] ?? 0] ?? 0) < length) low = middle + 1;
    else high = middle;
  }
  return low;
}
