/** Reading and writing the placeholder syntax of segment text: `{n}`, `{n}…{/n}`, `{{`, `}}`. */
import type { Placeholder } from './types.ts';

/** Every token knows where it sits in the text: `start` inclusive, `end` exclusive. */
export type PlaceholderToken = { start: number; end: number } & (
  | { type: 'text'; value: string }
  /** `{n}`: a standalone placeholder or the start of a paired one (the source says which). */
  | { type: 'open'; id: number }
  | { type: 'close'; id: number }
  /** A single `{` or `}` that is neither doubled nor part of a placeholder. */
  | { type: 'stray'; char: string }
);

const TOKEN = /\{\{|\}\}|\{(\/?)(\d+)\}|[{}]/g;

/** Text runs only: each placeholder marker becomes one space, literal braces are undoubled. */
export function proseOf(text: string): string {
  return tokenizePlaceholders(text)
    .map((token) => (token.type === 'text' ? token.value : token.type === 'stray' ? token.char : ' '))
    .join('');
}

/** Split placeholder text into literal text runs (braces undoubled) and placeholder tokens. */
export function tokenizePlaceholders(text: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  let literal = '';
  let literalStart = 0;
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    literal += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '{{' || match[0] === '}}') {
      literal += match[0][0];
      continue;
    }
    if (literal) tokens.push({ type: 'text', value: literal, start: literalStart, end: match.index });
    literal = '';
    literalStart = last;
    const span = { start: match.index, end: last };
    if (match[2] === undefined) tokens.push({ type: 'stray', char: match[0], ...span });
    else tokens.push({ type: match[1] ? 'close' : 'open', id: Number(match[2]), ...span });
  }
  literal += text.slice(last);
  if (literal) tokens.push({ type: 'text', value: literal, start: literalStart, end: text.length });
  return tokens;
}

/** Double literal braces so prose can never be mistaken for a placeholder. */
export function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/** Collapse whitespace runs to one space and trim: segment text is always one line. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Whether the text runs hold a letter or digit: if not, there is nothing to translate. */
export function hasProse(text: string): boolean {
  return tokenizePlaceholders(text).some((token) => token.type === 'text' && /[\p{L}\p{N}]/u.test(token.value));
}

/**
 * The placeholders a text written elsewhere (a TMX file) implies: `{n}…{/n}` paired, `{n}`
 * standalone. What they stand for is unknown, so each is required, as code would be.
 */
export function placeholdersInText(text: string): Pick<Placeholder, 'id' | 'shape' | 'kind'>[] {
  const tokens = tokenizePlaceholders(text);
  const closed = new Set(tokens.flatMap((t) => (t.type === 'close' ? [t.id] : [])));
  const ids = [...new Set(tokens.flatMap((t) => (t.type === 'open' ? [t.id] : [])))];
  return ids.map((id) => (closed.has(id) ? { id, shape: 'paired', kind: 'emphasis' } : { id, shape: 'standalone', kind: 'code' }));
}

/**
 * Replace every placeholder number in `text` by `renumber(id)`, or by literal text where `literal`
 * says so; prose (and doubled braces) stays as written.
 */
export function renumberPlaceholders(text: string, renumber: (id: number) => number, literal: ReadonlyMap<number, string> = new Map()): string {
  return tokenizePlaceholders(text)
    .map((token) => {
      if (token.type === 'open' && literal.has(token.id)) return escapeBraces(literal.get(token.id) as string);
      if (token.type === 'open') return `{${renumber(token.id)}}`;
      if (token.type === 'close') return `{/${renumber(token.id)}}`;
      return text.slice(token.start, token.end);
    })
    .join('');
}
