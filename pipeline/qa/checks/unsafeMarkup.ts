import type { QaCheck } from '../types.ts';
import { introducedUnsafeMarkup } from '../../segment/unsafeMarkup.ts';

/** A translation must not introduce markup or scripts its source lacks (assembly refuses them too). */
export const unsafeMarkup: QaCheck = {
  id: 'unsafe-markup',
  severity: 'error',
  description: 'the target introduces HTML, JSX, <script>, javascript: URLs or the reserved marks ⸂ ⸃ its source lacks',
  target(unit, _context, report) {
    for (const construct of introducedUnsafeMarkup(unit.source, unit.target)) {
      report(unit, { message: `the translation introduces ${construct}, which the source does not have`, hint: 'remove it: translations carry text only; markup comes from the source as placeholders' });
    }
  },
};
