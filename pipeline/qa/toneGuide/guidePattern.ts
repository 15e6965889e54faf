/**
 * Patterns written in tone guides. JavaScript's `\b` only knows ASCII letters, so `\btú\b` would
 * never match "tú "; here `\b` is a boundary between any letter or digit and anything else.
 */
const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
const BOUNDARY = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/** Compile a guide's pattern case-insensitively with Unicode word boundaries; throws SyntaxError when invalid. */
export function compileGuidePattern(source: string): RegExp {
  // Replace `\b` only where the backslash itself is not escaped (`\\b` is a literal backslash and b).
  const body = source.replace(/(?<!\\)((?:\\\\)*)\\b/g, (_, slashes: string) => slashes + BOUNDARY);
  return new RegExp(body, 'giu');
}
