import type { QaCheck, TargetUnit } from '../types.ts';

const normal = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Units grouped by `key` within a locale, where a group has more than one distinct `other`. */
function conflicts(units: TargetUnit[], key: (u: TargetUnit) => string, other: (u: TargetUnit) => string): TargetUnit[][] {
  const groups = new Map<string, TargetUnit[]>();
  for (const unit of units) {
    const id = `${unit.locale}\u0000${key(unit)}`;
    groups.set(id, [...(groups.get(id) ?? []), unit]);
  }
  return [...groups.values()].filter((group) => new Set(group.map(other)).size > 1);
}

/** The same source translated differently in one locale, or one translation used for different sources. */
export const inconsistent: QaCheck = {
  id: 'inconsistent',
  severity: 'warning',
  description: 'the same source translated differently, or one translation for different sources',
  targets(units, _context, report) {
    const translated = units.filter((u) => u.target.trim());
    for (const group of conflicts(translated, (u) => normal(u.source), (u) => normal(u.target))) {
      const variants = [...new Set(group.map((u) => normal(u.target)))];
      for (const unit of group) {
        const others = variants.filter((v) => v !== normal(unit.target));
        report(unit, { message: `the same source is also translated as "${others[0]}"${others.length > 1 ? ` and ${others.length - 1} more` : ''}`, hint: 'use one translation for one source, or make the sources differ' });
      }
    }
    // Sources differing only in case or final punctuation may share a translation.
    const loose = (text: string) => normal(text).toLowerCase().replace(/[\s.!?:;。！？]+$/u, '');
    for (const group of conflicts(translated, (u) => normal(u.target), (u) => loose(u.source))) {
      const sources = [...new Set(group.map((u) => normal(u.source)))];
      for (const unit of group) {
        const other = sources.find((s) => s !== normal(unit.source));
        report(unit, { message: `the same translation is used for a different source: "${other}"`, hint: 'different sources usually need different translations' });
      }
    }
  },
};
