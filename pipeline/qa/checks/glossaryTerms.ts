import { findEnglishTerm, findTargetTerm, overlapsAny, type Span } from '../../glossary/findTerms.ts';
import { isUsable } from '../../glossary/types.ts';
import type { QaCheck } from '../types.ts';

/**
 * Source term present → one of its approved (preferred or admitted) translations present, found
 * with inflection tolerance (Passwörter for Passwort). Longer terms first, so "API token" is not
 * also read as "token".
 */
export const glossaryTerms: QaCheck = {
  id: 'glossary',
  severity: 'warning',
  description: 'a glossary term of the source is translated with an approved translation',
  target(unit, context, report) {
    const terms = [...context.glossary.terms].filter((t) => t.status !== 'forbidden').sort((a, b) => b.source.length - a.source.length);
    const claimed: Span[] = [];
    for (const term of terms) {
      const spans = findEnglishTerm(unit.source, term.source, term.caseSensitive).filter((s) => !overlapsAny(s, claimed));
      if (spans.length === 0) continue;
      claimed.push(...spans);
      const approved = (term.translations[unit.locale] ?? []).filter((t) => isUsable(t.status));
      if (approved.length === 0) continue;
      if (approved.some((t) => findTargetTerm(unit.target, t.term, unit.locale, term.caseSensitive).length > 0)) continue;
      const names = approved.map((t) => `"${t.term}"`).join(' or ');
      report(unit, { message: `"${term.source}" is not translated as ${names}`, hint: term.note ?? 'approved translations are in glossary/terms.yaml' });
    }
  },
};

/** A translation the glossary marks deprecated (warning) or forbidden (error) for this locale. */
export const glossaryForbidden: QaCheck = {
  id: 'glossary-forbidden',
  severity: 'error',
  description: 'a deprecated or forbidden translation of a glossary term of the source is used',
  target(unit, context, report) {
    for (const term of context.glossary.terms) {
      // "datos móviles" is right for "mobile data": a bad rendering only counts where the term is translated.
      const inSource = findEnglishTerm(unit.source, term.source, term.caseSensitive).length;
      if (inSource === 0) continue;
      const options = term.translations[unit.locale] ?? [];
      for (const bad of options.filter((t) => !isUsable(t.status))) {
        const found = findTargetTerm(unit.target, bad.term, unit.locale, term.caseSensitive);
        if (found.length === 0) continue;
        // "ordenador" can be inside an approved rendering too; then it is not the bad term.
        const good = options.filter((t) => isUsable(t.status)).flatMap((t) => findTargetTerm(unit.target, t.term, unit.locale, term.caseSensitive));
        if (found.every((s) => overlapsAny(s, good) && good.some((g) => g.end - g.start > s.end - s.start))) continue;
        // Every use of the term is rendered the approved way already ("tu celular … datos móviles"):
        // the other word stands for something else.
        if (good.length >= inSource) continue;
        const preferred = options.find((t) => t.status === 'preferred') ?? options.find((t) => isUsable(t.status));
        report(unit, {
          severity: bad.status === 'forbidden' ? 'error' : 'warning',
          message: `"${bad.term}" is ${bad.status} for "${term.source}"`,
          hint: preferred ? `use "${preferred.term}"${bad.note ? ` (${bad.note})` : ''}` : (bad.note ?? 'see glossary/terms.yaml'),
        });
      }
    }
  },
};

/** Writers: an English term the glossary deprecates or forbids. */
export const sourceTerms: QaCheck = {
  id: 'source-term',
  severity: 'warning',
  description: 'source: an English term the glossary deprecates or forbids',
  source(unit, context, report) {
    for (const term of context.glossary.terms) {
      if (term.status !== 'deprecated' && term.status !== 'forbidden') continue;
      if (findEnglishTerm(unit.source, term.source, term.caseSensitive).length === 0) continue;
      report(unit, {
        severity: term.status === 'forbidden' ? 'error' : 'warning',
        message: `"${term.source}" is ${term.status}`,
        hint: term.useInstead ? `write "${term.useInstead}"${term.note ? ` (${term.note})` : ''}` : (term.note ?? 'see glossary/terms.yaml'),
      });
    }
  },
};
