import type { QaCheck } from '../types.ts';

const leading = (s: string) => /^\s*/.exec(s)?.[0] ?? '';
const trailing = (s: string) => /\s*$/.exec(s)?.[0] ?? '';

/** Leading or trailing whitespace the source does not have: it shows up in the rendered page. */
export const whitespace: QaCheck = {
  id: 'whitespace',
  severity: 'warning',
  description: 'leading or trailing whitespace differs from the source',
  target(unit, _context, report) {
    if (!unit.target.trim()) return;
    if (leading(unit.target) !== leading(unit.source)) report(unit, { message: 'the translation starts with whitespace the source does not have', hint: 'remove the leading spaces' });
    if (trailing(unit.target) !== trailing(unit.source)) report(unit, { message: 'the translation ends with whitespace the source does not have', hint: 'remove the trailing spaces' });
  },
};
