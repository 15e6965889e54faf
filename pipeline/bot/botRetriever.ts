import type { LocaleConfig } from '../config/defineConfig.ts';
import type { BilingualVocabulary } from './bilingualVocabulary.ts';
import { Bm25Index } from './bm25Index.ts';
import type { ChunkRecord } from './chunkRecord.ts';
import { editDistance } from './editDistance.ts';
import { englishSkeleton, katakanaSkeleton } from './katakanaLoanwords.ts';
import { arabicLetter, cjkCharacter, foldKana } from './normalizeTerm.ts';
import { primaryLanguage } from '../../site/scripts/search/stopWords.ts';
import { cjkSegmenter, tokenize } from './tokenize.ts';

/** One answer: the best chunk of an article. */
export interface AskHit {
  article_id: string;
  chunk_id: string;
  url: string;
  score: number;
  content_locale: string;
  state: ChunkRecord['state'];
  /** True when the text is the source-language original shown because the locale has no translation. */
  fallback: boolean;
  title: string;
  heading_path: string[];
  text: string;
}

/** How a question is scored; the defaults are tuned on the tune half of test/bot/questions.jsonl. */
export interface RetrievalSettings {
  fieldWeights: { title: number; heading: number; text: number; tags: number };
  /** Weight of a term found by typo tolerance (a near spelling of an indexed term). */
  typoWeight: number;
  /** Weight of a source-language translation, times its probability relative to the term's best translation. */
  translationWeight: number;
  /** Shortest word typo tolerance corrects (shorter words have too many neighbours: print → point). */
  minTypoLength: number;
  /** The same for Arabic, which writes no short vowels: its words are shorter for as much meaning. */
  minArabicTypoLength: number;
  /** Share of an unknown word's weight an unknown CJK bigram straddling two words has in the question's weight. */
  unknownCjkWeight: number;
  /** Extra weight of code-like terms (`429`, `rate_limited`). */
  codeWeight: number;
  /** Share of the score of an article's other matching chunks added to its best chunk's. */
  otherSectionsWeight: number;
  /**
   * No answer unless the best article's best chunk scores at least `minScore.factor × W^minScore.exponent`,
   * W the question's weight (the sum of its words' idf: what one plain match of each would score).
   * The exponent below 1 calibrates by length: a long question's extra words (context, greetings,
   * the story of what happened) are rarely in the answer, so it needs a smaller share of W.
   */
  minScore: { factor: number; exponent: number };
  /**
   * Weight of an indexed English word a katakana loanword of a Japanese question sounds like
   * (パスワード → password): it finds the English original of an article not translated yet.
   */
  loanwordWeight: number;
}

export const defaultSettings: RetrievalSettings = {
  fieldWeights: { title: 2.5, heading: 2, text: 1, tags: 1.5 },
  typoWeight: 0.6,
  translationWeight: 1,
  minTypoLength: 5,
  minArabicTypoLength: 4,
  unknownCjkWeight: 0.25,
  codeWeight: 1.5,
  otherSectionsWeight: 0.5,
  minScore: { factor: 0.7, exponent: 0.75 },
  loanwordWeight: 0.8,
};

/** What `explain` tells of a question. */
export interface Explanation {
  ranked: RankedArticle[];
  /** The question's weight W: the sum of its terms' idf (a term no page has weighs most). */
  weight: number;
  /** What the best chunk must score for an answer (minScore.factor × W^minScore.exponent); 0 without terms. */
  bar: number;
  /** Each term of the question, its part of W, and the indexed terms it searched with their weights, best first (none: no page or vocabulary knows it). */
  terms: { term: string; weight: number; searched: [string, number][] }[];
}

/** An article as ranked for a question: its score, its best chunk (doc number in the locale's feed) and that chunk's score. */
export interface RankedArticle {
  article_id: string;
  doc: number;
  score: number;
  chunkScore: number;
}

interface LocaleIndex {
  records: ChunkRecord[];
  index: Bm25Index;
  vocabulary: BilingualVocabulary;
  tag: string;
  /** The index's English terms by katakana skeleton, built on a Japanese question's first loanword. */
  loanwords?: Map<string, string[]>;
}

/** A query term and what it may match: itself, near spellings, source-language translations. */
interface Concept {
  /** The question's term (`loanword:<word>` for a katakana word matched by sound). */
  term: string;
  weight: number;
  /** A CJK bigram that straddles two of the segmenter's words (話が, 中で), not part of one word. */
  straddling: boolean;
  alternatives: Map<string, number>;
}

/**
 * Retrieval over the bot feed: one BM25 index per locale over its chunks (translated copies and
 * fallback originals alike), questions tokenized like the chunks, expanded with near spellings
 * of unknown words and with the locale's bilingual vocabulary, so a question in French finds the
 * English original of an article not yet translated. Answers are the best chunk per article;
 * none when the best article matches too little of the question.
 */
export class BotRetriever {
  private readonly indexes = new Map<string, LocaleIndex>();
  private readonly feed: ReadonlyMap<string, ChunkRecord[]>;
  private readonly vocabularies: ReadonlyMap<string, BilingualVocabulary>;
  private readonly locales: readonly LocaleConfig[];
  private readonly settings: RetrievalSettings;

  constructor(feed: ReadonlyMap<string, ChunkRecord[]>, vocabularies: ReadonlyMap<string, BilingualVocabulary>, locales: readonly LocaleConfig[], settings: RetrievalSettings = defaultSettings) {
    this.feed = feed;
    this.vocabularies = vocabularies;
    this.locales = locales;
    this.settings = settings;
  }

  /** Build a locale's index now rather than on its first question (benchmarks time questions alone). */
  warm(locale: string): void {
    this.indexFor(locale);
  }

  ask(question: string, locale: string, k = 5): AskHit[] {
    const target = this.indexFor(locale);
    const { ranked, weight } = this.rank(question, target);
    const top = ranked[0];
    if (!top || top.chunkScore < this.bar(weight)) return [];
    return ranked.slice(0, k).map(({ doc, score }) => {
      const r = target.records[doc]!;
      return {
        article_id: r.article_id,
        chunk_id: r.id,
        url: r.url,
        score: Math.round(score * 1000) / 1000,
        content_locale: r.content_locale,
        state: r.state,
        fallback: r.state === 'fallback',
        title: r.title,
        heading_path: r.heading_path,
        text: r.text,
      };
    });
  }

  /**
   * Why a question gets the answer it gets: the articles before the no-answer bar, the bar, and
   * what each term of the question searched (for a writer asking why the bot answers nothing).
   */
  explain(question: string, locale: string): Explanation {
    const target = this.indexFor(locale);
    const { ranked, weight, concepts } = this.rank(question, target);
    const terms = concepts.map((concept) => ({
      term: concept.term,
      weight: this.conceptWeight(concept, target.index),
      searched: [...concept.alternatives].filter(([term]) => target.index.has(term)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    }));
    return { ranked, weight, bar: this.bar(weight), terms };
  }

  /** What the best chunk must score for an answer: the bar grows slower than the question's weight. */
  private bar(weight: number): number {
    const { factor, exponent } = this.settings.minScore;
    return factor * weight ** exponent;
  }

  private rank(question: string, target: LocaleIndex): { ranked: RankedArticle[]; weight: number; concepts: Concept[] } {
    const concepts = this.concepts(question, target);
    if (concepts.length === 0) return { ranked: [], weight: 0, concepts };
    const query = new Map<string, number>();
    for (const concept of concepts) {
      for (const [term, w] of concept.alternatives) query.set(term, Math.max(query.get(term) ?? 0, w * concept.weight));
    }
    const byArticle = new Map<string, RankedArticle>();
    for (const hit of target.index.search(query)) {
      const article_id = target.records[hit.doc]!.article_id;
      const best = byArticle.get(article_id);
      // Words of a paraphrase spread over an article's sections: the other sections add a little.
      if (!best) byArticle.set(article_id, { article_id, doc: hit.doc, score: hit.score, chunkScore: hit.score });
      else best.score += hit.score * this.settings.otherSectionsWeight;
    }
    const ranked = [...byArticle.values()].sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { ranked, weight: this.questionWeight(concepts, target.index), concepts };
  }

  /** Sum of the question's concepts' weights. */
  private questionWeight(concepts: readonly Concept[], index: Bm25Index): number {
    return concepts.reduce((sum, concept) => sum + this.conceptWeight(concept, index), 0);
  }

  /** A concept's part of the question's weight: its idf, more for a code-like one. */
  private conceptWeight(concept: Concept, index: Bm25Index): number {
    return this.conceptIdf(concept, index) * concept.weight;
  }

  private conceptIdf(concept: Concept, index: Bm25Index): number {
    const known = [...concept.alternatives.keys()].filter((t) => index.has(t));
    if (known.length) return Math.max(...known.map((t) => index.idf(t)));
    // A CJK bigram no page has that straddles two words (話が, 中で) is weak evidence of a missing
    // topic; one inside a word (天気 of 今日の天気) is as telling as any unknown word.
    return index.idf('\u0000') * (concept.straddling ? this.settings.unknownCjkWeight : 1);
  }

  private concepts(question: string, target: LocaleIndex): Concept[] {
    const concepts = new Map<string, Concept>();
    const words = cjkCharacter.test(question) ? cjkWords(question, target.tag) : [];
    for (const term of tokenize(question, target.tag)) {
      if (concepts.has(term)) continue;
      const alternatives = new Map<string, number>([[term, 1]]);
      const spellings = target.index.has(term) || target.vocabulary.has(term) ? [term] : this.nearSpellings(term, target);
      for (const near of spellings) {
        if (near !== term) alternatives.set(near, this.settings.typoWeight);
        const translations = target.vocabulary.get(near) ?? [];
        for (const [source, p] of translations) {
          const w = (p / translations[0]![1]) * this.settings.translationWeight * (alternatives.get(near) ?? 1);
          alternatives.set(source, Math.max(alternatives.get(source) ?? 0, w));
        }
      }
      concepts.set(term, { term, weight: /\d|_/.test(term) ? this.settings.codeWeight : 1, straddling: cjkCharacter.test(term) && !words.some((word) => word.includes(term)), alternatives });
    }
    if (this.settings.loanwordWeight > 0 && primaryLanguage(target.tag) === 'ja') this.addLoanwords(question, words, target, concepts);
    return [...concepts.values()];
  }

  /**
   * A katakana word of the question, as typed (a hiragana word is Japanese, though the bigrams
   * fold it to katakana), becomes a concept of its own whose alternatives are the English words it
   * sounds like; its bigrams no page has stop counting as unknown words. Whole katakana runs are
   * tried and the segmenter's pieces of them (ICU cuts リファンド into リ and ファンド). Skeletons of
   * fewer than three letters (チャット, ビデオ) would match too much.
   */
  private addLoanwords(question: string, words: readonly string[], target: LocaleIndex, concepts: Map<string, Concept>): void {
    const typed = question.normalize('NFKC');
    const runs = typed.match(/[\u30a1-\u30fa\u30fc]+/g) ?? [];
    for (const word of new Set([...runs, ...words.filter((w) => typed.includes(w))])) {
      const skeleton = katakanaSkeleton(word);
      const english = skeleton && skeleton.length >= 3 ? this.loanwords(target).get(skeleton) : undefined;
      if (!english) continue;
      concepts.set(`loanword:${word}`, { term: `loanword:${word}`, weight: 1, straddling: false, alternatives: new Map(english.map((term) => [term, this.settings.loanwordWeight])) });
      for (const term of concepts.keys()) if (word.includes(term) && !target.index.has(term)) concepts.delete(term);
    }
  }

  private loanwords(target: LocaleIndex): Map<string, string[]> {
    if (target.loanwords) return target.loanwords;
    const bySkeleton = new Map<string, string[]>();
    for (const term of target.index.terms()) {
      const skeleton = englishSkeleton(term);
      if (!skeleton || skeleton.length < 3) continue;
      const list = bySkeleton.get(skeleton);
      if (list) list.push(term);
      else bySkeleton.set(skeleton, [term]);
    }
    return (target.loanwords = bySkeleton);
  }

  /** Indexed terms (or vocabulary entries) one edit away (two for long words): typo tolerance. */
  private nearSpellings(term: string, target: LocaleIndex): string[] {
    const minLength = arabicLetter.test(term) ? this.settings.minArabicTypoLength : this.settings.minTypoLength;
    if (term.length < minLength || cjkCharacter.test(term) || /\d/.test(term)) return [];
    const max = term.length >= 8 ? 2 : 1;
    const found: [string, number][] = [];
    const consider = (candidate: string): void => {
      if (Math.abs(candidate.length - term.length) > max || candidate[0] !== term[0] && candidate[1] !== term[1]) return;
      const d = editDistance(term, candidate, max);
      if (d <= max) found.push([candidate, d]);
    };
    for (const candidate of target.index.terms()) consider(candidate);
    for (const candidate of target.vocabulary.keys()) if (!target.index.has(candidate)) consider(candidate);
    return found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([t]) => t);
  }

  private indexFor(locale: string): LocaleIndex {
    let built = this.indexes.get(locale);
    if (built) return built;
    const records = this.feed.get(locale) ?? [];
    const tagOf = (code: string): string => this.locales.find((l) => l.code === code)?.tag ?? code;
    const w = this.settings.fieldWeights;
    const index = new Bm25Index(
      records.map((r) => {
        const tag = tagOf(r.content_locale);
        return {
          fields: [
            { terms: tokenize(r.title, tag), weight: w.title },
            { terms: tokenize(r.heading_path.join(' '), tag), weight: w.heading },
            { terms: tokenize(r.text, tag), weight: w.text },
            { terms: tokenize(r.tags.join(' ').replace(/-/g, ' '), tagOf(this.locales[0]?.code ?? 'en')), weight: w.tags },
          ],
        };
      }),
    );
    built = { records, index, vocabulary: this.vocabularies.get(locale) ?? new Map(), tag: tagOf(locale) };
    this.indexes.set(locale, built);
    return built;
  }
}

/**
 * The CJK words the segmenter finds in a question (the tokenizer's, so words and bigrams agree), folded as the tokenizer's bigrams are: two
 * characters or more, or one kanji (色, 音: a word; a lone kana is a particle or a fragment).
 */
function cjkWords(question: string, tag: string): string[] {
  return [...cjkSegmenter(primaryLanguage(tag)).segment(question.normalize('NFKC'))]
    .filter((s) => s.isWordLike && cjkCharacter.test(s.segment) && ([...s.segment].length >= 2 || /\p{sc=Han}/u.test(s.segment)))
    .map((s) => foldKana(s.segment.toLowerCase()));
}
