import type { BilingualVocabulary } from '../../../pipeline/bot/bilingualVocabulary.ts';
import { cjkCharacter } from '../../../pipeline/bot/normalizeTerm.ts';
import { tokenize } from '../../../pipeline/bot/tokenize.ts';

/** One source-language term a reader's word may be searched as, with how likely it is (best 1). */
export interface TermAlternative {
  term: string;
  weight: number;
}

/** A reader's word and the source-language terms it is searched as. */
export interface TranslatedTerm {
  word: string;
  alternatives: TermAlternative[];
}

export interface TranslateTermsOptions {
  /** BCP 47 tag of the reader's language. */
  lang: string;
  /** At most this many alternatives per word: each is one search. */
  maxAlternatives?: number;
  /** Alternatives weaker than this (relative to the word's best) are not searched. */
  minWeight?: number;
}

/**
 * Turn the reader's search terms into source-language (English) ones with the bilingual
 * vocabulary `kb bot` learns from the translation store and the glossary
 * (`bot-index/vocabulary/<locale>.json`, the one `kb ask` uses). The vocabulary is keyed by the
 * bot's tokens (stems; character bigrams for Japanese and Chinese), so each word is tokenized the
 * same way; a word of several tokens takes each translation's mean relative probability over its
 * known tokens, so a translation most of a word's bigrams agree on leads and one bigram's noise
 * stays weak. English stems (`messag`, `dropp`) are what Pagefind's prefix matching wants.
 * A word the vocabulary does not know is searched as typed (brand names, codes, English words
 * readers mix in), except Japanese or Chinese text, which no English page contains.
 */
export function translateTerms(terms: readonly string[], vocabulary: BilingualVocabulary, options: TranslateTermsOptions): TranslatedTerm[] {
  const { lang, maxAlternatives = 3, minWeight = 0.25 } = options;
  const translated: TranslatedTerm[] = [];
  for (const word of terms) {
    const rows = tokenize(word, lang)
      .map((token) => vocabulary.get(token))
      .filter((row): row is [string, number][] => row !== undefined && row.length > 0);
    if (rows.length === 0) {
      if (!cjkCharacter.test(word)) translated.push({ word, alternatives: [{ term: word, weight: 1 }] });
      continue;
    }
    const sums = new Map<string, number>();
    for (const row of rows) for (const [term, p] of row) sums.set(term, (sums.get(term) ?? 0) + p / row[0]![1] / rows.length);
    const best = Math.max(...sums.values());
    const alternatives = [...sums]
      .map(([term, sum]) => ({ term, weight: Math.round((sum / best) * 1000) / 1000 }))
      .filter((a) => a.weight >= minWeight)
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, maxAlternatives);
    translated.push({ word, alternatives });
  }
  return translated;
}
