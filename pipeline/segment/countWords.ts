import { tokenizePlaceholders } from './placeholderText.ts';
import { segmenterFor } from './segmenters.ts';

/** Scripts written without spaces between words: billed per character, not per word. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Billable words of placeholder text: the text runs (placeholders themselves are not translated)
 * split by `Intl.Segmenter` word granularity, counting each word-like piece as one word, except
 * that a piece containing Han, Hiragana or Katakana counts as its number of such characters.
 */
export function countWords(text: string, locale: string): number {
  const prose = tokenizePlaceholders(text)
    .map((token) => (token.type === 'text' ? token.value : ' '))
    .join('');
  let words = 0;
  for (const piece of segmenterFor(locale, 'word').segment(prose)) {
    if (!piece.isWordLike) continue;
    const characters = piece.segment.match(CJK_CHARACTER)?.length ?? 0;
    words += characters > 0 ? characters : 1;
  }
  return words;
}
