/** Shapes of the translation memory: what it stores and what a lookup returns. */

/** Where a stored translation came from. */
export type TmOrigin = 'human' | 'machine' | 'alignment' | 'import';

/** Review state of a stored translation. */
export type TmState = 'draft' | 'translated' | 'reviewed' | 'approved' | 'outdated';

/** One stored translation of one source segment into one target locale. */
export interface TmUnit {
  sourceLocale: string;
  targetLocale: string;
  /** Source segment text, placeholders as `{n}` / `{n}…{/n}`. */
  source: string;
  /** Target segment text, same placeholder notation. */
  target: string;
  /** `Segment.hash` of `source`. */
  sourceHash: string;
  /** `contextKey(prev, source, next, articleId)` of the occurrence it was translated in. */
  contextKey?: string;
  origin: TmOrigin;
  state: TmState;
  /** ISO 8601 time of the last change; newer wins ties and replaces older copies. */
  updatedAt: string;
}

/** Best TM match for a segment. */
export interface TmMatch {
  /** `context` 101: same source, same context key; `exact` 100: same source; `fuzzy`: below 100. */
  kind: 'context' | 'exact' | 'fuzzy';
  score: number;
  /** Target to offer: the unit's target, or it with numbers repaired. */
  target: string;
  /** Source of the matched unit (differs from the segment for fuzzy matches). */
  source: string;
  /** Fuzzy matches only: true when `target` had its numbers updated for the new source. */
  numbersRepaired?: boolean;
  unit: TmUnit;
}
