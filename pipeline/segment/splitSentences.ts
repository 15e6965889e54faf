import { abbreviationPattern } from './abbreviations.ts';
import { tokenizePlaceholders } from './placeholderText.ts';
import { segmenterFor } from './segmenters.ts';
import type { Placeholder } from './types.ts';

/** A half-open character range `[start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** What the splitter needs to know about a placeholder; without it, every `{n}` is a word. */
export type PlaceholderInfo = Pick<Placeholder, 'id' | 'shape' | 'kind'>;

/**
 * The sentences of placeholder text as ranges, trimmed of whitespace and hard breaks.
 *
 * `Intl.Segmenter` (sentence granularity, cached per locale) proposes the boundaries. It reads a
 * projection of the text with the same length, so offsets carry over: line breaks read as
 * spaces (a soft line break is not a paragraph end), `…` reads as `...`, a standalone
 * placeholder as a word (`X`; a hard break as spaces, a footnote reference as a closing bracket),
 * a paired placeholder's tags as brackets. A proposed boundary is dropped when it falls inside a
 * placeholder or a paired placeholder is open across it (the sentences merge), or right after
 * a known abbreviation (`e.g.`, `Dr.`, `z. B.`), or when it follows an ASCII character with no
 * space (CJK `。` needs none, `.` does). A piece without letters or digits ("🙂",
 * "{1}") is not a sentence of its own: it joins the previous one (the next if it is first).
 */
export function sentenceRanges(text: string, locale: string, placeholders?: readonly PlaceholderInfo[]): TextRange[] {
  const { projection, prose, isBoundaryAllowed, tagStartBefore } = project(text, placeholders);
  // afterAbbreviation[i] = 1: a sentence ending at i would end inside or right after an abbreviation.
  const afterAbbreviation = new Uint8Array(text.length + 1);
  const pattern = abbreviationPattern(locale);
  if (pattern) {
    for (const match of projection.matchAll(pattern)) afterAbbreviation.fill(1, match.index + 1, match.index + match[0].length + 1);
  }

  const starts = [0];
  for (const proposed of segmenterFor(locale, 'sentence').segment(projection)) {
    const index = isBoundaryAllowed(proposed.index) ? proposed.index : tagStartBefore(proposed.index);
    if (index === undefined || index === 0) continue;
    // Latin-script sentences are separated by a space: `a [!` + `{1}link{/1}` is one sentence.
    if (/[!-~]/.test(projection[index - 1] ?? '')) continue;
    let sentenceEnd = index;
    while (sentenceEnd > 0 && /\s/.test(projection[sentenceEnd - 1] ?? '')) sentenceEnd -= 1;
    if (afterAbbreviation[sentenceEnd] === 1) continue;
    starts.push(index);
  }

  const ranges: TextRange[] = [];
  for (const [i, start] of starts.entries()) {
    const range = trimRange(projection, start, starts[i + 1] ?? text.length);
    if (range.end <= range.start) continue;
    const previous = ranges.at(-1);
    const hasProse = /[\p{L}\p{N}]/u.test(prose.slice(range.start, range.end));
    if (previous && (!hasProse || !/[\p{L}\p{N}]/u.test(prose.slice(previous.start, previous.end)))) {
      previous.end = range.end;
    } else ranges.push(range);
  }
  return ranges;
}

/** The sentences of placeholder text (see `sentenceRanges`), each trimmed. */
export function splitSentences(text: string, locale: string, placeholders?: readonly PlaceholderInfo[]): string[] {
  return sentenceRanges(text, locale, placeholders).map(({ start, end }) => text.slice(start, end));
}

interface Projection {
  /** What the segmenter reads. */
  projection: string;
  /** The text runs only, placeholders blanked: where to look for letters. */
  prose: string;
  /** False inside a placeholder and while a paired placeholder is open. */
  isBoundaryAllowed: (offset: number) => boolean;
  /**
   * For a boundary the segmenter put inside or right after an opening placeholder, the start of
   * that placeholder: `。{1}スキップ` reads as `。(((スキップ`, and Unicode counts the bracket as
   * closing punctuation of the sentence before. Undefined when the start is no boundary either.
   */
  tagStartBefore: (offset: number) => number | undefined;
}

function project(text: string, placeholders: readonly PlaceholderInfo[] | undefined): Projection {
  const tokens = tokenizePlaceholders(text);
  const closed = new Set(tokens.flatMap((token) => (token.type === 'close' ? [token.id] : [])));
  const known = new Map(placeholders?.map((placeholder) => [placeholder.id, placeholder]));
  const blocked = new Uint8Array(text.length + 1);
  let projection = '';
  let prose = '';
  let depth = 0;
  const openTagStart = new Int32Array(text.length + 1).fill(-1);
  for (const token of tokens) {
    const raw = text.slice(token.start, token.end);
    const length = raw.length;
    if (depth > 0) blocked.fill(1, token.start, token.end);
    if (token.type === 'text' || token.type === 'stray') {
      const read = raw.replace(/[\t\r\n]/g, ' ').replace(/…/g, '.');
      projection += read;
      prose += read;
      continue;
    }
    blocked.fill(1, token.start + 1, token.end);
    if (token.type === 'open' && depth === 0) openTagStart.fill(token.start, token.start + 1, token.end + 1);
    prose += ' '.repeat(length);
    const info = known.get(token.id);
    const paired = info ? info.shape === 'paired' : closed.has(token.id);
    if (token.type === 'close') {
      depth = Math.max(0, depth - 1);
      projection += ')'.repeat(length);
    } else if (paired) {
      depth += 1;
      projection += '('.repeat(length);
    } else {
      projection += (info?.kind === 'break' ? ' ' : info?.kind === 'footnote' ? ']' : 'X').repeat(length);
    }
    if (depth > 0) blocked[token.end] = 1;
  }
  return {
    projection,
    prose,
    isBoundaryAllowed: (offset) => blocked[offset] !== 1,
    tagStartBefore: (offset) => {
      const start = openTagStart[offset] ?? -1;
      return start >= 0 && blocked[start] !== 1 ? start : undefined;
    },
  };
}

/** Shrink a range past spaces at both ends (hard breaks read as spaces, so they go too). */
function trimRange(projection: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && projection[from] === ' ') from += 1;
  while (to > from && projection[to - 1] === ' ') to -= 1;
  return { start: from, end: to };
}
