import { anySourceTextMark } from '../assemble/sourceTextMarks.ts';
import { proseOf } from './placeholderText.ts';

/**
 * HTML or JSX tags, event handlers and script URLs: what could run or restyle a page. Also the
 * marks `kb assemble` puts around source-language sentences (no source may hold them): in a
 * translation they would mark its own text as English on the page.
 */
const UNSAFE = new RegExp(
  `<\\s*\\/?\\s*([A-Za-z][\\w.:-]*)[^<>]*>|\\bon[a-z]+\\s*=|\\b(?:javascript|vbscript)\\s*:|\\bdata:[\\w.+-]+\\/|\\{\\s*[A-Za-z_$][\\w$.]*\\s*\\(|<!--|${anySourceTextMark.source}`,
  'giu',
);

/** The unsafe constructs of a text, as written, lower-cased. */
function unsafeConstructs(text: string): string[] {
  return [...proseOf(text).matchAll(UNSAFE)].map((m) => (m[1] ? `<${m[1].toLowerCase()}>` : m[0].toLowerCase().replace(/\s+/g, '')));
}

/** The unsafe constructs a target has that its source does not; `kb assemble` refuses such targets. */
export function introducedUnsafeMarkup(source: string, target: string): string[] {
  const inSource = new Set(unsafeConstructs(source));
  return [...new Set(unsafeConstructs(target))].filter((c) => !inSource.has(c));
}
