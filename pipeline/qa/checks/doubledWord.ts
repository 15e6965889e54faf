import type { QaCheck } from '../types.ts';
import { isUnspaced, proseOf } from './text.ts';

/** Words a language repeats on purpose: French reflexives (vous vous connectez), German "die, die" needs a comma anyway. */
const allowedRepeats = new Set(['nous', 'vous', 'se', 'que', 'ha', 'bye']);

/** The same word twice in a row ("the the", "Sie Sie"), a typical slip. */
export const doubledWord: QaCheck = {
  id: 'doubled-word',
  severity: 'warning',
  description: 'the same word twice in a row',
  target(unit, _context, report) {
    if (isUnspaced(unit.locale)) return;
    for (const match of proseOf(unit.target).matchAll(/(?<![\p{L}\p{N}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}\p{N}])/giu)) {
      const word = match[1] ?? '';
      if (allowedRepeats.has(word.toLowerCase())) continue;
      if (new RegExp(`(?<![\\p{L}])${word}\\s+${word}(?![\\p{L}])`, 'iu').test(proseOf(unit.source))) continue;
      report(unit, { message: `"${word}" is written twice in a row`, hint: `remove one "${word}"` });
    }
  },
};
