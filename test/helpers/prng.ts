/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/** mulberry32: small, fast, deterministic — the same seed gives the same sequence on every run. */
export function prng(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picking helpers bound to one random source. */
export interface Chooser {
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** The picking helpers over `random`. */
export function chooser(random: Random): Chooser {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    pick: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T,
    int,
    chance: (p) => random() < p,
    sample<T>(items: readonly T[], count: number): T[] {
      // Partial Fisher–Yates on a copy: O(count), no repeats.
      const pool = [...items];
      const n = Math.min(count, pool.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, n);
    },
  };
}
