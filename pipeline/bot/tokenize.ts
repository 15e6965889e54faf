import { isStopWord, primaryLanguage } from '../../site/scripts/search/stopWords.ts';
import { cjkCharacter, foldKana, normalizeTerm } from './normalizeTerm.ts';
import { stemWord } from './stemWord.ts';

/** French and Italian elided articles and pronouns glued to the next word: l'appel → appel. */
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=.)/;
/** English possessives and contractions glued to their word: son's → son, they're → they, shouldn't → should. */
const englishClitic = /(?:'(?:s|re|ll|ve|d|m)|n't)$/;
/** Tokens that look like codes: `429`, `rate_limited`, `lumo-call-1006`, `/v2/messages`, `e2e`. */
const codeLike = /[\d_/]/;

export interface TokenizeOptions {
  /** Keep stop words (for text that is indexed, where position does not matter, they only cost space). */
  keepStopWords?: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

/**
 * Index terms of a text in a language (BCP 47 tag or locale code), used alike for chunks and
 * questions. Words are normalized (normalizeTerm), stop words dropped, stemmed (stemWord).
 * A code-like token is kept whole and also split into its parts, so `rate_limited` and
 * `LUMO-CALL-1006` match as written and by their pieces. Japanese and Chinese runs are cut with
 * `Intl.Segmenter`, stop words (particles) removed, and what remains becomes overlapping character
 * bigrams: bigrams do not care where ICU put a boundary (くだ|さい, 页|面, 客|服), which is what
 * makes word-segmented CJK search miss.
 */
export function tokenize(text: string, lang: string, options: TokenizeOptions = {}): string[] {
  return tokenizeAll([text], lang, options)[0]!;
}

/**
 * `tokenize` over many texts, the same terms for each: the segmenter runs once over the texts
 * joined by line breaks (no word spans one), which costs half as much as a run per text when
 * thousands of sentences are tokenized (the aligned text of a large store).
 */
export function tokenizeAll(texts: readonly string[], lang: string, options: TokenizeOptions = {}): string[][] {
  const language = primaryLanguage(lang);
  const keep = (word: string): boolean => options.keepStopWords === true || !isStopWord(word, lang);
  const known = wordCache(language, options.keepStopWords === true);
  const normalized = texts.map((text) => text.normalize('NFKC'));
  const results = normalized.map((): string[] => []);
  let current = 0;
  let currentEnd = normalized[0]?.length ?? 0;
  for (const segment of segmenterFor(language).segment(normalized.join('\n'))) {
    if (!segment.isWordLike) continue;
    while (segment.index > currentEnd) currentEnd += 1 + normalized[++current]!.length;
    const raw = segment.segment;
    let found = known.get(raw);
    if (!found) {
      if (known.size >= maxCachedWords) known.clear();
      known.set(raw, (found = cjkCharacter.test(raw) ? [] : wordTerms(raw, language, keep)));
    }
    results[current]!.push(...found);
  }
  normalized.forEach((text, i) => {
    const terms = results[i]!;
    // Codes are cut by the segmenter (`rate_limited` stays, `lumo-call-1006` does not): add them
    // whole. A word written with hyphens is also added joined, as readers often write it (Wi-Fi →
    // wifi, e-mail → email). Text without a digit, `_`, `/` or `-` (most sentences) has neither.
    if (codeLike.test(text) || text.includes('-')) {
      for (const match of text.matchAll(/[\p{L}\p{N}_]+(?:[-./][\p{L}\p{N}_]+)+/gu)) {
        if (codeLike.test(match[0])) terms.push(normalizeTerm(match[0]));
        else if (/^[\p{L}-]+$/u.test(match[0]) && !cjkCharacter.test(match[0])) terms.push(stemWord(normalizeTerm(match[0].replaceAll('-', '')), language));
      }
    }
    // Most text has no CJK at all: skip the second segmenter pass over it.
    if (cjkCharacter.test(text)) for (const run of cjkRuns(text, language, keep)) terms.push(...bigrams(run));
  });
  return results;
}

/**
 * Terms of each word seen, per language and stop-word mode: words repeat (a help center has a few
 * thousand), and folding, stop-word lookup and stemming were most of the cost of tokenizing.
 * Bounded, for a long-running process that meets every typo.
 */
const wordCaches = new Map<string, Map<string, readonly string[]>>();
const maxCachedWords = 50_000;
function wordCache(language: string, keepStopWords: boolean): Map<string, readonly string[]> {
  const key = `${language}${keepStopWords ? '+' : ''}`;
  let cache = wordCaches.get(key);
  if (!cache) wordCaches.set(key, (cache = new Map()));
  return cache;
}

function wordTerms(raw: string, language: string, keep: (word: string) => boolean): string[] {
  let word = normalizeTerm(raw);
  if (language === 'fr') word = word.replace(elision, '');
  // A contraction the stop list has (can't, it's) goes as written; any other loses its clitic.
  if (language === 'en' && word.includes("'") && keep(word)) word = word.replace(englishClitic, '');
  // Arabic writes "and" joined to the next word: وأنا, ولكن are stop words too.
  if (!word || !keep(word) || (language === 'ar' && word.startsWith('و') && !keep(word.slice(1)))) return [];
  if (!codeLike.test(word)) return [stemWord(word, language)];
  const terms = [word];
  for (const part of word.split(/[_./-]/)) if (part && part !== word && keep(part)) terms.push(stemWord(part, language));
  return terms;
}

/** The word segmenter for Japanese and Chinese text in a language (primary subtag): Chinese's for zh, else Japanese's. */
export function cjkSegmenter(language: string): Intl.Segmenter {
  return segmenterFor(language === 'zh' ? 'zh' : 'ja');
}

/** Runs of CJK text (already NFKC) between stop words and non-CJK characters. */
function cjkRuns(text: string, language: string, keep: (word: string) => boolean): string[] {
  const runs: string[] = [];
  let run = '';
  for (const segment of cjkSegmenter(language).segment(text)) {
    const word = segment.segment;
    if (segment.isWordLike && cjkCharacter.test(word) && keep(word)) run += foldKana(word.toLowerCase());
    else {
      if (run) runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}
