/**
 * Seeded errors for the QA benchmark (`npm run bench:qa`): each seed takes a correct human
 * translation and injects exactly one error of one kind, the way translators and tools get them
 * wrong, or returns undefined when the unit cannot carry that error (a number change needs a number).
 */
import { isUnspaced, placeholdersOf } from '../pipeline/qa/checks/text.ts';
import { countWords } from '../pipeline/segment/countWords.ts';
import type { QaContext, QaUnit } from '../pipeline/qa/index.ts';
import type { Random } from '../test/helpers/prng.ts';

export type Seeded = { source?: string; target: string };

export interface Seed {
  /** The check that must find it. */
  check: string;
  /** The seeded unit goes into the file next to the correct one (consistency needs both). */
  withOriginal?: boolean;
  inject(unit: Required<Pick<QaUnit, 'source' | 'target'>> & QaUnit, context: QaContext, random: Random): Seeded | undefined;
}

const pickOf = <T>(random: Random, items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[Math.floor(random() * items.length)]);
const words = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}{}/])\p{L}{3,}(?![\p{L}\p{N}])/gu)];
const endsWithStop = /[.。]$/u;
const hasPlaceholders = (text: string) => /\{\d+\}/.test(text);
const polite: [RegExp, string][] = [[/します。$/u, 'する。'], [/できます。$/u, 'できる。'], [/ました。$/u, 'た。'], [/あります。$/u, 'ある。'], [/なります。$/u, 'なる。'], [/です。$/u, 'だ。'], [/されます。$/u, 'される。'], [/います。$/u, 'いる。']];
const informal: Record<string, [RegExp, string][]> = {
  de: [[/\bSie\b/u, 'du'], [/\bIhre\b/u, 'deine'], [/\bIhr\b/u, 'dein'], [/\bIhren\b/u, 'deinen'], [/\bIhnen\b/u, 'dir']],
  es: [[/\btus\b/u, 'vuestros'], [/\btu\b/u, 'vuestro'], [/\bpuedes\b/u, 'podéis'], [/\btienes\b/u, 'tenéis'], [/\bPuedes\b/u, 'Usted puede']],
  fr: [[/\bvotre\b/u, 'ton'], [/\bvos\b/u, 'tes'], [/\bvous\b/u, 'tu']],
};
/** Wording the tone guides forbid or would replace, written where the correct word stands. */
const tonePhrases: Record<string, [RegExp, string][]> = {
  // The sample's German has no download sentences: an English loan verb replaces the verb of an instruction.
  de: [[/\bherunterladen\b/u, 'downloaden'], [/\bheruntergeladen\b/u, 'gedownloadet'], [/^(?:Öffnen|Tippen|Wählen|Prüfen|Gehen) Sie\b/u, 'Downloaden Sie']],
  es: [[/\btu celular\b/u, 'tu móvil'], [/\bel celular\b/u, 'el móvil'], [/\bcelular\b/u, 'móvil']],
};

export const seeds: Seed[] = [
  { check: 'empty', inject: () => ({ target: '' }) },
  {
    check: 'placeholders',
    inject(unit, context, random) {
      // A brand name's placeholder may be dropped (do-not-translate warns): code, links and formatting may not.
      const names = new Set(placeholdersOf(unit.source, context).filter((p) => p.kind === 'dnt').map((p) => String(p.id)));
      const ids = [...unit.target.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).filter((id) => id !== undefined && !names.has(id));
      const id = pickOf(random, ids);
      return id === undefined ? undefined : { target: unit.target.replace(new RegExp(`\\{/?${id}\\}`, 'g'), '') };
    },
  },
  {
    check: 'unsafe-markup',
    inject: (unit, _c, random) => ({ target: `${unit.target} ${pickOf(random, ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">OK</a>', '<iframe src="https://evil.example"></iframe>', '<Banner />'])}` }),
  },
  {
    check: 'markdown',
    inject(unit, _c, random) {
      const word = pickOf(random, words(unit.target));
      return word ? { target: unit.target.slice(0, word.index) + `**${word[0]}**` + unit.target.slice(word.index + word[0].length) } : undefined;
    },
  },
  { check: 'links', inject: (unit) => ({ target: unit.target.replace(/([.。!?！？]?)$/u, ` https://lumo-help.example/x$1`) }) },
  {
    check: 'inline-code',
    inject(unit, _c, random) {
      const word = pickOf(random, words(unit.target));
      return word ? { target: unit.target.slice(0, word.index) + `\`${word[0]}\`` + unit.target.slice(word.index + word[0].length) } : undefined;
    },
  },
  {
    check: 'numbers',
    inject(unit, _c, random) {
      const found = [...unit.target.matchAll(/(?<![{/\d])\d+(?![}\d])/g)];
      const number = pickOf(random, found);
      if (!number || !/\d/.test(unit.source.replace(/\{\/?\d+\}/g, ''))) return undefined;
      const changed = String(Number(number[0]) + 1 + Math.floor(random() * 8));
      return { target: unit.target.slice(0, number.index) + changed + unit.target.slice(number.index + number[0].length) };
    },
  },
  {
    // A file from a CAT tool carries brand names as text; the translator respelled one.
    check: 'do-not-translate',
    inject(unit, context, random) {
      const term = pickOf(random, context.glossary.doNotTranslate.filter((t) => !t.includes(' ')));
      if (!term) return undefined;
      const word = pickOf(random, words(unit.target));
      if (!word) return undefined;
      const respelled = pickOf(random, [term.toUpperCase(), term.toLowerCase(), `${term.slice(0, -1)}u`]) ?? term;
      return { source: `${term}: ${unit.source}`, target: `${respelled}: ${unit.target}` };
    },
  },
  {
    check: 'glossary',
    inject(unit, context) {
      for (const term of context.glossary.terms) {
        const approved = (term.translations[unit.locale] ?? []).filter((t) => t.status === 'preferred' || t.status === 'admitted');
        if (!new RegExp(`\\b${term.source}s?\\b`, term.caseSensitive ? 'u' : 'iu').test(unit.source)) continue;
        const used = approved.find((t) => unit.target.includes(t.term));
        if (!used) continue;
        if (approved.some((t) => t !== used && unit.target.includes(t.term))) continue;
        return { target: unit.target.split(used.term).join(isUnspaced(unit.locale) ? 'もの' : 'Ding') };
      }
      return undefined;
    },
  },
  {
    check: 'glossary-forbidden',
    inject(unit, context) {
      for (const term of context.glossary.terms) {
        const options = term.translations[unit.locale] ?? [];
        const bad = options.find((t) => t.status === 'forbidden' || t.status === 'deprecated');
        const used = options.find((t) => t.status === 'preferred' && unit.target.includes(t.term));
        if (!bad || !used || !new RegExp(`\\b${term.source}`, 'iu').test(unit.source)) continue;
        return { target: unit.target.split(used.term).join(bad.term) };
      }
      return undefined;
    },
  },
  {
    check: 'register',
    inject(unit) {
      const rules = unit.locale === 'ja' ? polite : (informal[unit.locale] ?? []);
      for (const [pattern, replacement] of rules) if (pattern.test(unit.target)) return { target: unit.target.replace(pattern, replacement) };
      return undefined;
    },
  },
  {
    check: 'tone-phrase',
    inject(unit) {
      for (const [pattern, replacement] of tonePhrases[unit.locale] ?? []) if (pattern.test(unit.target)) return { target: unit.target.replace(pattern, replacement) };
      return undefined;
    },
  },
  { check: 'same-as-source', inject: (unit) => (words(unit.source).length >= 4 && !hasPlaceholders(unit.source) ? { target: unit.source } : undefined) },
  {
    // The same sentence translated a second way elsewhere in the file.
    check: 'inconsistent',
    withOriginal: true,
    inject(unit) {
      if (unit.locale === 'ja' || unit.locale === 'zh-cn') return { target: `なお、${unit.target}` };
      const first = /\p{L}/u.exec(unit.target);
      if (!first) return undefined;
      const letter = first[0];
      const swapped = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase();
      return swapped === letter ? undefined : { target: unit.target.slice(0, first.index) + swapped + unit.target.slice(first.index + 1) };
    },
  },
  {
    check: 'length-ratio',
    inject(unit) {
      if (unit.source.replace(/\{\/?\d+\}/g, '').length < 40 || hasPlaceholders(unit.source)) return undefined;
      const cut = Math.ceil(unit.target.length * (isUnspaced(unit.locale) ? 0.08 : 0.25));
      return { target: unit.target.slice(0, cut).trim() + (endsWithStop.test(unit.target) ? unit.target.slice(-1) : '') };
    },
  },
  { check: 'whitespace', inject: (unit, _c, random) => ({ target: random() < 0.5 ? `${unit.target} ` : ` ${unit.target}` }) },
  {
    check: 'double-space',
    inject(unit, _c, random) {
      const spaces = [...unit.target.matchAll(/ (?=\p{L})/gu)];
      const space = pickOf(random, spaces);
      if (space) return { target: unit.target.slice(0, space.index) + '  ' + unit.target.slice(space.index + 1) };
      const word = pickOf(random, words(unit.target));
      return word && word.index > 0 ? { target: unit.target.slice(0, word.index) + '  ' + unit.target.slice(word.index) } : undefined;
    },
  },
  {
    check: 'doubled-word',
    inject(unit, _c, random) {
      if (isUnspaced(unit.locale)) return undefined;
      // French "nous nous", "vous vous" are reflexives, not slips.
      const word = pickOf(random, words(unit.target).filter((w) => w.index > 0 && !['nous', 'vous'].includes(w[0].toLowerCase())));
      return word ? { target: unit.target.slice(0, word.index) + `${word[0]} ` + unit.target.slice(word.index) } : undefined;
    },
  },
  { check: 'end-punctuation', inject: (unit) => (endsWithStop.test(unit.target) ? { target: unit.target.slice(0, -1) } : undefined) },
  {
    check: 'brackets',
    inject(unit, _c, random) {
      const word = pickOf(random, words(unit.target).filter((w) => w.index > 0));
      const open = unit.locale === 'ja' ? '（' : '(';
      return word ? { target: unit.target.slice(0, word.index) + open + unit.target.slice(word.index) } : undefined;
    },
  },
  {
    check: 'punctuation',
    inject(unit) {
      if (unit.locale === 'ja' && /[、。]/.test(unit.target)) return { target: unit.target.replace(/、/u, ',').replace(/。$/u, '.') };
      if (unit.locale === 'fr' && /[\u202f\u00a0 ][?:;!]/u.test(unit.target)) return { target: unit.target.replace(/[\u202f\u00a0 ]([?:;!])/u, '$1') };
      if (unit.locale === 'de' && /„[^“]*“/u.test(unit.target)) return { target: unit.target.replace(/„([^“]*)“/u, '"$1"') };
      // A UI label quoted the English way (“Einstellungen”) instead of „Einstellungen“.
      const label = unit.locale === 'de' && !/["“”]/u.test(unit.source) ? /\{(\d+)\}([^{}]+)\{\/\1\}/u.exec(unit.target) : null;
      if (label) return { target: unit.target.replace(label[0], `“${label[0]}”`) };
      return undefined;
    },
  },
  { check: 'exclamation', inject: (unit) => (endsWithStop.test(unit.target) ? { target: unit.target.slice(0, -1) + (unit.locale === 'ja' ? '！' : '!') } : undefined) },
  {
    check: 'sentence-length',
    inject(unit, context) {
      const max = context.toneGuides[unit.locale]?.maxSentenceLength ?? 0;
      if (!max || !endsWithStop.test(unit.target) || hasPlaceholders(unit.target)) return undefined;
      const joiner = unit.locale === 'ja' ? '、' : unit.locale === 'de' ? ', und ' : unit.locale === 'fr' ? ', et ' : ', y ';
      const body = unit.target.slice(0, -1);
      const parts = [body];
      // Past the limit as the check counts: words, or characters in ja/zh without punctuation.
      while (countWords(parts.join(joiner), unit.locale) <= max) parts.push(body);
      return { target: parts.join(joiner) + unit.target.slice(-1) };
    },
  },
];
