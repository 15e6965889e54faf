/** Do-not-translate terms as one regex, compiled once per term list. */

const cache = new Map<string, RegExp | null>();

const wordChar = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}_]`;

/**
 * A global regex finding the terms as whole words (no letter of a spaced alphabet — Latin, Greek,
 * Cyrillic — nor digit or `_` on either side; Japanese and Chinese write `Lumoアカウント` unspaced),
 * case-sensitively, preferring the longest term at a position (`Lumo Premium` over `Lumo`). A
 * space inside a term matches any whitespace, so a term wrapped across lines is still found.
 */
export function dntPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const key = JSON.stringify(cleaned);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const alternatives = cleaned.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`));
  const pattern = alternatives.length
    ? new RegExp(String.raw`(?<!${wordChar})(?:${alternatives.join('|')})(?!${wordChar})`, 'gu')
    : null;
  cache.set(key, pattern);
  return pattern;
}
