import type { QaCheck } from '../types.ts';
import { isUnspaced, proseOf } from './text.ts';

/** What a sentence ends with, as a kind: the same kind must end the translation. */
const KINDS: Record<string, string> = { '.': 'stop', '。': 'stop', '۔': 'stop', '?': 'question', '？': 'question', '؟': 'question', '!': 'exclamation', '！': 'exclamation', ':': 'colon', '：': 'colon', '…': 'ellipsis' };
const NAMES: Record<string, string> = { stop: 'a full stop', question: 'a question mark', exclamation: 'an exclamation mark', colon: 'a colon', ellipsis: 'an ellipsis', none: 'no punctuation' };

/** The kind of the last mark of a text, looking past closing quotes, brackets and placeholders. */
function endKind(text: string): string {
  const trimmed = proseOf(text).replace(/[\s"'”“»«’)\]）」』*_]+$/u, '');
  if (trimmed.endsWith('...')) return 'ellipsis';
  return KINDS[trimmed.slice(-1)] ?? 'none';
}

/** The translation ends like its source: a question stays a question, a heading gets no full stop. */
export const endPunctuation: QaCheck = {
  id: 'end-punctuation',
  severity: 'warning',
  description: 'the target ends with the same kind of punctuation as the source',
  target(unit, _context, report) {
    if (!unit.target.trim()) return;
    const source = endKind(unit.source);
    const target = endKind(unit.target);
    if (source === target) return;
    // Help text may calm an exclamation to a full stop; Japanese and Chinese end the sentence that
    // introduces a list or code block with 。 (次のコードを記述します。) where English has a colon.
    if (source === 'exclamation' && target === 'stop') return;
    if (source === 'colon' && target === 'stop' && isUnspaced(unit.locale)) return;
    report(unit, { message: `the source ends with ${NAMES[source]}, the translation with ${NAMES[target]}`, hint: source === 'none' ? 'remove the final mark' : `end with ${NAMES[source]} of the locale` });
  },
};
