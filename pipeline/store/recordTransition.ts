import type { Origin, StoreEntry, TransitionAction, TranslationState } from './storeTypes.ts';

/** A change to an entry's state (and maybe target), by a person or a tool. */
export interface TransitionChange {
  action: TransitionAction;
  state: TranslationState;
  by: string;
  /** UTC ISO 8601 (`storeTime`). */
  at: string;
  target?: string;
  origin?: Origin;
}

/**
 * The entry after `change`: state, by and at describe the change, and the change is appended to
 * its history, so the store keeps who moved a translation to each state and when.
 */
export function recordTransition(entry: StoreEntry, change: TransitionChange): StoreEntry {
  const { action, state, by, at, target, origin } = change;
  const next: StoreEntry = { ...entry, state, by, at, history: [...(entry.history ?? []), { action, state, by, at }] };
  if (target !== undefined) next.target = target;
  if (origin !== undefined) next.origin = origin;
  return next;
}
