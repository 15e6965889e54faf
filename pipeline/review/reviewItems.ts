import { contentKey } from '../cache/ContentCache.ts';
import type { Segment } from '../segment/types.ts';
import { statesNeedingReview, type PublishPolicy } from '../store/publishPolicy.ts';
import type { StoreEntry, Transition, TranslationState } from '../store/storeTypes.ts';
import type { ApprovedTerm } from '../glossary/types.ts';
import type { Finding } from '../qa/types.ts';
import { textParts, type TextPart } from './textParts.ts';
import { wordDiff, type DiffPart } from './wordDiff.ts';

/** A QA finding as the review app shows it: the fields of pipeline/qa's Finding it reads. */
type ReviewFinding = Pick<Finding, 'check' | 'severity' | 'message' | 'hint'>;

/** One segment of the review queue, ready to display. */
export interface ReviewItem {
  article: string;
  key: string;
  state: TranslationState;
  outdated: boolean;
  /** The source sentence as it reads now: what the target must translate. */
  source: string;
  target?: string;
  sourceParts: TextPart[];
  targetParts: TextPart[];
  /** Every placeholder token of the source (`{1}`, `{/1}`, `{2}`), for the editor's insert buttons. */
  placeholders: Extract<TextPart, { type: 'placeholder' }>[];
  /** Whether the locale's publish policy still needs a person to act on it (or it is outdated). */
  needsReview: boolean;
  /**
   * How the source differs from the sentence the target was made from (old → current): the
   * stored source of an outdated entry, or the memory match a fuzzy one came from.
   */
  sourceDiff?: DiffPart[];
  findings: ReviewFinding[];
  /** Digest of the stored entry: a save names it, and is refused when the entry changed since. */
  version: string;
  by?: string;
  at?: string;
  origin?: string;
  history: Transition[];
}

/** The version a client must send back to save over `entry`. */
export function entryVersion(entry: StoreEntry): string {
  return contentKey(entry);
}

/** What a queue item is built from besides the entry: the current segment at its key and the locale's context. */
interface ItemContext {
  segment: Segment | undefined;
  terms: readonly ApprovedTerm[];
  /** The entry's QA findings (pipeline/qa's entryFindings). */
  findings: readonly ReviewFinding[];
  needsReview: boolean;
  /** For a fuzzy entry: the source of the memory unit its target came from, when known. */
  matchedSource?: string;
}

/** Build the queue item of a stored entry. */
export function reviewItem(article: string, entry: StoreEntry, { segment, terms, findings, needsReview, matchedSource }: ItemContext): ReviewItem {
  const source = entry.currentSource ?? entry.source;
  const placeholders = segment?.placeholders ?? [];
  const sourceParts = textParts(source, placeholders, terms);
  const item: ReviewItem = {
    article,
    key: entry.key,
    state: entry.state,
    outdated: entry.outdated === true,
    source,
    sourceParts,
    targetParts: entry.target === undefined ? [] : textParts(entry.target, placeholders),
    placeholders: sourceParts.filter((p) => p.type === 'placeholder'),
    findings: findings.map(({ check, severity, message, hint }) => ({ check, severity, message, ...(hint ? { hint } : {}) })),
    needsReview,
    version: entryVersion(entry),
    history: entry.history ?? [],
  };
  if (entry.target !== undefined) item.target = entry.target;
  if (entry.outdated && entry.currentSource !== undefined) item.sourceDiff = wordDiff(entry.source, entry.currentSource);
  else if (entry.state === 'fuzzy' && matchedSource !== undefined && matchedSource !== source) item.sourceDiff = wordDiff(matchedSource, source);
  if (entry.by !== undefined) item.by = entry.by;
  if (entry.at !== undefined) item.at = entry.at;
  if (entry.origin !== undefined) item.origin = entry.origin;
  return item;
}

/**
 * Queue filters. `state` is a state, `outdated` (outdated entries whatever their state),
 * `needs-review` (what the publish policy still waits for) or absent (everything translated).
 */
export interface QueueFilter {
  state?: string;
  article?: string;
  check?: string;
}

export function matchesFilter(item: ReviewItem, filter: QueueFilter): boolean {
  if (filter.article && item.article !== filter.article) return false;
  if (filter.state === 'needs-review' && !item.needsReview) return false;
  if (filter.state === 'outdated' && !item.outdated) return false;
  if (filter.state && filter.state !== 'needs-review' && filter.state !== 'outdated' && item.state !== filter.state) return false;
  if (filter.check && !item.findings.some((f) => f.check === filter.check)) return false;
  return true;
}

/** Whether a person still has to act on the entry: outdated, or in a state the publish policy does not count as done. */
export function entryNeedsReview(entry: StoreEntry, policy: PublishPolicy | undefined): boolean {
  return entry.target !== undefined && (entry.outdated === true || statesNeedingReview(policy).includes(entry.state));
}

/** Segments per state in a locale, how many are outdated, and how many wait for a reviewer. */
export type ReviewProgress = Record<TranslationState, number> & { outdated: number; needsReview: number; total: number };

export function reviewProgress(entries: readonly StoreEntry[], policy: PublishPolicy | undefined): ReviewProgress {
  const progress: ReviewProgress = { new: 0, fuzzy: 0, machine: 0, translated: 0, reviewed: 0, approved: 0, outdated: 0, needsReview: 0, total: 0 };
  for (const entry of entries) {
    progress[entry.state]++;
    if (entry.outdated) progress.outdated++;
    if (entryNeedsReview(entry, policy)) progress.needsReview++;
    progress.total++;
  }
  return progress;
}
