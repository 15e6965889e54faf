/** Where a run of translated text lands, which decides what must be escaped in it. */
export interface EscapeContext {
  format: 'md' | 'mdx';
  /** Output character right before the run; `\n` at the start of a line. */
  before: string;
  /** Output character right after the run; `\n` at the end of a line or of the document. */
  after: string;
  /** The run starts a line (after any container markers), where `#`, `-`, `1.` … start blocks. */
  atLineStart: boolean;
  inTable: boolean;
  /** The run ends an ATX heading, whose closing `#`s would be dropped. */
  endsHeading: boolean;
  /** Decisions already made: character index → escape it or not. */
  escapes?: ReadonlyMap<number, boolean>;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/;
/** What starts a block at the beginning of a line: ATX heading, blockquote, list item, fence. */
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|~{3,})/;
/** A whole line that is a thematic break or a setext underline. */
const WHOLE_LINE_MARKER = /^(?:([-*_])(?:[ \t]*\1){2,}|=+|-+)[ \t]*$/;

/**
 * Escape a run of plain text so Markdown (or MDX) reads it back as the same literal text,
 * escaping only characters that could start markup where they stand: `*_~` unless surrounded
 * by spaces, `_` also not inside a word, `<` only before a tag-like character (in MDX always),
 * `&` only before a character-reference shape, `\` only before punctuation or at the end, `!`
 * only before markup starting with `[` (an image), block markers only at a line start; `` ` ``, `[`, `]` always;
 * `{`/`}` in MDX; `|` in table cells.
 */
export function escapeMarkdownText(text: string, context: EscapeContext): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const previous = i > 0 ? (text[i - 1] ?? '') : context.before;
    const next = i + 1 < text.length ? (text[i + 1] ?? '') : context.after;
    const escape = context.escapes?.get(i) ?? needsEscape(text, i, char, previous, next, context);
    out += escape ? `\\${char}` : char;
  }
  if (context.atLineStart) {
    // The run may continue on the line with markup: look one character past it.
    const lineEnds = context.after === '\n' || context.after === '';
    const blockStart = BLOCK_START.exec(lineEnds ? out : out + context.after)?.[0];
    const marker = blockStart && blockStart.length <= out.length ? blockStart : lineEnds && WHOLE_LINE_MARKER.test(out) ? out[0] : undefined;
    // A digit cannot be escaped, so `1.` becomes `1\.`; any other marker gets its backslash.
    if (marker && /\d/.test(marker)) out = `${marker.slice(0, -1)}\\${out.slice(marker.length - 1)}`;
    else if (marker) out = `\\${out}`;
    // MDX reads a paragraph starting with `import `/`export ` as JavaScript: write the first
    // letter as a character reference instead.
    if (context.format === 'mdx' && /^(?:import|export)\b/.test(out)) out = `&#x${out.charCodeAt(0).toString(16)};${out.slice(1)}`;
  }
  return out;
}

function needsEscape(text: string, i: number, char: string, previous: string, next: string, context: EscapeContext): boolean {
  switch (char) {
    case '`':
    case '[':
    case ']':
      return true;
    case '\\':
      return next === '' || next === '\n' || ASCII_PUNCTUATION.test(next);
    case '*':
    case '~':
      return !(isSpace(previous) && isSpace(next));
    case '_':
      return !(isSpace(previous) && isSpace(next)) && !(isWordChar(previous) && isWordChar(next));
    case '<':
      return context.format === 'mdx' || /[A-Za-z/!?]/.test(next);
    case '{':
    case '}':
      return context.format === 'mdx';
    case '&':
      return REFERENCE.test(text.slice(i));
    case '!':
      // A `[` inside the run is escaped anyway; one of markup after it would start an image.
      return next === '[' && i === text.length - 1;
    case '|':
      return context.inTable;
    case '#': {
      // Only a trailing run of `#` after a space reads as an ATX closing sequence.
      const runStart = text.length - (/#*$/.exec(text)?.[0].length ?? 0);
      return context.endsHeading && i >= runStart && isSpace(runStart > 0 ? (text[runStart - 1] ?? '') : context.before);
    }
    default:
      return false;
  }
}

function isSpace(char: string): boolean {
  return char === '' || /\s/.test(char);
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}
