/** Japanese and Chinese script characters (with the prolonged sound mark and 々): text without spaces between words. */
export const cjkCharacter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005]/u;

/** Arabic script characters. */
export const arabicLetter = /\p{sc=Arabic}/u;

/**
 * Fold a word for matching: lower case, NFKC (full-width ＰＩＮ → pin), Latin accents dropped so
 * `reinitialiser` finds `réinitialiser`, Arabic diacritics and tatweel dropped and alef/yeh/teh
 * marbuta forms unified, hamza on a yeh or waw seat too (writers and readers spell them both
 * ways: رسائل and رسايل). Kana voicing marks stay.
 */
export function normalizeTerm(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(/[\u2019\u02bc]/g, "'");
  if (/\p{sc=Latin}/u.test(w)) w = w.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
  return foldArabic(w);
}

/**
 * Arabic spelling variants as one: diacritics and tatweel dropped, alef forms as bare alef, alef
 * maqsura and hamza on a yeh seat as yeh, hamza on a waw seat as waw, teh marbuta as heh. Stop
 * words are compared folded the same way (stopWordKey).
 */
export function foldArabic(text: string): string {
  if (!arabicLetter.test(text)) return text;
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[\u0649\u0626]/g, '\u064a')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0629/g, '\u0647');
}

/**
 * Hiragana as katakana: readers type a loanword in the kana their keyboard gives first
 * (ぱすわーど for パスワード), so Japanese text is matched with the two kana folded together.
 */
export function foldKana(text: string): string {
  return /[\u3041-\u3096]/.test(text) ? text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)) : text;
}
