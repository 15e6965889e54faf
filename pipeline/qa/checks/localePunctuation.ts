import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const FULL_WIDTH: Record<string, string> = { '.': '。', ',': '、', '!': '！', '?': '？', ':': '：', ';': '；', '(': '（', ')': '）' };
const escape = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');

/**
 * The locale's punctuation from its tone guide: French spaces before ; : ! ? (a narrow no-break
 * space or a space), full-width 。、！？ after Japanese and Chinese text, German „…“ quotes.
 */
export const localePunctuation: QaCheck = {
  id: 'punctuation',
  severity: 'warning',
  description: 'locale punctuation (tone guide): fr space before ; : ! ?, ja/zh full-width 。、, de „…“',
  target(unit, context, report) {
    const guide = context.toneGuides[unit.locale];
    if (!guide) return;
    const prose = proseOf(unit.target);
    const { spaceBefore, fullWidth, quotes } = guide.punctuation;
    if (spaceBefore) {
      // A placeholder right before the mark ({1}?) stands for a word, not for a space; a closing
      // one ({1}Note:{/1}) stands for nothing.
      const marked = unit.target.replace(/\{\/\d+\}/g, '').replace(/\{\d+\}/g, 'X');
      // A letter, digit or closing mark right before a mark that ends a phrase; times (10:30) and
      // URLs (https:, javascript:) have no space after the mark and are not punctuation.
      const pattern = new RegExp(String.raw`([\p{L}\p{N})\]»’”])([${escape(spaceBefore)}])(?=[\s.,;:!?)\]»”’]|$)`, 'gu');
      for (const match of proseOf(marked).matchAll(pattern)) {
        report(unit, { message: `no space before "${match[2]}"`, hint: `write "${match[1]}\u202f${match[2]}": a narrow no-break space before ${[...spaceBefore].join(' ')}` });
      }
    }
    if (fullWidth) {
      const pattern = new RegExp(String.raw`(?<=${CJK})[.,!?:;]|[.,!?:;](?=${CJK})`, 'gu');
      for (const match of prose.matchAll(pattern)) {
        report(unit, { message: `half-width "${match[0]}" in ${unit.locale} text`, hint: `write the full-width "${FULL_WIDTH[match[0]] ?? match[0]}"` });
      }
    }
    if (quotes) {
      const foreign = ['"', '“', '”', '«', '»'].filter((q) => q !== quotes.open && q !== quotes.close && prose.includes(q) && !proseOf(unit.source).includes(q === '"' ? '\u0000' : q));
      // Straight quotes in the source are the writer's; the translation uses the locale's own.
      for (const q of foreign) report(unit, { message: `quotation mark ${q} is not the locale's`, hint: `quote with ${quotes.open}…${quotes.close}` });
    }
  },
};
