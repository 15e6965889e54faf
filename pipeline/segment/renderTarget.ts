import { delimiterPattern } from './delimiterPattern.ts';
import { dropEmptyPairs, EMPHASIS_KINDS, fixDelimiters, moveSpacesOutside, type Piece } from './emphasisPieces.ts';
import { escapeMarkdownText } from './escapeMarkdown.ts';
import { normalizeWhitespace, tokenizePlaceholders } from './placeholderText.ts';
import type { BlockKind, Segment } from './types.ts';

/** Where a rendered sentence goes in the rebuilt Markdown. */
export interface RenderContext {
  format: 'md' | 'mdx';
  block: BlockKind;
  /** Output character before the sentence; `\n` at a line start. */
  before: string;
  /** Output character after the sentence; `\n` at a line end. */
  after: string;
  /** The sentence starts a line (after container markers such as `> ` or `- `). */
  atLineStart: boolean;
  /** The sentence is the last of its block. */
  endsBlock: boolean;
  /** How the source wrote each `*`, `_`, `~` of its text runs: `b` bare, `e` escaped. */
  delimiters: string;
}

/**
 * Markdown for a target text whose placeholders were checked against `source`: placeholders get
 * their source markup back, text runs are escaped where Markdown would read them as markup, and
 * emphasis delimiters are kept valid (spaces moved outside, empty pairs dropped, and where the
 * neighbouring characters stop a delimiter from opening or closing, as after `。` before a
 * letter, `_` becomes `*` or the pair is written as `<em>`, `<strong>` or `<del>`).
 */
export function renderTarget(target: string, source: Segment, context: RenderContext): string {
  const byId = new Map(source.placeholders.map((placeholder) => [placeholder.id, placeholder]));
  let pieces: Piece[] = [];
  const normalized = normalizeWhitespace(target);
  for (const token of tokenizePlaceholders(normalized)) {
    if (token.type === 'text') pieces.push({ type: 'text', value: token.value });
    if (token.type !== 'open' && token.type !== 'close') continue;
    const placeholder = byId.get(token.id);
    if (!placeholder) continue;
    const markup = { type: 'markup' as const, token: normalized.slice(token.start, token.end), kind: placeholder.kind };
    if (placeholder.shape === 'standalone') pieces.push({ ...markup, value: placeholder.open });
    else if (token.type === 'open') pieces.push({ ...markup, value: placeholder.open, pair: token.id, side: 'open' });
    else pieces.push({ ...markup, value: placeholder.close, pair: token.id, side: 'close' });
  }
  const isEmphasis = (piece: Piece | undefined, side: 'open' | 'close') =>
    piece?.type === 'markup' && piece.side === side && EMPHASIS_KINDS.has(byId.get(piece.pair ?? 0)?.kind ?? 'code');
  pieces = moveSpacesOutside(pieces, isEmphasis);
  pieces = dropEmptyPairs(pieces, isEmphasis);
  // Delimiter characters standing exactly as in the source are written as the source wrote them.
  const sameDelimiters = delimiterPattern(normalized, source.placeholders).join() === delimiterPattern(source.text, source.placeholders).join();
  let delimiterIndex = 0;
  // Escape against the source markup first: the delimiter check then sees the real neighbours.
  const out = pieces.map((piece, i) => {
    if (piece.type === 'markup') return piece.value;
    const previous = pieces[i - 1];
    const next = pieces[i + 1];
    const asSource = new Map<number, boolean>();
    for (let at = 0; at < piece.value.length; at += 1) {
      if (!/[*_~]/.test(piece.value[at] ?? '')) continue;
      const written = context.delimiters[delimiterIndex];
      delimiterIndex += 1;
      if (sameDelimiters && written) asSource.set(at, written === 'e');
    }
    return escapeMarkdownText(piece.value, {
      format: context.format,
      before: previous?.value.at(-1) ?? context.before,
      after: next ? (next.value[0] ?? '') : context.after,
      // After a hard break the text starts a line of its own.
      atLineStart: (context.atLineStart && i === 0) || (previous?.type === 'markup' && previous.kind === 'break'),
      inTable: context.block === 'tableCell',
      endsHeading: context.block === 'heading' && context.endsBlock && i === pieces.length - 1,
      escapes: asSource,
    });
  });
  for (const [i, piece] of pieces.entries()) piece.value = out[i] ?? piece.value;
  fixDelimiters(pieces, byId, source.text, { before: context.before, after: context.after });
  for (const [i, piece] of pieces.entries()) out[i] = piece.value;
  // A bare URL is only a link between spaces (or after `*_~(`), runs on into any character after
  // it, and GFM trims trailing punctuation off it by rules that depend on what surrounds it:
  // unless it stands alone and ends in a letter, digit or slash, write it as an explicit link
  // (MDX has no `<url>`).
  for (const [i, piece] of pieces.entries()) {
    if (piece.type !== 'markup' || piece.kind !== 'url' || piece.value.startsWith('<')) continue;
    const before = out[i - 1]?.at(-1) ?? context.before;
    const after = out[i + 1]?.[0] ?? context.after;
    if (/^\s?$/.test(after) && /^[\s*_~(]?$/.test(before) && /[\p{L}\p{N}/]$/u.test(piece.value)) continue;
    out[i] = explicitLink(piece.value);
  }
  return out.join('');
}

/** A GFM bare URL, www address or e-mail address as a `[text](url)` link with the same tree. */
export function explicitLink(bare: string): string {
  const url = /^www\./i.test(bare) ? `http://${bare}` : /^[^:/]+@/.test(bare) ? `mailto:${bare}` : bare;
  const text = bare.replace(/[\\`*_[\]<>!~|{}&]/g, '\\$&');
  return /^[^\s()<>\\]*$/.test(url) ? `[${text}](${url})` : `[${text}](<${url.replace(/[<>\\]/g, '\\$&')}>)`;
}

/** A title or description is plain text: placeholders back, nothing escaped. */
export function renderPlainTarget(target: string, source: Segment): string {
  const byId = new Map(source.placeholders.map((placeholder) => [placeholder.id, placeholder]));
  return tokenizePlaceholders(normalizeWhitespace(target))
    .map((token) => {
      if (token.type === 'text') return token.value;
      if (token.type === 'stray') return token.char;
      const placeholder = byId.get(token.id);
      return (token.type === 'open' ? placeholder?.open : placeholder?.close) ?? '';
    })
    .join('');
}
