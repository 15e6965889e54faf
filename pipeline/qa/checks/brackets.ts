import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

const PAIRS: [string, string][] = [['(', ')'], ['[', ']'], ['（', '）'], ['「', '」'], ['『', '』'], ['【', '】'], ['«', '»']];

/** Opening minus closing marks, per pair; German „ closes with “, elsewhere “ closes with ”. */
function imbalance(text: string, locale: string): Map<string, number> {
  const prose = proseOf(text);
  const count = (c: string) => prose.split(c).length - 1;
  const pairs: [string, string][] = [...PAIRS, locale.startsWith('de') ? ['„', '“'] : ['“', '”']];
  return new Map(pairs.map(([open, close]) => [`${open}${close}`, count(open) - count(close)]));
}

/** Brackets and quotes opened and never closed (or the reverse) where the source has them balanced. */
export const brackets: QaCheck = {
  id: 'brackets',
  severity: 'warning',
  description: 'unpaired brackets or quotation marks',
  target(unit, context, report) {
    const source = imbalance(unit.source, context.sourceLocale);
    for (const [pair, difference] of imbalance(unit.target, unit.locale)) {
      // A list item "1)" in the source is unbalanced on purpose; only new imbalance counts.
      if (difference === 0 || difference === source.get(pair)) continue;
      const [open, close] = [...pair];
      report(unit, { message: difference > 0 ? `"${open}" is never closed` : `"${close}" closes nothing`, hint: `pair every ${open} with ${close}` });
    }
  },
};
