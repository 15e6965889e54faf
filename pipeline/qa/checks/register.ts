import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

/**
 * The locale's register from its tone guide: no word of the wrong register (du, tu, vosotros,
 * usted, 你), and for Japanese no plain-form sentence ending (だ, である, dictionary form).
 */
export const register: QaCheck = {
  id: 'register',
  severity: 'error',
  description: "the locale's register (tone guide): de Sie, fr vous, es-419 tú, pt-BR você, ja です/ます, zh-CN 您",
  target(unit, context, report) {
    const guide = context.toneGuides[unit.locale];
    if (!guide) return;
    const prose = proseOf(unit.target);
    for (const marker of guide.registerMarkers) {
      const match = prose.match(marker.pattern);
      if (!match) continue;
      report(unit, {
        message: marker.message ? `"${match[0]}": ${marker.message}` : `"${match[0]}" is not the ${guide.register} register of this locale`,
        hint: marker.hint ?? `see ${guide.file}`,
      });
    }
    if (guide.plainFormEndings && context.japanese) {
      for (const { ending, sentence } of context.japanese.plainEndings(unit.target)) {
        report(unit, { message: `the sentence "${sentence}" ends in plain form (${ending})`, hint: 'end sentences politely with です/ます (…します, …できます, …ください)' });
      }
    }
  },
};

/** Phrases the tone guide forbids (error) or would replace (warning). */
export const tonePhrases: QaCheck = {
  id: 'tone-phrase',
  severity: 'error',
  description: 'phrases the tone guide forbids (error) or prefers another wording for (warning)',
  target(unit, context, report) {
    const guide = context.toneGuides[unit.locale];
    if (!guide) return;
    const prose = proseOf(unit.target);
    for (const phrase of guide.forbiddenPhrases) {
      const match = prose.match(phrase.pattern);
      if (match) report(unit, { message: phrase.message ? `"${match[0]}": ${phrase.message}` : `"${match[0]}" is not used in this locale`, hint: phrase.useInstead ? `write "${phrase.useInstead}"` : (phrase.hint ?? `see ${guide.file}`) });
    }
    for (const phrase of guide.preferredPhrases) {
      const match = prose.match(phrase.pattern);
      if (match) report(unit, { severity: 'warning', message: phrase.message ? `"${match[0]}": ${phrase.message}` : `"${match[0]}": the tone guide prefers "${phrase.prefer}"`, hint: `write "${phrase.prefer}"` });
    }
  },
};

/** Exclamation marks beyond what the tone guide allows: help text stays calm. */
export const exclamation: QaCheck = {
  id: 'exclamation',
  severity: 'warning',
  description: 'exclamation marks the tone guide does not allow',
  target(unit, context, report) {
    const guide = context.toneGuides[unit.locale];
    if (!guide || guide.exclamationMarks === 'allowed') return;
    // Spanish opens with ¡ as well: only the closing marks are counted.
    const count = (text: string) => proseOf(text).match(/[!！]/g)?.length ?? 0;
    const allowed = guide.exclamationMarks === 'never' ? 0 : count(unit.source);
    if (count(unit.target) > allowed) report(unit, { message: 'the translation has exclamation marks the source does not', hint: `use a full stop; see ${guide.file}` });
  },
};
