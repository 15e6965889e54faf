import { fromMarkdown } from 'mdast-util-from-markdown';

/** Where each character of a parsed text value came from in the Markdown source. */
export interface TextOffsets {
  /** Source offset where value character i starts. */
  starts: number[];
  /** Source offset where value character i ends (after its escape, reference or line prefix). */
  ends: number[];
}

const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const decoded = new Map<string, string>();

/**
 * Align a text node's value with its source slice `source[start, end)`. The parser drops
 * backslashes of escapes, decodes character references, and strips line-end spaces and the
 * next line's indentation and `>` markers (up to `quoteDepth` of them); mdast keeps no record of
 * that, and splicing translations back needs exact source offsets.
 */
export function mapTextOffsets(value: string, source: string, start: number, end: number, quoteDepth: number): TextOffsets {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = start;
  let i = 0;
  const record = (count: number, from: number, to: number) => {
    for (let k = 0; k < count; k += 1) {
      starts.push(k === 0 ? from : to);
      ends.push(to);
    }
    i += count;
    at = to;
  };
  while (i < value.length) {
    const char = value[i] ?? '';
    if (char === '\n' || char === '\r') {
      const lineEnding = char === '\r' && value[i + 1] === '\n' ? 2 : 1;
      let to = at;
      while (to < end && (source[to] === ' ' || source[to] === '\t')) to += 1;
      record(lineEnding, at, skipLinePrefix(source, to + lineEnding, end, quoteDepth, value[i + lineEnding]));
      continue;
    }
    if (source[at] === '\\' && source[at + 1] === char && ASCII_PUNCTUATION.test(char)) {
      record(1, at, at + 2);
      continue;
    }
    if (source[at] === '&') {
      REFERENCE.lastIndex = at;
      const reference = REFERENCE.exec(source)?.[0];
      const text = reference === undefined ? undefined : decodeReference(reference);
      if (reference !== undefined && text !== undefined && text !== reference && value.startsWith(text, i)) {
        record(text.length, at, at + reference.length);
        continue;
      }
    }
    if (source[at] !== char) {
      throw new Error(`cannot align text ${JSON.stringify(value)} with its source at offset ${at}`);
    }
    record(1, at, at + 1);
  }
  return { starts, ends };
}

/** After a line ending: past indentation and quote markers, but not into the next character. */
function skipLinePrefix(source: string, from: number, end: number, quoteDepth: number, next: string | undefined): number {
  const skipSpace = (at: number) => {
    let to = at;
    while (to < end && (source[to] === ' ' || source[to] === '\t')) to += 1;
    return to;
  };
  const candidates = [skipSpace(from)];
  for (let depth = 0; depth < quoteDepth; depth += 1) {
    const at = candidates.at(-1) ?? from;
    if (source[at] !== '>' || at >= end) break;
    candidates.push(skipSpace(at + 1));
  }
  // A lazy continuation line may start with a literal `>`: take the longest prefix after which
  // the next value character can still begin.
  const fits = (at: number) => next === undefined || source[at] === next || source[at] === '\\' || source[at] === '&';
  return candidates.findLast(fits) ?? candidates[0] ?? from;
}

/** The characters a reference stands for, or the reference itself if it names nothing. */
function decodeReference(reference: string): string {
  let text = decoded.get(reference);
  if (text === undefined) {
    const paragraph = fromMarkdown(reference).children[0];
    const node = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    text = node?.type === 'text' ? node.value : reference;
    decoded.set(reference, text);
  }
  return text;
}
