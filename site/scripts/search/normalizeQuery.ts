/**
 * Normalize what a reader typed before it is split into terms: NFKC folds full-width Latin and
 * digits (ＰＩＮ, ４Ｇ) and half-width katakana into the forms the pages use, typographic
 * apostrophes become ASCII ones so stop words and French elisions match, double quotes go
 * (Pagefind would switch to exact-phrase mode, which relaxation cannot loosen), and runs of
 * white space collapse.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/["\u201c\u201d\u201e\u00ab\u00bb]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strip punctuation and symbols from both ends of a token, keeping inner ones (`wi-fi`, `1.5`, `invalid_token`). */
export function trimToken(token: string): string {
  return token.replace(/^[\p{P}\p{S}]+/u, '').replace(/(?<!_)[\p{P}\p{S}]+$/u, '');
}
