import type { QaCheck } from '../types.ts';

/** Two spaces in a row inside the text (the ends are the whitespace check's). */
export const doubleSpace: QaCheck = {
  id: 'double-space',
  severity: 'warning',
  description: 'two or more spaces in a row',
  target(unit, _context, report) {
    const inner = unit.target.trim();
    if (/[ \u00a0\u202f\u3000]{2,}/.test(inner) && !/ {2,}/.test(unit.source.trim())) {
      report(unit, { message: 'the translation has two spaces in a row', hint: 'use one space' });
    }
  },
};
