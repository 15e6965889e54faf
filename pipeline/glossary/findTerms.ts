/**
 * Finding glossary terms in running text, tolerant of inflection: an exact-match term check flags
 * "Passwörter" against "Passwort" and "contraseñas" against "contraseña" (Weblate #1297). Spans
 * are offsets into the text given, so callers can tell whether two matches overlap.
 */
import type { ApprovedTerm } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

/** Placeholder markers `{1}`, `{/1}` blanked to spaces of the same length: offsets stay valid. */
export function blankMarkers(text: string): string {
  return text.replace(/\{\/?\d+\}/g, (m) => ' '.repeat(m.length));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letter = String.raw`[\p{L}\p{M}\p{N}_]`;

/**
 * Where an English term occurs: whole words, a space matching any run of spaces or hyphen
 * (`two-step` / `two step`), the last word also in its plural (`messages`, `backups`).
 */
export function findEnglishTerm(text: string, term: string, caseSensitive: boolean): Span[] {
  const words = term.trim().split(/[\s-]+/).map(escape);
  const body = words.join(String.raw`[\s-]+`);
  const pattern = new RegExp(String.raw`(?<!${letter})${body}(?:s|es)?(?!${letter})`, caseSensitive ? 'gu' : 'giu');
  return [...blankMarkers(text).matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Locales that write without spaces between words: a term is found as a substring. */
function isUnspaced(locale: string): boolean {
  return /^(ja|zh|th|lo|km|my)(-|$)/.test(locale);
}

interface Word extends Span {
  text: string;
}

function wordsOf(text: string): Word[] {
  // French and Italian elide articles onto the word (l’ordinateur, d’appel): the word is what follows.
  return [...text.matchAll(/[\p{L}\p{M}\p{N}’'-]+/gu)].map((m) => ({ text: m[0].replace(/^['’-]+|['’-]+$/g, '').replace(/^(?:[ldjmnstc]|qu)['’](?=\p{L})/iu, ''), start: m.index, end: m.index + m[0].length }));
}

/** Arabic letters as compared: no short vowels or tatweel, one alef. */
function normalizeArabic(word: string): string {
  return word.replace(/[\u064b-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا');
}

/** Arabic proclitics (و ف ب ك ل, then the article ال): a word may carry them, or start with those letters. */
function arabicVariants(word: string): string[] {
  const variants = new Set([word]);
  for (const base of [word, word.replace(/^[وف]/, '')]) {
    variants.add(base);
    const noPreposition = base.replace(/^[بكل]/, '');
    variants.add(noPreposition);
    for (const w of [base, noPreposition]) {
      if (w.startsWith('ال')) variants.add(w.slice(2));
      if (w.startsWith('لل')) variants.add(w.slice(2));
    }
  }
  return [...variants];
}

/** The part of a term's word an inflected form keeps: fewer letters dropped from short words. */
function stemOf(word: string, locale: string): string {
  if (locale.startsWith('ar')) {
    // The glossary writes the base form: only its article goes (كمبيوتر keeps its ك, which is not a preposition here).
    const bare = normalizeArabic(word).replace(/^ال(?=..)/, '');
    return bare.replace(/(ة|ات|ية|ي)$/, '') || bare;
  }
  const drop = word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0;
  return word.slice(0, word.length - drop);
}

function wordMatches(candidate: string, termWord: string, locale: string, caseSensitive: boolean): boolean {
  const fold = (s: string) => (caseSensitive ? s : s.toLocaleLowerCase(locale));
  if (locale.startsWith('ar')) {
    const stem = stemOf(termWord, locale);
    return arabicVariants(normalizeArabic(candidate)).some((v) => v.startsWith(stem) && v.length <= stem.length + 4);
  }
  if (locale.startsWith('de')) {
    // Plurals change the vowel (Passwort → Passwörter): compare without umlauts.
    const bare = (s: string) => fold(s).replace(/[äöü]/gi, (c) => ({ ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' })[c] ?? c);
    return germanWordMatches(bare(candidate), bare(termWord), bare(stemOf(termWord, locale)));
  }
  const stem = fold(stemOf(termWord, locale));
  const word = fold(candidate);
  return word.startsWith(stem) && word.length <= termWord.length + 3;
}

/** German: short words (in, zu, PIN) match whole; longer ones also as a part of a compound. */
function germanWordMatches(word: string, termWord: string, stem: string): boolean {
  if (stem.length < 3) return word === termWord;
  // German writes compounds as one word: "Videoanrufe" holds "Videoanruf", "Chat-Backups" holds
  // "Backup", "Sicherheitscode" ends in "code" — but "behandeln" does not hold "Handy".
  return [...word.matchAll(new RegExp(escape(stem), 'g'))].some(({ index: at }) => at === 0 || word[at - 1] === '-' || (at >= 3 && word.length - at <= termWord.length + 3));
}

/**
 * Where a target-language term occurs. Unspaced scripts: as a substring (spaces in the term
 * optional). Others: every word of the term as a word of the text in an inflected form — in
 * any order, since "Sprach- und Videoanrufe" and "appels vocaux et vidéo" split a term. Empty
 * when any word is missing.
 */
export function findTargetTerm(text: string, term: string, locale: string, caseSensitive: boolean): Span[] {
  const blanked = blankMarkers(text);
  if (isUnspaced(locale)) {
    const parts = term.trim().split(/\s+/).map(escape);
    const pattern = new RegExp(parts.join(String.raw`\s*`), caseSensitive ? 'gu' : 'giu');
    return [...blanked.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  }
  const words = wordsOf(blanked);
  const spans: Span[] = [];
  for (const termWord of wordsOf(term)) {
    const found = words.filter((w) => wordMatches(w.text, termWord.text, locale, caseSensitive));
    if (found.length === 0) return [];
    spans.push(...found);
  }
  return spans.map(({ start, end }) => ({ start, end }));
}

/** Whether a span overlaps any of `others`. */
export function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => span.start < o.end && o.start < span.end);
}

/** An approved term found in English text. */
export interface TermHit extends Span {
  term: ApprovedTerm;
}

/**
 * The locale's approved terms in an English text, in text order, without overlaps: the longest
 * term wins ("two-step verification" over "verification").
 */
export function findApprovedTerms(text: string, terms: readonly ApprovedTerm[]): TermHit[] {
  const hits: TermHit[] = [];
  for (const term of [...terms].sort((a, b) => b.source.length - a.source.length)) {
    for (const span of findEnglishTerm(text, term.source, term.caseSensitive)) {
      if (!overlapsAny(span, hits)) hits.push({ ...span, term });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
