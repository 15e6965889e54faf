import { TaggedTextError, fromTaggedXml, toTaggedXml, tokenizePlaceholders } from '../../../segment/index.ts';
import type { TranslatedText } from '../provider.ts';

/** Placeholder text → the XML DeepL gets with `tag_handling=xml`: `{2}` → `<x id="2"/>`, `{1}…{/1}` → `<g id="1">…</g>`. */
export const toDeepLXml = toTaggedXml;

/** The inline tags, so DeepL never splits a sentence at them. */
export const inlineTags = ['x', 'g'];

/**
 * DeepL's XML answer → placeholder text, or the problem when its markup is not ours (an unknown
 * or unbalanced tag). Lost and invented placeholders are caught afterwards by checkPlaceholders.
 */
export function fromDeepLXml(xml: string): TranslatedText {
  try {
    return { target: fromTaggedXml(xml) };
  } catch (error) {
    if (error instanceof TaggedTextError) return { problem: error.message };
    throw error;
  }
}

/** Characters DeepL bills for a segment: code points of its text, tags excluded (as DeepL counts with tag handling). */
export function billedCharacters(text: string): number {
  return tokenizePlaceholders(text).reduce((n, token) => n + (token.type === 'text' ? [...token.value].length : 0), 0);
}
