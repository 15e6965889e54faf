import { reassembleArticle } from '../reassembleArticle.ts';
import type { SegmentedArticle } from '../types.ts';
import { upperCaseText } from './comparableTree.ts';

/** Test helper: the article rebuilt with every target equal to its source text. */
export function identityRoundTrip(segmented: SegmentedArticle) {
  return reassembleArticle(segmented, (segment) => segment.text, { targetLocale: 'de' });
}

/** Test helper: the article rebuilt with every text run upper-cased, placeholders kept. */
export function upperCaseRoundTrip(segmented: SegmentedArticle) {
  return reassembleArticle(segmented, (segment) => upperCaseText(segment.text), { targetLocale: 'de' });
}
