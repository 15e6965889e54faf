/** Levenshtein distance over token ids, with a cut-off so hopeless pairs stop early. */

// Reused rows: scoring runs in tight loops, and per-call allocation would dominate short segments.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance (insert, delete, substitute one token; each costs 1) between two token-id
 * sequences. Returns the exact distance when it is at most `maxDistance`, otherwise some value
 * greater than `maxDistance`.
 */
export function tokenDistance(a: ArrayLike<number>, b: ArrayLike<number>, maxDistance = Number.POSITIVE_INFINITY): number {
  let aEnd = a.length;
  let bEnd = b.length;
  if (Math.abs(aEnd - bEnd) > maxDistance) return maxDistance + 1;
  // A shared prefix and suffix never change the distance; trimming them shrinks the table.
  let start = 0;
  while (start < aEnd && start < bEnd && a[start] === b[start]) start++;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - start;
  const m = bEnd - start;
  if (n === 0) return m;
  if (m === 0) return n;
  if (previousRow.length <= m) {
    previousRow = new Int32Array(m * 2 + 1);
    currentRow = new Int32Array(m * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const token = a[start + i - 1];
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= m; j++) {
      const substitute = (previous[j - 1] ?? 0) + (token === b[start + j - 1] ? 0 : 1);
      const remove = (previous[j] ?? 0) + 1;
      const insert = (current[j - 1] ?? 0) + 1;
      const cell = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    // Every later row is at least this row's minimum, so the distance can no longer fit.
    if (rowMinimum > maxDistance) return maxDistance + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[m] ?? 0;
}
