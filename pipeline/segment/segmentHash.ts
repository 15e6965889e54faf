import { hash } from 'node:crypto';

/** First 16 hex characters of the SHA-256 of the segment text: what translations are pinned to. */
export function segmentHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}
