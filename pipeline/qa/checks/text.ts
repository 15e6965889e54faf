/** Reading segment text the way several checks need it. */
import { tokenizePlaceholders } from '../../segment/placeholderText.ts';
import type { PlaceholderInfo } from '../../segment/splitSentences.ts';
import type { QaContext } from '../types.ts';

export { proseOf } from '../../segment/placeholderText.ts';

/** Locales written without spaces between words. */
export function isUnspaced(locale: string): boolean {
  return /^(ja|zh|th|lo|km|my)(-|$)/.test(locale);
}

/** The placeholders of a source text: known kinds from the project, else shapes read from the text. */
export function placeholdersOf(source: string, context: QaContext): PlaceholderInfo[] {
  const known = context.placeholders.get(source);
  if (known) return known;
  const tokens = tokenizePlaceholders(source);
  const closed = new Set(tokens.flatMap((t) => (t.type === 'close' ? [t.id] : [])));
  const ids = [...new Set(tokens.flatMap((t) => (t.type === 'open' ? [t.id] : [])))];
  // Unknown source (an XLIFF file from elsewhere): every placeholder is required, as code would be.
  return ids.map((id) => ({ id, shape: closed.has(id) ? 'paired' : 'standalone', kind: closed.has(id) ? 'emphasis' : 'code' }));
}

/** The BCP 47 tag of a locale code, for Intl. */
export function tagOf(locale: string, context: QaContext): string {
  return context.tags[locale] ?? locale;
}
