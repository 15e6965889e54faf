import { normalizeQuery, trimToken } from './normalizeQuery.ts';
import { isStopWord, primaryLanguage } from './stopWords.ts';

/** Japanese and Chinese script (with the prolonged sound mark and 々): written without spaces, so runs need a word segmenter. */
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005]/u;

/** French elided articles and pronouns glued to the next word: l'appel → appel. */
const frenchElision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=.)/;

export interface QueryTermsOptions {
  /** BCP 47 tag of the query's language: picks the segmenter and the stop words. */
  lang: string;
  /** Further languages whose stop words are removed too (the English index searched from another locale). */
  alsoStopIn?: readonly string[];
  /** Keep at most this many terms: a query of several terms costs one search per term. */
  maxTerms?: number;
}

/**
 * Turn a reader's question into the search terms worth matching: normalized, stop words removed,
 * and Japanese/Chinese runs cut into words with `Intl.Segmenter` (the same segmenter Pagefind's
 * browser code uses, so each term re-segments to itself when Pagefind receives it).
 *
 * A one-character CJK word is glued to its neighbour inside the same run (二 + 段階 → 二段階,
 * 两 + 步 + 验证 → 两步验证): as a term of its own it would match nearly every page, and a page
 * matching only it would count as a partial match. When every word is a stop word the query is kept as typed
 * (minus punctuation), so a search never silently becomes empty.
 */
export function queryTerms(raw: string, options: QueryTermsOptions): string[] {
  const { lang, alsoStopIn = [], maxTerms = 8 } = options;
  const stopLangs = [lang, ...alsoStopIn];
  const isStop = (word: string): boolean => stopLangs.some((l) => isStopWord(word, l));
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const terms: string[] = [];
  const fallback: string[] = [];

  for (const token of normalizeQuery(raw).split(' ')) {
    let word = trimToken(token);
    if (primaryLanguage(lang) === 'fr') word = word.replace(frenchElision, '');
    if (!word) continue;
    if (!unspaced.test(word)) {
      fallback.push(word);
      if (!isStop(word)) terms.push(word);
      continue;
    }
    const words = [...segmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);
    fallback.push(...words);
    terms.push(...glueRuns(words, isStop));
  }
  const unique = [...new Set(terms.length ? terms : fallback)];
  return unique.slice(0, maxTerms);
}

/** Group segmented words into terms: stop words split runs; lone CJK characters join a neighbour. */
function glueRuns(words: string[], isStop: (word: string) => boolean): string[] {
  const terms: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    terms.push(...glueSingles(run));
    run = [];
  };
  for (const word of words) {
    if (isStop(word)) flush();
    else if (!unspaced.test(word)) {
      flush();
      terms.push(word);
    } else run.push(word);
  }
  flush();
  return terms;
}

/** Within a run of CJK words, attach each one-character word to the next word (or the previous at the end). */
function glueSingles(run: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const [i, word] of run.entries()) {
    if ([...word].length === 1 && i < run.length - 1) pending += word;
    else {
      out.push(pending + word);
      pending = '';
    }
  }
  // A run that ends in a one-character word left it standing alone: join it to the word before.
  const last = out.length - 1;
  if (last > 0 && [...out[last]!].length === 1) out.splice(last - 1, 2, out[last - 1]! + out[last]!);
  return out;
}
