import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import type { Segment } from '../segment/types.ts';
import { reconcileArticle } from './reconcileArticle.ts';
import { defaultPublishPolicy, publishedStates, statesNeedingReview, type PublishPolicy } from './publishPolicy.ts';
import { translationStates, type MemoryUnit, type StoreEntry, type TranslationState } from './storeTypes.ts';

/**
 * How much of something is translated. `current + outdated + missing = total`; `needsReview` is the
 * part of `current` a reviewer still has to act on under the locale's publish policy, `published`
 * the part the site shows, and `byState` splits `current` by workflow state.
 */
export interface StatusCounts {
  total: number;
  /** Translated from the source text as it reads now. */
  current: number;
  /** Translated from an earlier version of the sentence. */
  outdated: number;
  /** Not translated, or translated with placeholders that do not fit the source (the site shows the source). */
  missing: number;
  needsReview: number;
  published: number;
  byState: Record<TranslationState, number>;
}

/** Status of one article in one locale (or a locale's totals), in segments and in source words. */
export interface TranslationStatus {
  segments: StatusCounts;
  words: StatusCounts;
  /** Share of source words current and reviewed, rounded down so 100 means nothing is left. */
  percentDone: number;
}

export interface LocaleStatus {
  totals: TranslationStatus;
  articles: Record<string, TranslationStatus>;
}

export interface ProjectStatus {
  locales: Record<string, LocaleStatus>;
}

/** One article's source segments and its store entries in one locale. */
export interface ArticleTranslation {
  id: string;
  segments: Segment[];
  entries: StoreEntry[];
  /** Sentence keys a whole-block unit translates (`blockUnitCoverage`); a sentence with a usable target of its own counts in that target's state. */
  inBlockUnits?: ReadonlyMap<string, MemoryUnit>;
}

/**
 * Whether a sentence's own target counts for it: one that keeps the sentence's placeholders, or an
 * outdated one (kept to be reworked). Otherwise a whole-block unit covering the sentence counts.
 */
export function hasUsableTarget(entry: StoreEntry, segment: Segment): boolean {
  return entry.target !== undefined && (entry.outdated === true || checkPlaceholders(segment, entry.target).length === 0);
}

/**
 * Count an article's segments by whether their translation is current, outdated or missing. A
 * sentence a whole-block unit translates counts as current, in that unit's state.
 */
export function articleStatus(
  segments: Segment[],
  entries: StoreEntry[],
  policy: PublishPolicy = defaultPublishPolicy,
  inBlockUnits: ReadonlyMap<string, MemoryUnit> = new Map(),
): TranslationStatus {
  const bySegment = emptyCounts();
  const byWord = emptyCounts();
  const needingReview = statesNeedingReview(policy);
  const shown = publishedStates(policy);
  reconcileArticle(segments, entries).entries.forEach((entry, i) => {
    const own = hasUsableTarget(entry, segments[i] as Segment);
    const covering = inBlockUnits.get(entry.key);
    // A target of its own (one still under review, say) counts before the block's unit.
    const block = own ? undefined : covering;
    const usable = own || block !== undefined;
    const kind = !usable ? 'missing' : entry.outdated ? 'outdated' : 'current';
    const state = block?.state ?? entry.state;
    for (const [counts, amount] of [[bySegment, 1], [byWord, segments[i]?.words ?? 0]] as const) {
      counts.total += amount;
      counts[kind] += amount;
      if (kind !== 'current') continue;
      counts.byState[state] += amount;
      if (needingReview.includes(state)) counts.needsReview += amount;
      // While the page shows the block's unit, a sentence whose own target waits for review still reads translated there.
      if (shown.has(state) || (covering !== undefined && shown.has(covering.state))) counts.published += amount;
    }
  });
  return withPercent(bySegment, byWord);
}

/** Status of every article in every locale, with per-locale totals. */
export function projectStatus(locales: { code: string; policy?: PublishPolicy; articles: ArticleTranslation[] }[]): ProjectStatus {
  const result: ProjectStatus = { locales: {} };
  for (const locale of locales) {
    const articles: Record<string, TranslationStatus> = {};
    const segments = emptyCounts();
    const words = emptyCounts();
    for (const article of locale.articles) {
      const status = articleStatus(article.segments, article.entries, locale.policy, article.inBlockUnits);
      articles[article.id] = status;
      add(segments, status.segments);
      add(words, status.words);
    }
    result.locales[locale.code] = { totals: withPercent(segments, words), articles };
  }
  return result;
}

/** Fully current: nothing outdated, missing or waiting for review. */
export function isDone(status: TranslationStatus): boolean {
  const s = status.segments;
  return s.current === s.total && s.needsReview === 0;
}

function emptyCounts(): StatusCounts {
  const byState = Object.fromEntries(translationStates.map((state) => [state, 0])) as Record<TranslationState, number>;
  return { total: 0, current: 0, outdated: 0, missing: 0, needsReview: 0, published: 0, byState };
}

function add(into: StatusCounts, counts: StatusCounts): void {
  for (const key of ['total', 'current', 'outdated', 'missing', 'needsReview', 'published'] as const) into[key] += counts[key];
  for (const state of translationStates) into.byState[state] += counts.byState[state];
}

function withPercent(segments: StatusCounts, words: StatusCounts): TranslationStatus {
  // Word-weighted, as translation cost is; segments only when there are no words to weigh by.
  const base = words.total > 0 ? words : segments;
  const percentDone = base.total === 0 ? 100 : Math.floor((100 * (base.current - base.needsReview)) / base.total);
  return { segments, words, percentDone };
}
