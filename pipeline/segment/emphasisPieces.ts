/** Keeping emphasis, strong and strikethrough delimiters valid in rendered target text. */
import type { Placeholder } from './types.ts';

/** The output characters around a rendered sentence; `\n` at a line edge. */
export interface Surroundings {
  before: string;
  after: string;
}

/** Rendered output in the making: text runs and the markup placeholders stand for. */
export type Piece =
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

/** Placeholder kinds written with `*`, `_` or `~` delimiters. */
export const EMPHASIS_KINDS = new Set<Placeholder['kind']>(['emphasis', 'strong', 'delete']);
const HTML_TAGS: Partial<Record<Placeholder['kind'], string>> = { emphasis: 'em', strong: 'strong', delete: 'del' };

/** Whether a piece opens (or closes) an emphasis-like pair. */
export type IsEmphasis = (piece: Piece | undefined, side: 'open' | 'close') => boolean;

/** `{1} bold {/1}` → ` **bold** `: a delimiter next to a space does not open or close. */
export function moveSpacesOutside(pieces: Piece[], isEmphasis: IsEmphasis): Piece[] {
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
export function dropEmptyPairs(pieces: Piece[], isEmphasis: IsEmphasis): Piece[] {
  const kept: Piece[] = [];
  for (const piece of pieces) {
    const last = kept.at(-1);
    if (isEmphasis(piece, 'close') && last?.type === 'markup' && isEmphasis(last, 'open') && last.pair === (piece.type === 'markup' ? piece.pair : -1)) {
      kept.pop();
    } else kept.push(piece);
  }
  return mergeText(kept);
}

/** Join neighbouring text pieces (one space where two meet). */
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
export function fixDelimiters(pieces: Piece[], byId: Map<number, Placeholder>, sourceText: string, context: Surroundings): void {
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

function pairParses(pieces: Piece[], id: number, sourceText: string, context: Surroundings): boolean {
  const openAt = pieces.findIndex((piece) => piece.type === 'markup' && piece.pair === id && piece.side === 'open');
  const closeAt = pieces.findIndex((piece) => piece.type === 'markup' && piece.pair === id && piece.side === 'close');
  const delimiter = pieces[openAt]?.value[0] ?? '';
  if (!/^([*_~])\1*$/.test(pieces[openAt]?.value ?? '')) return true;
  const openRun = delimiterRun(pieces, openAt, delimiter, context);
  const closeRun = delimiterRun(pieces, closeAt, delimiter, context);
  if (!flanking(delimiter, openRun.before, openRun.after).open) return false;
  if (!flanking(delimiter, closeRun.before, closeRun.after).close) return false;
  // A run that closes one pair and opens another only works in the source's own arrangement: the
  // placeholders from that close to this open, as one sequence (`{/1}{2}{3}` in `*a*****b*…`).
  for (let at = openRun.from; at < openAt; at += 1) {
    const piece = pieces[at];
    if (piece?.type === 'markup' && piece.side === 'close' && !sourceText.includes(tokensBetween(pieces, at, openAt))) return false;
  }
  return true;
}

/** The placeholders of pieces `from`…`to` (one delimiter run) as written in the text. */
function tokensBetween(pieces: Piece[], from: number, to: number): string {
  return pieces.slice(from, to + 1).map((piece) => (piece.type === 'markup' ? piece.token : piece.value)).join('');
}

interface DelimiterRun {
  from: number;
  before: string;
  after: string;
}

/** The delimiter pieces of one character around `at`, and the characters just outside them. */
function delimiterRun(pieces: Piece[], at: number, delimiter: string, context: Surroundings): DelimiterRun {
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
