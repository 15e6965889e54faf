import { checkPlaceholders } from '../../segment/checkPlaceholders.ts';
import type { QaCheck } from '../types.ts';
import { placeholdersOf } from './text.ts';

/** Every placeholder of the source exactly once, paired ones properly nested: what reassembly needs. */
export const placeholders: QaCheck = {
  id: 'placeholders',
  severity: 'error',
  description: 'placeholders and inline markup ({1}…{/1}, {2}) as in the source, each once, properly nested',
  target(unit, context, report) {
    for (const problem of checkPlaceholders({ placeholders: placeholdersOf(unit.source, context) }, unit.target)) {
      if (problem.code === 'empty') continue;
      report(unit, { message: problem.message, hint: 'copy the placeholders from the source; they stand for code, links and formatting' });
    }
  },
};
