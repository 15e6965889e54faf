import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../markdown/parseMarkdown.ts';
import { pseudoLocalize } from '../../translate/providers/pseudo.ts';
import { normalizeWhitespace, tokenizePlaceholders } from '../placeholderText.ts';
import { reassembleArticle, type ReassembledArticle } from '../reassembleArticle.ts';
import type { SegmentedArticle } from '../types.ts';
import { upperCaseText } from './comparableTree.ts';

/** Test helper: the article rebuilt with every target equal to its source text. */
export function identityRoundTrip(segmented: SegmentedArticle) {
  return reassembleArticle(segmented, (segment) => segment.text, { targetLocale: 'de' });
}

/** Test helper: the article rebuilt with every text run upper-cased, placeholders kept. */
export function upperCaseRoundTrip(segmented: SegmentedArticle) {
  return reassembleArticle(segmented, (segment) => upperCaseText(segment.text), { targetLocale: 'de' });
}

/**
 * Test helper: the article rebuilt from a marked copy of every segment — pseudo-translated
 * (accents, doubled vowels, wrapped in `[…]`), placeholders kept — so every target differs from its
 * source and is rendered and escaped (reassembly passes a target equal to its source through
 * untouched). Returns the rebuilt article and the text each target should show a reader.
 * `brackets: false` leaves out the `[…]`, for generated documents (see roundTrip.property.test.ts).
 */
export function markedRoundTrip(segmented: SegmentedArticle, options: { brackets?: boolean } = {}): { rebuilt: ReassembledArticle; shown: string[] } {
  // Without brackets the marks are letters only: no punctuation lands next to a segment's own markup.
  const mark = (text: string) => (options.brackets === false ? pseudoLocalize(text).slice(1, -1) : pseudoLocalize(text));
  const targets = new Map(segmented.segments.map((segment) => [segment.key, mark(segment.text)]));
  const rebuilt = reassembleArticle(segmented, (segment) => targets.get(segment.key), { targetLocale: 'de' });
  // The prose between placeholders, braces undoubled: what the parsed page must contain as text.
  const shown = [...targets.values()].flatMap((target) =>
    tokenizePlaceholders(target).flatMap((token) => (token.type === 'text' && token.value.trim() ? [normalizeWhitespace(token.value)] : [])),
  );
  return { rebuilt, shown };
}

/** Test helper: the strings of `shown` that a reader of the rebuilt article would not see as text (mis-escaped or lost). */
export function unseenText(rebuilt: ReassembledArticle, format: 'md' | 'mdx', shown: string[]): string[] {
  const texts: string[] = [rebuilt.title, rebuilt.description];
  const collect = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(parseMarkdown(rebuilt.body, format));
  // Text nodes of one block may be split where markup begins; joined, every run is a substring.
  const all = normalizeWhitespace(texts.join(''));
  return shown.filter((text) => !all.includes(text));
}
