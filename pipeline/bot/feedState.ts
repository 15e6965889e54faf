import type { LocalizedStatus } from '../assemble/assembleLocale.ts';
import type { FeedState } from './chunkRecord.ts';

/**
 * The feed's state for a copy's publication status. The source text is the authority (approved);
 * a fallback copy is the source shown in another locale; the rest keep their names.
 */
export function feedState(status: LocalizedStatus | FeedState): FeedState {
  return status === 'source' ? 'approved' : status;
}
