/**
 * Number repair: reuse a translation whose source differs from the new source only in numbers.
 *
 * `Wait 30 seconds` → `Warten Sie 30 Sekunden` becomes, for `Wait 60 seconds`,
 * `Warten Sie 60 Sekunden`. Rules:
 * - The two sources must have the same tokens (`tokenize.ts`: words compared lower-cased,
 *   punctuation ignored) except number tokens, and at least one number must change value.
 * - Numbers pair up in order of appearance in the two sources (old → new). An old value paired
 *   with two different new values is ambiguous (`5 to 5` → `5 to 10`): no repair.
 * - In the translation each number is read in every format a locale could use (`1.000` is 1000 in
 *   de and 1 in en; `1 000`, `1'000`, `١٬٠٠٠`) and matched to the old values by value, so word
 *   order may differ from the source. A number that could be two different old values, or a
 *   changed value found a different number of times than in the source (spelled out, merged,
 *   repeated), makes the mapping ambiguous: no repair.
 * - A replacement is written like the number it replaces (digit system, grouping and decimal
 *   marks); what that number does not show comes from the target locale's conventions.
 */

import { findNumbers, formatLike, type WrittenNumber } from './numberFormats.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface RepairOptions {
  /** Locale of both sources. Default `en`. */
  sourceLocale?: string;
  /** BCP 47 tag of the translation, for number formats the old number does not show. */
  targetLocale?: string;
}

/**
 * Key of a token list with every number masked: two sources with the same key differ at most in
 * numbers (and in case, whitespace or punctuation, which tokens ignore).
 */
export function numberMaskedKey(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.kind === 'number' ? '#' : token.key)).join('\u0000');
}

/** Old value → new number for each number whose value changed; undefined when not a numbers-only difference or ambiguous. */
function numberChanges(oldTokens: readonly Token[], newTokens: readonly Token[]): Map<string, WrittenNumber> | undefined {
  if (numberMaskedKey(oldTokens) !== numberMaskedKey(newTokens)) return undefined;
  const pairs = new Map<string, WrittenNumber>();
  for (const [i, oldToken] of oldTokens.entries()) {
    const newToken = newTokens[i];
    if (oldToken.kind !== 'number' || newToken?.kind !== 'number') continue;
    const paired = pairs.get(oldToken.number.value);
    if (paired === undefined) pairs.set(oldToken.number.value, newToken.number);
    else if (paired.value !== newToken.number.value) return undefined;
  }
  const changes = new Map([...pairs].filter(([oldValue, number]) => number.value !== oldValue));
  return changes.size > 0 ? changes : undefined;
}

/**
 * The translation of `matchSource` with its numbers updated for `newSource`, or undefined when the
 * sources differ in more than numbers or the numbers cannot be mapped unambiguously.
 */
export function repairNumbers(matchSource: string, matchTarget: string, newSource: string, options: RepairOptions = {}): string | undefined {
  const sourceLocale = options.sourceLocale ?? 'en';
  const oldTokens = tokenize(matchSource, sourceLocale);
  const changes = numberChanges(oldTokens, tokenize(newSource, sourceLocale));
  if (!changes) return undefined;
  const oldValues = new Set(oldTokens.flatMap((token) => (token.kind === 'number' ? [token.number.value] : [])));
  const expected = new Map<string, number>();
  for (const token of oldTokens) {
    if (token.kind === 'number' && changes.has(token.number.value)) {
      expected.set(token.number.value, (expected.get(token.number.value) ?? 0) + 1);
    }
  }

  let repaired = '';
  let last = 0;
  const found = new Map<string, number>();
  for (const occurrence of findNumbers(matchTarget)) {
    const readings = occurrence.readings.filter((reading) => oldValues.has(reading.number.value));
    if (new Set(readings.map((reading) => reading.number.value)).size > 1) return undefined;
    const reading = readings[0];
    const replacement = reading && changes.get(reading.number.value);
    if (!reading || !replacement) continue;
    found.set(reading.number.value, (found.get(reading.number.value) ?? 0) + 1);
    const written = formatLike(replacement, reading.style, options.targetLocale);
    if (written === undefined) return undefined;
    repaired += matchTarget.slice(last, occurrence.start) + written;
    last = occurrence.end;
  }
  for (const [value, count] of expected) if (found.get(value) !== count) return undefined;
  return repaired + matchTarget.slice(last);
}
