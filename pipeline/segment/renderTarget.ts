import { delimiterPattern } from './delimiterPattern.ts';
import { escapeMarkdownText } from './escapeMarkdown.ts';
import { normalizeWhitespace, tokenizePlaceholders } from './placeholderText.ts';
import type { BlockKind, Placeholder, Segment } from './types.ts';

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

type Piece =
  | { type: 'text'; value: string }
  | {
      type: 'markup';
      value: string;
      /** The placeholder as written in the text: `{2}` or `{/2}`. */
      token: string;
      kind: Placeholder['kind'];
      pair?: number;
      side?: 'open' | 'close';
    };

const EMPHASIS_KINDS = new Set<Placeholder['kind']>(['emphasis', 'strong', 'delete']);
const HTML_TAGS: Partial<Record<Placeholder['kind'], string>> = { emphasis: 'em', strong: 'strong', delete: 'del' };

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
      nextMarkup: next?.type === 'markup' ? next.value : '',
      // After a hard break the text starts a line of its own.
      atLineStart: (context.atLineStart && i === 0) || (previous?.type === 'markup' && previous.kind === 'break'),
      inTable: context.block === 'tableCell',
      endsHeading: context.block === 'heading' && context.endsBlock && i === pieces.length - 1,
      escapes: asSource,
    });
  });
  for (const [i, piece] of pieces.entries()) piece.value = out[i] ?? piece.value;
  fixDelimiters(pieces, byId, source.text, context);
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
function explicitLink(bare: string): string {
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

type IsEmphasis = (piece: Piece | undefined, side: 'open' | 'close') => boolean;

/** `{1} bold {/1}` → ` **bold** `: a delimiter next to a space does not open or close. */
function moveSpacesOutside(pieces: Piece[], isEmphasis: IsEmphasis): Piece[] {
  const moved: Piece[] = [];
  // A space taken from before closing delimiters goes after the last of them.
  let pendingSpace = false;
  const flush = () => {
    if (pendingSpace) moved.push({ type: 'text', value: ' ' });
    pendingSpace = false;
  };
  for (const [i, piece] of pieces.entries()) {
    if (piece.type !== 'text') {
      if (!isEmphasis(piece, 'close')) flush();
      moved.push(piece);
      continue;
    }
    flush();
    let value = piece.value;
    if (value.startsWith(' ') && isEmphasis(moved.at(-1), 'open')) {
      let at = moved.length;
      while (at > 0 && isEmphasis(moved[at - 1], 'open')) at -= 1;
      moved.splice(at, 0, { type: 'text', value: ' ' });
      value = value.slice(1);
    }
    if (value.endsWith(' ') && isEmphasis(pieces[i + 1], 'close')) {
      value = value.slice(0, -1);
      pendingSpace = true;
    }
    if (value) moved.push({ type: 'text', value });
  }
  flush();
  return mergeText(moved);
}

/** `{1}{/1}` of emphasis would print `****`, a thematic break or literal stars: drop the pair. */
function dropEmptyPairs(pieces: Piece[], isEmphasis: IsEmphasis): Piece[] {
  const kept: Piece[] = [];
  for (const piece of pieces) {
    const last = kept.at(-1);
    if (isEmphasis(piece, 'close') && last?.type === 'markup' && isEmphasis(last, 'open') && last.pair === (piece.type === 'markup' ? piece.pair : -1)) {
      kept.pop();
    } else kept.push(piece);
  }
  return mergeText(kept);
}

function mergeText(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (piece.type === 'text' && last?.type === 'text') last.value = `${last.value}${piece.value}`.replace(/ {2,}/g, ' ');
    else merged.push({ ...piece });
  }
  return merged;
}

/**
 * Make every emphasis pair parse: each delimiter run must be able to open (or close) given the
 * characters around it, and a closing run must not merge with a different pair's opening run
 * unless the source already had them side by side.
 */
function fixDelimiters(pieces: Piece[], byId: Map<number, Placeholder>, sourceText: string, context: RenderContext): void {
  const pairs = [...new Set(pieces.flatMap((piece) => (piece.type === 'markup' && piece.pair !== undefined ? [piece.pair] : [])))];
  const emphasisPairs = pairs.filter((id) => EMPHASIS_KINDS.has(byId.get(id)?.kind ?? 'code'));
  for (let round = 0; round <= emphasisPairs.length * 2; round += 1) {
    const broken = emphasisPairs.find((id) => !pairParses(pieces, id, sourceText, context));
    if (broken === undefined) return;
    const open = pieces.find((piece) => piece.type === 'markup' && piece.pair === broken && piece.side === 'open');
    const close = pieces.find((piece) => piece.type === 'markup' && piece.pair === broken && piece.side === 'close');
    if (!open || !close) return;
    if (/^_+$/.test(open.value)) {
      open.value = open.value.replace(/_/g, '*');
      close.value = close.value.replace(/_/g, '*');
    } else {
      const tag = HTML_TAGS[byId.get(broken)?.kind ?? 'emphasis'] ?? 'em';
      open.value = `<${tag}>`;
      close.value = `</${tag}>`;
    }
  }
}

function pairParses(pieces: Piece[], id: number, sourceText: string, context: RenderContext): boolean {
  const openAt = pieces.findIndex((piece) => piece.type === 'markup' && piece.pair === id && piece.side === 'open');
  const closeAt = pieces.findIndex((piece) => piece.type === 'markup' && piece.pair === id && piece.side === 'close');
  const delimiter = pieces[openAt]?.value[0] ?? '';
  if (!/^([*_~])\1*$/.test(pieces[openAt]?.value ?? '')) return true;
  const openRun = delimiterRun(pieces, openAt, delimiter, context);
  const closeRun = delimiterRun(pieces, closeAt, delimiter, context);
  if (!flanking(delimiter, openRun.before, openRun.after).open) return false;
  if (!flanking(delimiter, closeRun.before, closeRun.after).close) return false;
  // A run that closes one pair and opens another only works in the source's own arrangement.
  for (let at = openRun.from; at < openAt; at += 1) {
    const piece = pieces[at];
    if (piece?.type === 'markup' && piece.side === 'close' && !sourceText.includes(`{/${piece.pair}}{${id}}`)) return false;
  }
  return true;
}

interface DelimiterRun {
  from: number;
  before: string;
  after: string;
}

/** The delimiter pieces of one character around `at`, and the characters just outside them. */
function delimiterRun(pieces: Piece[], at: number, delimiter: string, context: RenderContext): DelimiterRun {
  const isDelimiter = (piece: Piece | undefined) =>
    piece?.type === 'markup' && piece.value.length > 0 && [...piece.value].every((char) => char === delimiter);
  let from = at;
  while (isDelimiter(pieces[from - 1])) from -= 1;
  let to = at;
  while (isDelimiter(pieces[to + 1])) to += 1;
  const before = pieces.slice(0, from).map((piece) => piece.value).join('').at(-1) ?? context.before;
  const after = pieces.slice(to + 1).map((piece) => piece.value).join('')[0] ?? context.after;
  return { from, before, after };
}

/**
 * CommonMark's left/right-flanking rules as micromark applies them to `*`, `_` and `~`,
 * including its leniency for `*` and `_` next to GFM's `~`.
 */
function flanking(delimiter: string, before: string, after: string): { open: boolean; close: boolean } {
  const space = (char: string) => char === '' || /\s/.test(char);
  const punctuation = (char: string) => /[\p{P}\p{S}]/u.test(char);
  const lenient = delimiter !== '~';
  const left = (!space(after) && (!punctuation(after) || space(before) || punctuation(before))) || (lenient && after === '~');
  const right = (!space(before) && (!punctuation(before) || space(after) || punctuation(after))) || (lenient && before === '~');
  if (delimiter !== '_') return { open: left, close: right };
  return { open: left && (!right || punctuation(before)), close: right && (!left || punctuation(after)) };
}
