import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import type { PlaceholderProblem, Segment } from '../segment/types.ts';
import { madeFrom } from '../store/reconcileArticle.ts';
import { recordTransition } from '../store/recordTransition.ts';
import type { StoreEntry, TranslationState } from '../store/storeTypes.ts';

export const reviewActions = ['edit', 'review', 'approve', 'reject'] as const;
export type ReviewAction = (typeof reviewActions)[number];

/**
 * What a reviewer's action does to the state: an edit is new text still to be signed off, a review
 * checks it (what a `reviewed` publish policy waits for), a rejection sends it back for rework.
 */
const stateAfter: Record<ReviewAction, TranslationState> = { edit: 'translated', review: 'reviewed', approve: 'approved', reject: 'fuzzy' };

interface ReviewDecision {
  action: ReviewAction;
  /** The target as the reviewer left it; absent keeps the stored one. */
  target?: string;
  by: string;
  at: string;
}

type ReviewOutcome = { entry: StoreEntry } | { problems: PlaceholderProblem[] };

/**
 * The entry after a reviewer's decision, through recordTransition so history says who and when.
 * A rejection keeps the target and sends it back for rework. A changed target must keep the source's placeholders; approving changed text records the edit
 * and the approval (or review). An edit or approval of an outdated entry translates the current sentence, so
 * the entry is pinned to it and is no longer outdated.
 */
export function applyReview(entry: StoreEntry, segment: Segment, decision: ReviewDecision): ReviewOutcome {
  const { action, by, at } = decision;
  // A rejection keeps the stored text as the starting point for rework.
  if (action === 'reject') return { entry: recordTransition(entry, { action, state: stateAfter.reject, by, at }) };
  const target = decision.target ?? entry.target;
  if (target === undefined) return { problems: [{ code: 'empty', message: 'the translation is empty' }] };
  const problems = checkPlaceholders(segment, target);
  if (problems.length > 0) return { problems };
  let next: StoreEntry = { ...madeFrom(entry), hash: segment.hash, source: segment.text };
  const edited = target !== entry.target;
  if (edited) next = recordTransition(next, { action: 'edit', state: stateAfter.edit, by, at, target, origin: 'human' });
  if (action === 'approve' || action === 'review') next = recordTransition(next, { action, state: stateAfter[action], by, at });
  else if (!edited) next = recordTransition(next, { action, state: stateAfter.edit, by, at });
  return { entry: next };
}
