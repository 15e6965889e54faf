import type { Origin, StoreEntry, Transition, TransitionAction, TranslationState } from './storeTypes.ts';

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
 * its history, so the store keeps who moved a translation to each state and when. A new target
 * drops what described the old one: its match score and its repaired numbers.
 */
export function recordTransition(entry: StoreEntry, change: TransitionChange): StoreEntry {
  const { action, state, by, at, target, origin } = change;
  const replaced = target !== undefined && target !== entry.target;
  const { score: _score, numbersRepaired: _numbersRepaired, ...kept } = entry;
  const next: StoreEntry = { ...(replaced ? kept : entry), state, by, at, history: [...(entry.history ?? []), { action, state, by, at }] };
  if (target !== undefined) next.target = target;
  if (origin !== undefined) next.origin = origin;
  return next;
}

/**
 * The steps a translation went through: its history, or — for one written before history was kept
 * (a memory unit, an aligned entry) — the last step as its state, by and at record it.
 */
export function historyOf(record: Pick<StoreEntry, 'state' | 'origin' | 'by' | 'at' | 'history'>): Transition[] {
  if (record.history?.length) return record.history;
  const { state, origin, by, at } = record;
  if (by === undefined || at === undefined) return [];
  return [{ action: lastAction(state, origin), state, by, at }];
}

function lastAction(state: TranslationState, origin: Origin | undefined): TransitionAction {
  if (state === 'approved') return 'approve';
  if (state === 'reviewed') return 'review';
  if (origin === 'import:align') return 'align';
  if (origin?.startsWith('import:')) return 'import';
  if (origin?.startsWith('mt:')) return 'machine';
  if (origin === 'tm-fuzzy') return 'tm-fuzzy';
  if (origin === 'tm-context' || origin === 'tm-exact') return 'tm-reuse';
  return 'edit';
}
