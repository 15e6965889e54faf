const word = 1;
const cjk = 2;
const space = 4;
const wordPattern = /[\p{L}\p{M}\p{N}_]/u;
const cjkPattern = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const spacePattern = /\s/u;
/** Character classes of the Basic Multilingual Plane, filled in as characters are first seen (0 = not yet). */
const bmpClasses = new Uint8Array(0x10000);
const classified = 8;

function classOf(codePoint: number): number {
  if (codePoint < 0x10000 && bmpClasses[codePoint] !== 0) return bmpClasses[codePoint]! & ~classified;
  const char = String.fromCodePoint(codePoint);
  const found = (wordPattern.test(char) ? word : 0) | (cjkPattern.test(char) ? cjk : 0) | (spacePattern.test(char) ? space : 0);
  if (codePoint < 0x10000) bmpClasses[codePoint] = found | classified;
  return found;
}

/**
 * An estimate of how many model tokens `text` costs, the same in every locale: a word, a CJK
 * character or a punctuation mark is one. Subword tokenizers count a little more for long words;
 * what matters for chunk sizing is that the estimate is stable and language-fair.
 *
 * What it counts is `text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu).length`
 * (a word run that starts outside CJK runs on through CJK letters); a scan over cached character
 * classes counts it without building the array of matches, which cost most of `kb bot` on a large help center.
 */
export function countTokens(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const found = classOf(codePoint);
    if (inWord && found & word) continue;
    inWord = false;
    if (found & cjk) count++;
    else if (found & word) {
      count++;
      inWord = true;
    } else if (!(found & space)) count++;
  }
  return count;
}
