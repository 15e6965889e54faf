/** Do-not-translate terms as one regex, compiled once per term list. */

const cache = new Map<string, RegExp | null>();

/**
 * A global regex finding the terms as whole words (no letter, digit or `_` on either side),
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
    ? new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${alternatives.join('|')})(?![\p{L}\p{N}_])`, 'gu')
    : null;
  cache.set(key, pattern);
  return pattern;
}
