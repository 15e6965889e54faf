import type { PageStatus } from '../assemble/pageStatus.ts';
import type { FeedState } from './chunkRecord.ts';

/**
 * The feed's state for a copy's status. The source is the authority (approved); a copy showing
 * the original in another locale is a fallback. A translation is machine when any shown sentence
 * is, else outdated when a sentence's source changed since it was translated, else the weakest
 * state of its shown sentences: sentences shown untranslated are the source text and lower nothing.
 */
export function feedState(status: PageStatus): FeedState {
  if (status.kind === 'source') return 'approved';
  if (status.kind !== 'translation') return 'fallback';
  return status.review !== 'machine' && status.gaps.includes('outdated') ? 'outdated' : status.review;
}
