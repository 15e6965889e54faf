import type { QaCheck } from '../types.ts';
import { isUnspaced, proseOf } from './text.ts';

/** Target/source length in characters that human translations stay within, per script. */
function bounds(locale: string): [number, number] {
  return isUnspaced(locale) ? [0.15, 1.3] : [0.45, 2.6];
}

/** A translation far shorter or longer than its source is often incomplete or has something extra. */
export const lengthRatio: QaCheck = {
  id: 'length-ratio',
  severity: 'warning',
  description: 'the target is far shorter or longer than the source',
  target(unit, _context, report) {
    const source = proseOf(unit.source).trim().length;
    const target = proseOf(unit.target).trim().length;
    // Short texts vary too much ("OK", "Einstellungen") to judge.
    if (source < 25 || target === 0) return;
    const [min, max] = bounds(unit.locale);
    const ratio = target / source;
    if (ratio < min) report(unit, { message: `the translation is ${Math.round(ratio * 100)} % of the source's length`, hint: 'check that nothing was left out' });
    else if (ratio > max) report(unit, { message: `the translation is ${Math.round(ratio * 100)} % of the source's length`, hint: 'check for text the source does not have' });
  },
};
