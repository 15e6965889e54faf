import type { MemoryUnit, StoreEntry, TranslationState } from './storeTypes.ts';
import { translationStates } from './storeTypes.ts';

/** Memory units for translations retired from an article, remembering where they were used. */
export function retiredToMemory(articleId: string, retired: StoreEntry[]): MemoryUnit[] {
  return retired.flatMap(({ key, hash, source, target, state, origin, score, by, at }) =>
    target === undefined ? [] : [dropUndefined({ article: articleId, key, hash, source, target, state, origin, score, by, at })],
  );
}

/**
 * memory.yaml's units in their written form: one unit per source, target and provenance (the
 * article and key it was used in, its origin) — the most reviewed, then the latest, wins — so
 * every place and import a translation came from stays on record. Sorted by source so additions
 * land in a stable place in the diff.
 */
export function normalizeMemory(units: MemoryUnit[]): MemoryUnit[] {
  const best = new Map<string, MemoryUnit>();
  for (const unit of units) {
    const id = [unit.hash, unit.target, unit.article ?? '', unit.key ?? '', unit.origin ?? ''].join('\u0000');
    const kept = best.get(id);
    if (!kept || outranks(unit, kept)) best.set(id, unit);
  }
  return [...best.values()].sort(
    (a, b) =>
      compare(a.source, b.source) ||
      compare(a.target, b.target) ||
      compare(a.article ?? '', b.article ?? '') ||
      compare(a.key ?? '', b.key ?? '') ||
      compare(a.origin ?? '', b.origin ?? ''),
  );
}

/** Whether translation `a` counts over `b`: further in review, then changed later. */
export function outranks(a: Pick<MemoryUnit, 'state' | 'at'>, b: Pick<MemoryUnit, 'state' | 'at'>): boolean {
  const rank = (state: TranslationState) => translationStates.indexOf(state);
  if (rank(a.state) !== rank(b.state)) return rank(a.state) > rank(b.state);
  return (a.at ?? '') > (b.at ?? '');
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
