import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

/** A target identical to its source is usually untranslated, unless it is a name, a code or allowed. */
export const sameAsSource: QaCheck = {
  id: 'same-as-source',
  severity: 'warning',
  description: 'the target is the untranslated source (allowlist: sameAsSource in the tone guide)',
  target(unit, context, report) {
    if (unit.target.trim() !== unit.source.trim()) return;
    const words = proseOf(unit.source).match(/\p{L}{2,}/gu) ?? [];
    // Nothing but placeholders, numbers, codes and single letters: the same in every language.
    if (words.length === 0) return;
    const allowed = new Set([...(context.toneGuides[unit.locale]?.sameAsSource ?? []), ...context.glossary.doNotTranslate].map((s) => s.toLowerCase()));
    if (allowed.has(proseOf(unit.source).trim().toLowerCase())) return;
    if (words.every((w) => allowed.has(w.toLowerCase()) || /^[A-Z0-9_]+$/.test(w))) return;
    report(unit, { message: 'the translation is the same as the source', hint: 'translate it, or add it to sameAsSource in the tone guide if it stays as written' });
  },
};
