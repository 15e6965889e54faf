/**
 * Marks `kb assemble` writes around the sentences a translated page shows in the source language,
 * which the site turns into `lang` attributes (site/utils/sourceLanguage.ts). They are Unicode
 * punctuation (the substitution brackets U+2E02 and U+2E03), so Markdown's emphasis and smart
 * quotes read the text beside them as they read it beside a sentence's own punctuation.
 */
export const sourceTextMarks = { open: '\u2E02', close: '\u2E03' } as const;

/** Matches either mark. Not global, so `test` keeps no state; derive a `g` copy to find them all. */
export const anySourceTextMark = new RegExp(`[${sourceTextMarks.open}${sourceTextMarks.close}]`);

/** Every mark of a text, for `matchAll` and `replace` (which copy or reset it). */
export const everySourceTextMark = new RegExp(anySourceTextMark.source, 'g');

/** Markdown without the marks: what readers of the assembled articles other than the site (bot feed, twins) use. */
export function stripSourceTextMarks(markdown: string): string {
  // Nearly all text holds none: no copy then.
  return anySourceTextMark.test(markdown) ? markdown.replace(everySourceTextMark, '') : markdown;
}

const markedSpan = new RegExp(`${sourceTextMarks.open}[^${sourceTextMarks.close}]*${sourceTextMarks.close}`, 'g');

/** True when every letter of a text is inside marks: it is all shown in the source language. */
export function isWhollySourceText(text: string): boolean {
  return text.includes(sourceTextMarks.open) && !/\p{L}/u.test(text.replace(markedSpan, ''));
}
