import { contentKey } from '../cache/ContentCache.ts';
import type { Segment } from '../segment/types.ts';
import type { StoreEntry, Transition, TranslationState } from '../store/storeTypes.ts';
import { textParts, type ApprovedTerm, type TextPart } from './textParts.ts';
import { wordDiff, type DiffPart } from './wordDiff.ts';

/** A QA finding as the review app shows it (the fields of pipeline/qa's Finding it reads). */
export interface ReviewFinding {
  check: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

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
  /** Outdated: how the source changed since the target was made (old → current). */
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

/** Build the queue item of a stored entry; `segment` is the article's current segment at that key. */
export function reviewItem(article: string, entry: StoreEntry, segment: Segment | undefined, terms: readonly ApprovedTerm[], findings: ReviewFinding[]): ReviewItem {
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
    findings,
    version: entryVersion(entry),
    history: entry.history ?? [],
  };
  if (entry.target !== undefined) item.target = entry.target;
  if (entry.outdated && entry.currentSource !== undefined) item.sourceDiff = wordDiff(entry.source, entry.currentSource);
  if (entry.by !== undefined) item.by = entry.by;
  if (entry.at !== undefined) item.at = entry.at;
  if (entry.origin !== undefined) item.origin = entry.origin;
  return item;
}

/** Queue filters; `state: 'outdated'` selects outdated entries whatever their state. */
export interface QueueFilter {
  state?: string;
  article?: string;
  check?: string;
}

export function matchesFilter(item: ReviewItem, filter: QueueFilter): boolean {
  if (filter.article && item.article !== filter.article) return false;
  if (filter.state && (filter.state === 'outdated' ? !item.outdated : item.state !== filter.state)) return false;
  if (filter.check && !item.findings.some((f) => f.check === filter.check)) return false;
  return true;
}

/** Segments per state in a locale, and how many are outdated. */
export type ReviewProgress = Record<TranslationState, number> & { outdated: number; total: number };

export function reviewProgress(entries: readonly StoreEntry[]): ReviewProgress {
  const progress: ReviewProgress = { new: 0, fuzzy: 0, machine: 0, translated: 0, reviewed: 0, approved: 0, outdated: 0, total: 0 };
  for (const entry of entries) {
    progress[entry.state]++;
    if (entry.outdated) progress.outdated++;
    progress.total++;
  }
  return progress;
}
