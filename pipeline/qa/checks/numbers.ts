import { findNumbers, parseNumber, type NumberOccurrence } from '../../tm/numberFormats.ts';
import type { QaCheck } from '../types.ts';
import { tagOf } from './text.ts';

/** Separators the locale itself uses, so `1,000` in German reads as 1 (not 1000), as a German reader would. */
function localeSeparators(tag: string): { group: Set<string>; decimal: string } {
  const parts = new Intl.NumberFormat(tag).formatToParts(11111.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  // Spaces of any width group in locales that group with a space (fr 1 000, 1 000).
  const spaces = /\s/.test(group) ? [' ', '\u00a0', '\u202f', '\u2009'] : [];
  return { group: new Set([group, ...spaces, '\u066c', "'"]), decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/** Values a target number may mean: the readings the target locale allows, else every reading. */
function valuesOf(occurrence: NumberOccurrence, tag: string): string[] {
  const { group, decimal } = localeSeparators(tag);
  const fitting = occurrence.readings.filter((r) => (r.style.group === undefined || group.has(r.style.group)) && (r.style.decimal === undefined || r.style.decimal === decimal || r.style.decimal === '\u066b'));
  return (fitting.length > 0 ? fitting : occurrence.readings).map((r) => r.number.value);
}

/** Codes that mix ASCII letters and digits (4G, 22H2, H264): kept as written. Ordinals and units (1st, 2GB) are words. */
function codesOf(text: string): string[] {
  const prose = text.replace(/\{\/?\d+\}/g, ' ');
  return [...prose.matchAll(/(?<![A-Za-z0-9])(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]+(?![A-Za-z0-9])/g)].map((m) => m[0]).filter((c) => !/^\d+(?:st|nd|rd|th|[kmgt]i?b|kbps|mbps|ms|px|x|h|min|s|p)$/i.test(c));
}

/** Every number of the source appears in the target with the same value, written the target locale's way. */
export const numbers: QaCheck = {
  id: 'numbers',
  severity: 'error',
  description: 'numbers of the source kept in the target (locale formats: 1,000 · 1.000 · 1 000)',
  target(unit, context, report) {
    const sourceTag = tagOf(context.sourceLocale, context);
    const targetTag = tagOf(unit.locale, context);
    const wanted = findNumbers(unit.source).flatMap((o) => {
      const written = unit.source.slice(o.start, o.end);
      const value = parseNumber(written, sourceTag)?.value;
      return value === undefined ? [] : [{ written, value }];
    });
    const available = findNumbers(unit.target).map((o) => ({ written: unit.target.slice(o.start, o.end), values: valuesOf(o, targetTag) }));
    const targetCodes = codesOf(unit.target);
    for (const code of codesOf(unit.source)) {
      const index = targetCodes.indexOf(code);
      if (index === -1) report(unit, { message: `the code ${code} of the source is missing or changed`, hint: 'copy codes, versions and model names exactly' });
      else targetCodes.splice(index, 1);
    }
    const missing: { written: string; value: string }[] = [];
    for (const wantedNumber of wanted) {
      const index = available.findIndex((a) => a.values.includes(wantedNumber.value));
      if (index === -1) missing.push(wantedNumber);
      else available.splice(index, 1);
    }
    for (const { written, value } of missing) {
      // "1 hour" → "ساعة واحدة", "2 bars" → "deux barres": a small number may be spelled out, as
      // long as no other number stands where it was (5 attempts → 6 Versuche is a changed number).
      if (available.length === 0 && /^\d$|^10$/.test(written)) continue;
      const misread = available.find((a) => a.values.length > 0 && findNumbers(a.written)[0]?.readings.some((r) => r.number.value === value));
      report(unit, misread
        ? { message: `${misread.written} reads as ${misread.values[0]} in ${targetTag}, but the source has ${written}`, hint: `write ${value} with the separators of ${targetTag}: ${new Intl.NumberFormat(targetTag, { maximumFractionDigits: 20 }).format(Number(value))}` }
        : { message: `the number ${written} of the source is missing`, hint: 'keep every number, code and amount of the source' });
    }
  },
};
