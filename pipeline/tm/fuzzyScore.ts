/**
 * Fuzzy match score between two segment texts, 0–100, as OmegaT computes it plus two penalties.
 *
 * 1. Tokenize both texts (`tokenize.ts`: words, numbers, placeholder markers; punctuation and
 *    whitespace dropped; words compared lower-cased).
 * 2. base = ⌊100 · (max − dist) / max⌋, where dist is the Levenshtein distance over tokens and
 *    max the larger token count. Two texts without tokens have base 100.
 * 3. Placeholder penalty: −2 for each placeholder one text has more than the other
 *    (`2 · |placeholders(a) − placeholders(b)|`; a paired `{n}…{/n}` counts as one placeholder).
 *    Markup costs a translator more than a word, so it costs beyond its token edits.
 * 4. 100 means identical text. Texts that differ only in what tokens ignore — case, whitespace,
 *    punctuation — score 99, never 100; any other score is capped at 99 as well.
 * 5. The score never drops below 0.
 *
 * Examples: `Wait 30 seconds` / `Wait 60 seconds` → 66 (1 edit in 3); `Tap Save` / `tap  save`
 * → 99; `Tap {1}Save{/1}` / `Tap Save` → ⌊100·2/4⌋ − 2 = 48.
 */

import { countPlaceholders, tokenize, type Token } from './tokenize.ts';
import { tokenDistance } from './tokenDistance.ts';

/** Points taken off per placeholder that one text has and the other lacks. */
export const PLACEHOLDER_PENALTY = 2;

/** Highest score of texts that are not identical. */
export const MAX_FUZZY_SCORE = 99;

/** Throw a RangeError naming `caller` unless `threshold` is a usable score threshold (integer 1–100). */
export function assertThreshold(threshold: number, caller: string): void {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100) {
    throw new RangeError(`${caller}: threshold must be an integer from 1 to 100, got ${threshold}`);
  }
}

/** Token keys mapped to small integers, shared by every text that is scored against another. */
export type Vocabulary = Map<string, number>;

/** A text ready for scoring: its token keys as vocabulary ids. */
export interface PreparedText {
  text: string;
  /** Token keys as vocabulary ids, in text order. */
  ids: Int32Array;
  placeholders: number;
}

/**
 * Turn tokens into vocabulary ids. With `grow` unknown keys join the vocabulary; without it (a
 * query) they get negative ids that match nothing stored, so searching never grows the index.
 */
export function prepareText(text: string, tokens: readonly Token[], vocabulary: Vocabulary, grow: boolean): PreparedText {
  const ids = new Int32Array(tokens.length);
  let unknown: Map<string, number> | undefined;
  tokens.forEach((token, i) => {
    let id = vocabulary.get(token.key);
    if (id === undefined && grow) {
      id = vocabulary.size;
      vocabulary.set(token.key, id);
    } else if (id === undefined) {
      unknown ??= new Map();
      id = unknown.get(token.key) ?? -1 - unknown.size;
      unknown.set(token.key, id);
    }
    ids[i] = id;
  });
  return { text, ids, placeholders: countPlaceholders(tokens) };
}

/**
 * Largest token distance that still reaches `score` when the longer text has `max` tokens:
 * ⌊100·(max−d)/max⌋ ≥ score ⇔ d ≤ max·(100−score)/100.
 */
export function maxDistanceFor(max: number, score: number): number {
  return Math.floor((max * (100 - score)) / 100);
}

/** Combine distance and penalties into the final score (rules 2–5 above). */
function finalScore(a: PreparedText, b: PreparedText, distance: number): number {
  const max = Math.max(a.ids.length, b.ids.length);
  const base = max === 0 ? 100 : Math.floor((100 * (max - distance)) / max);
  const penalty = PLACEHOLDER_PENALTY * Math.abs(a.placeholders - b.placeholders);
  return Math.max(0, Math.min(MAX_FUZZY_SCORE, base - penalty));
}

/**
 * Score two prepared texts. With `minScore` > 0, returns -1 as soon as the score is sure to be
 * below it (the distance computation stops early), otherwise the exact score.
 */
export function scorePrepared(a: PreparedText, b: PreparedText, minScore = 0): number {
  if (a.text === b.text) return 100;
  if (minScore <= 0) return finalScore(a, b, tokenDistance(a.ids, b.ids));
  if (minScore > MAX_FUZZY_SCORE) return -1;
  const needed = minScore + PLACEHOLDER_PENALTY * Math.abs(a.placeholders - b.placeholders);
  if (needed > 100) return -1;
  const maxDistance = maxDistanceFor(Math.max(a.ids.length, b.ids.length), needed);
  const distance = tokenDistance(a.ids, b.ids, maxDistance);
  return distance > maxDistance ? -1 : finalScore(a, b, distance);
}

/** Fuzzy score (0–100) of two segment texts in one locale, by the rules above. */
export function fuzzyScore(a: string, b: string, locale: string): number {
  const vocabulary: Vocabulary = new Map();
  return scorePrepared(
    prepareText(a, tokenize(a, locale), vocabulary, true),
    prepareText(b, tokenize(b, locale), vocabulary, true),
  );
}
