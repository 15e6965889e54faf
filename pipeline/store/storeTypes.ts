/** Shapes of the translation store of record: `content/translations/<locale>/…` in git. */

/** Workflow state of a target, from untranslated to signed off. */
export const translationStates = ['new', 'fuzzy', 'machine', 'translated', 'reviewed', 'approved'] as const;
export type TranslationState = (typeof translationStates)[number];

/**
 * Where a target came from: a translation memory match (context 101, exact 100, fuzzy), a machine
 * translation provider (`mt:deepl`), a person, or a bulk import (`import:tmx`).
 */
export type Origin = 'tm-context' | 'tm-exact' | 'tm-fuzzy' | 'human' | `mt:${string}` | `import:${string}`;

/** What happened to an entry: how its state or target was last changed. */
export const transitionActions = ['align', 'tm-reuse', 'tm-fuzzy', 'machine', 'edit', 'review', 'approve', 'reject', 'import'] as const;
export type TransitionAction = (typeof transitionActions)[number];

/** One step of an entry's history: who moved it to which state, and when. */
export interface Transition {
  action: TransitionAction;
  state: TranslationState;
  by: string;
  /** UTC ISO 8601, as `at`. */
  at: string;
}

/**
 * One segment's translation in one locale. `hash` and `source` always describe the source text the
 * target was made from; when the article's sentence has changed since, `outdated` is set and
 * `currentSource` holds the sentence as it reads now, so the file shows the reviewer both sides.
 */
export interface StoreEntry {
  /** Position key of the segment in the article (`title`, `b3.s0`). */
  key: string;
  /** Hash of `source` (see Segment.hash). */
  hash: string;
  source: string;
  /** Absent while the segment is untranslated (state `new`). */
  target?: string;
  state: TranslationState;
  origin?: Origin;
  /** Translation memory match score (101 context, 100 exact, below 100 fuzzy). */
  score?: number;
  /** Person or tool that last set target or state. */
  by?: string;
  /** When that happened, UTC ISO 8601 (`2026-11-20T10:12:00Z`). */
  at?: string;
  outdated?: true;
  /** The article's sentence now, when `outdated`. */
  currentSource?: string;
  /** The TM match differed from this source only in numbers, which were taken from the source: check them. */
  numbersRepaired?: true;
  /** Every state change since the entry got a target, oldest first; `state`, `by`, `at` repeat the last one. */
  history?: Transition[];
}

/** A store file: every segment of one article in one locale, in article order. */
export interface StoreFile {
  /** `<category>/<slug>` */
  article: string;
  locale: string;
  segments: StoreEntry[];
}

/**
 * A translation kept in `memory.yaml`: not tied to a current segment (its sentence was deleted from
 * the article, or it was imported), but still offered by the translation memory.
 */
export interface MemoryUnit {
  /** Article and key the unit was retired from; absent for imports. */
  article?: string;
  key?: string;
  hash: string;
  source: string;
  target: string;
  state: TranslationState;
  origin?: Origin;
  score?: number;
  by?: string;
  at?: string;
}

/** `content/translations/<locale>/memory.yaml`. */
export interface MemoryFile {
  locale: string;
  units: MemoryUnit[];
}
