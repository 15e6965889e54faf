import { tokenizePlaceholders } from './placeholderText.ts';
import type { Placeholder } from './types.ts';

/**
 * Every `*`, `_` and `~` in the text runs of placeholder text, with what touches it: `s` space
 * (also the sentence edges), `p` punctuation, `o` anything else, or the delimiter character
 * itself, as placeholders' markup prints it: `a * {1}b{/1}` with strong `{1}` gives `s*s`.
 * Whether micromark reads such a character as a delimiter depends on exactly this, so a target
 * with the same pattern as its source can write each one as bare or escaped as the source did.
 */
export function delimiterPattern(text: string, placeholders: readonly Placeholder[]): string[] {
  // Only characters of the text runs count, and those all stand in `text`: most sentences have none.
  if (!/[*_~]/.test(text)) return [];
  const byId = new Map(placeholders.map((placeholder) => [placeholder.id, placeholder]));
  let flat = '';
  const inText: boolean[] = [];
  for (const token of tokenizePlaceholders(text)) {
    let piece = '';
    if (token.type === 'text') piece = token.value;
    else if (token.type === 'open') piece = byId.get(token.id)?.open ?? '';
    else if (token.type === 'close') piece = byId.get(token.id)?.close ?? '';
    flat += piece;
    inText.push(...Array.from({ length: piece.length }, () => token.type === 'text'));
  }
  const pattern: string[] = [];
  for (let i = 0; i < flat.length; i += 1) {
    const char = flat[i] ?? '';
    if (inText[i] && /[*_~]/.test(char)) pattern.push(classOf(flat[i - 1]) + char + classOf(flat[i + 1]));
  }
  return pattern;
}

function classOf(char: string | undefined): string {
  if (char === undefined || /\s/.test(char)) return 's';
  if (/[*_~]/.test(char)) return char;
  return /[\p{P}\p{S}]/u.test(char) ? 'p' : 'o';
}
