import type { PlaceholderProblem } from './types.ts';

/** The target of one segment that cannot be put back, and why. */
export interface SegmentFailure {
  segmentKey: string;
  problems: PlaceholderProblem[];
}

/**
 * Thrown by `reassembleArticle` when targets do not fit their sources. Nothing is rebuilt; the
 * caller decides (fall back to the source for these segments, send them back to review, …).
 * `segmentKey` and `problems` describe the first failing segment, `failures` lists them all.
 */
export class ReassembleError extends Error {
  override name = 'ReassembleError';
  readonly rule = 'segment/placeholders';
  readonly articleId: string;
  readonly segmentKey: string;
  readonly problems: PlaceholderProblem[];
  readonly failures: SegmentFailure[];

  constructor(articleId: string, failures: [SegmentFailure, ...SegmentFailure[]]) {
    const [first] = failures;
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more segment${failures.length > 2 ? 's' : ''})` : '';
    super(
      `${articleId} ${first.segmentKey}  segment/placeholders  ${first.problems.map((problem) => problem.message).join('; ')}` +
        ` (keep every {n} and {n}…{/n} of the source exactly once, properly nested)${more}`,
    );
    this.articleId = articleId;
    this.segmentKey = first.segmentKey;
    this.problems = first.problems;
    this.failures = failures;
  }
}
