import type { QaCheck } from '../types.ts';

/** A blank target would publish nothing; a unit without one is not translated yet. */
export const empty: QaCheck = {
  id: 'empty',
  severity: 'error',
  description: 'the target is empty (error) or missing (warning)',
  target(unit, _context, report) {
    if (!unit.target.trim()) report(unit, { message: 'the translation is empty', hint: 'translate the source, or remove the target to leave the unit untranslated' });
  },
  untranslated(unit, _context, report) {
    report(unit, { severity: 'warning', message: 'the unit is not translated', hint: 'add a target' });
  },
};
