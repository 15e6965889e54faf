import { describe, expect, it } from 'vitest';
import { PostingList } from './PostingList.ts';

/** Ids a window read yields that really lie in the window, sorted. */
function inWindow(list: PostingList, lengths: Int32Array, min: number, max: number): number[] {
  const { sorted, tail } = list.window(lengths, min, max);
  return [...sorted, ...tail].filter((id) => (lengths[id] ?? -1) >= min && (lengths[id] ?? -1) <= max).sort((a, b) => a - b);
}

describe('PostingList', () => {
  // Entry id → token count.
  const lengths = Int32Array.from({ length: 1001 }, (_, id) => (id * 7919) % 41);

  it('yields every id inside the length window, whatever the mix of sorted part and tail', () => {
    const list = new PostingList();
    const ids: number[] = [];
    for (let id = 0; id < 1000; id += 3) {
      list.add(id);
      ids.push(id);
      // Read now and then, so merges happen at different sizes.
      if (id % 90 === 0) {
        for (const [min, max] of [[0, 40], [10, 12], [20, 20], [41, 50]] as const) {
          expect(inWindow(list, lengths, min, max)).toEqual(ids.filter((x) => (lengths[x] ?? -1) >= min && (lengths[x] ?? -1) <= max));
        }
      }
    }
    expect(list.size).toBe(ids.length);
  });

  it('reads only the window from the sorted part once the tail is merged', () => {
    const list = new PostingList();
    for (let id = 0; id < 1000; id++) list.add(id);
    const { sorted, tail } = list.window(lengths, 10, 12);
    expect(tail).toEqual([]);
    expect(sorted.length).toBe(lengths.filter((length) => length >= 10 && length <= 12).length);
    expect([...sorted].every((id) => (lengths[id] ?? -1) >= 10 && (lengths[id] ?? -1) <= 12)).toBe(true);
  });

  it('scans a short tail instead of merging it', () => {
    const list = new PostingList();
    for (let id = 0; id < 1000; id++) list.add(id);
    list.window(lengths, 0, 40);
    list.add(1000);
    const { tail } = list.window(lengths, 0, 40);
    expect(tail).toEqual([1000]);
  });
});
