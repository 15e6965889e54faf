import { tokenizePlaceholders } from '../../segment/placeholderText.ts';
import type { QaCheck } from '../types.ts';
import { isUnspaced } from './text.ts';

/** Words a language repeats on purpose: French reflexives (vous vous connectez), laughter. */
const allowedRepeats = new Set(['nous', 'vous', 'ha', 'bye']);

/** The pairs "word word" of a text, within runs of text (a placeholder between them separates them). */
function doubledWords(text: string): string[] {
  const found: string[] = [];
  for (const token of tokenizePlaceholders(text)) {
    if (token.type !== 'text') continue;
    for (const match of token.value.matchAll(/(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)(?=\s+([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}]))/gu)) {
      const [, first = '', second = ''] = match;
      if (first.toLowerCase() !== second.toLowerCase() || allowedRepeats.has(first.toLowerCase())) continue;
      // German "damit Sie sie" (you it) differs in case; "The the" at a sentence start does not count as that.
      const sentenceStart = /(^|[.!?]\s+)$/.test(token.value.slice(0, match.index));
      if (first !== second && !sentenceStart) continue;
      found.push(first);
    }
  }
  return found;
}

/** The same word twice in a row ("the the", "Sie Sie"), a typical slip. */
export const doubledWord: QaCheck = {
  id: 'doubled-word',
  severity: 'warning',
  description: 'the same word twice in a row',
  target(unit, _context, report) {
    if (isUnspaced(unit.locale)) return;
    const inSource = new Set(doubledWords(unit.source).map((w) => w.toLowerCase()));
    for (const word of doubledWords(unit.target)) {
      if (!inSource.has(word.toLowerCase())) report(unit, { message: `"${word}" is written twice in a row`, hint: `remove one "${word}"` });
    }
  },
};
