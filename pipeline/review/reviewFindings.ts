import type { KbConfig } from '../config/defineConfig.ts';
import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import type { Segment } from '../segment/types.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import type { ReviewFinding } from './reviewItems.ts';

/** A translated entry to check, with the article's current segment at its key. */
export interface ReviewUnit {
  article: string;
  entry: StoreEntry;
  segment: Segment | undefined;
}

/** What the checks found in each unit, in the units' order. */
export async function reviewFindings(_root: string, _config: KbConfig, _locale: string, units: readonly ReviewUnit[]): Promise<ReviewFinding[][]> {
  return units.map(({ entry, segment }) => {
    if (!segment || entry.target === undefined) return [];
    return checkPlaceholders(segment, entry.target).map((p) => ({ check: 'placeholders', severity: 'error' as const, message: p.message }));
  });
}
