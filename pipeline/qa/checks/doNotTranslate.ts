import type { QaCheck } from '../types.ts';
import { tokenizePlaceholders } from '../../segment/placeholderText.ts';
import { placeholdersOf, proseOf } from './text.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of a name as a whole word, exactly as written. */
function count(text: string, term: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/**
 * Brand names written out in the source (in the store they are placeholders; in an XLIFF file
 * from elsewhere they may be text) stay exactly as written: not translated, respelled or recased.
 */
export const doNotTranslate: QaCheck = {
  id: 'do-not-translate',
  severity: 'error',
  description: 'do-not-translate terms (brand names) kept exactly as written',
  target(unit, context, report) {
    // In the store a brand name is a placeholder: reassembly accepts a target without it (the
    // sentence may be rephrased), so losing it is a warning here, not a broken segment.
    const inTarget = new Set(tokenizePlaceholders(unit.target).flatMap((t) => (t.type === 'open' ? [t.id] : [])));
    for (const name of placeholdersOf(unit.source, context).filter((p) => p.kind === 'dnt' && !inTarget.has(p.id))) {
      report(unit, { severity: 'warning', message: `the name {${name.id}} of the source is missing`, hint: 'keep the brand name: copy its placeholder from the source' });
    }
    const source = proseOf(unit.source);
    const target = proseOf(unit.target);
    // Longest first, so "Lumo Premium" is not also counted as "Lumo".
    const terms = [...context.glossary.doNotTranslate].sort((a, b) => b.length - a.length);
    let remainingSource = source;
    let remainingTarget = target;
    for (const term of terms) {
      const inSource = count(remainingSource, term);
      if (inSource > 0 && count(remainingTarget, term) === 0) {
        report(unit, { message: `"${term}" is not kept as written`, hint: `write "${term}" exactly, in every language` });
      }
      const blank = (text: string) => text.replace(new RegExp(escape(term), 'gu'), ' ');
      remainingSource = blank(remainingSource);
      remainingTarget = blank(remainingTarget);
    }
  },
};
