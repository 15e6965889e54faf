/**
 * Word tokens of segment text for fuzzy matching.
 *
 * Rules (what the TM compares):
 * - Words come from `Intl.Segmenter` word granularity in the segment's locale, so Japanese and
 *   Chinese get dictionary segmentation (`设置` `保存`) and Arabic or German keep their words whole.
 * - Only word-like segments become tokens. Punctuation, symbols and whitespace are dropped, as
 *   OmegaT ignores them for its similarity: `Tap Save.` and `Tap Save!` have the same tokens.
 *   (A difference there still keeps a fuzzy score below 100; see `fuzzyScore.ts`.)
 * - Each placeholder marker is one token: `{1}` and `{/1}` are two tokens; their comparison key
 *   drops the number (`{}`, `{/}`), because numbering is positional per segment and a renumbered
 *   placeholder is not an edit. Doubled braces `{{` `}}` are literal braces, i.e. punctuation.
 * - Word keys are NFC-normalised and lower-cased in the locale: case does not cost a token edit.
 * - A token that reads as a number in the locale (`1,000`, `2.5`, `٣٠`) is a number token, keyed by
 *   its value (`#1000`), so `1,000` and `1000` are the same token.
 */

import { parseNumber, type WrittenNumber } from './numberFormats.ts';

/** One comparable unit of segment text. */
export type Token =
  | { kind: 'word' | 'placeholder'; text: string; key: string }
  | { kind: 'number'; text: string; key: string; number: WrittenNumber };

/** Placeholder markers and escaped braces, as segment text writes them. */
const MARKER = /\{\{|\}\}|\{(\/?)\d+\}/g;
const STARTS_WITH_DIGIT = /^\p{Nd}/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** One word segmenter per locale: creating one costs far more than segmenting a sentence. */
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Append the word and number tokens of a stretch of plain text. */
function pushWords(text: string, locale: string, tokens: Token[]): void {
  if (text === '') return;
  for (const { segment, isWordLike } of segmenterFor(locale).segment(text.normalize('NFC'))) {
    if (!isWordLike) continue;
    const number = STARTS_WITH_DIGIT.test(segment) ? parseNumber(segment, locale) : undefined;
    if (number) tokens.push({ kind: 'number', text: segment, key: `#${number.value}`, number });
    else tokens.push({ kind: 'word', text: segment, key: segment.toLocaleLowerCase(locale) });
  }
}

/** Split segment text into word, number and placeholder tokens (punctuation and spaces dropped). */
export function tokenize(text: string, locale: string): Token[] {
  const tokens: Token[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '{{') plain += '{';
    else if (match[0] === '}}') plain += '}';
    else {
      pushWords(plain, locale, tokens);
      plain = '';
      tokens.push({ kind: 'placeholder', text: match[0], key: match[1] === '/' ? '{/}' : '{}' });
    }
  }
  pushWords(plain + text.slice(last), locale, tokens);
  return tokens;
}

/** How many placeholders a token list holds: one per `{n}`, a paired `{n}…{/n}` counting once. */
export function countPlaceholders(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (token.key === '{}') count++;
  return count;
}
