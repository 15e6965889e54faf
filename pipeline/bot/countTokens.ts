/** A word of letters/digits, one CJK character, or one punctuation mark. */
const tokenPattern = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/**
 * An estimate of how many model tokens `text` costs, the same in every locale: a word, a CJK
 * character or a punctuation mark is one. Subword tokenizers count a little more for long words;
 * what matters for chunk sizing is that the estimate is stable and language-fair.
 */
export function countTokens(text: string): number {
  return text.match(tokenPattern)?.length ?? 0;
}
