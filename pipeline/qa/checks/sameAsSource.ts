import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

/** A target identical to its source is usually untranslated, unless it is a name, a code or allowed. */
export const sameAsSource: QaCheck = {
  id: 'same-as-source',
  severity: 'warning',
  description: 'the target is the untranslated source (allowlist: sameAsSource in the tone guide)',
  target(unit, context, report) {
    if (unit.target.trim() !== unit.source.trim()) return;
    const prose = proseOf(unit.source).trim();
    const allowed = new Set([...(context.toneGuides[unit.locale]?.sameAsSource ?? []), ...context.glossary.doNotTranslate].map((s) => s.toLowerCase()));
    if (allowed.has(prose.toLowerCase())) return;
    // Words a translator would translate: not codes, URLs, allowed names or capitalised product
    // names (Mac App Store); one such word ("Web", "No", "Causes") is often the same in the target.
    const words = prose.replace(/\S*(?:\.\w{2,}|\/)\S*/g, ' ').match(/\p{L}[\p{L}'’-]+/gu) ?? [];
    const translatable = words.filter((w, i) => !allowed.has(w.toLowerCase()) && !/^[\p{Lu}\d_]+$/u.test(w) && !(i > 0 && /^\p{Lu}/u.test(w)));
    if (translatable.length < 2 || words.every((w) => /^\p{Lu}/u.test(w))) return;
    report(unit, { message: 'the translation is the same as the source', hint: 'translate it, or add it to sameAsSource in the tone guide if it stays as written' });
  },
};
