/** Context keys: what makes a TM unit a context (101) match rather than a plain exact one. */

import { createHash } from 'node:crypto';

/**
 * Key of one occurrence of a sentence: hex SHA-256 (first 16 chars) of the article id, the previous
 * segment's text, the segment's own text and the next segment's text. Pass `undefined` for a
 * neighbour at the start or end of the article. Two occurrences share a key only when the same
 * sentence sits between the same neighbours in the same article — the case where a stored
 * translation fits without any review of the surroundings.
 */
export function contextKey(prevText: string | undefined, text: string, nextText: string | undefined, articleId: string): string {
  // JSON keeps the four parts apart unambiguously (no separator can leak between them) and
  // distinguishes "no neighbour" (null) from an empty neighbour ("").
  const material = JSON.stringify([articleId, prevText ?? null, text, nextText ?? null]);
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}
