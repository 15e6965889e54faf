import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

/** Inline code written out in a text (`like this`), when a file carries it as text, not placeholders. */
function codeSpans(text: string): string[] {
  return [...proseOf(text).matchAll(/(`+)([^`]+?)\1/g)].map((m) => m[2] ?? '');
}

/** Inline code is never translated: the same spans, character for character. */
export const inlineCode: QaCheck = {
  id: 'inline-code',
  severity: 'error',
  description: 'inline code of the source unchanged in the target',
  target(unit, _context, report) {
    const target = codeSpans(unit.target);
    for (const code of codeSpans(unit.source)) {
      const index = target.indexOf(code);
      if (index !== -1) target.splice(index, 1);
      else report(unit, { message: `the code \`${code}\` is missing or changed`, hint: 'copy inline code exactly; it is what the reader types or sees on screen' });
    }
    for (const code of target) report(unit, { message: `the translation has code \`${code}\` the source does not have`, hint: 'remove the backticks, or copy the code from the source' });
  },
};
