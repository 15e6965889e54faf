import { shownStates, type ShownState } from '../store/publishPolicy.ts';

/**
 * Copies that show the original text as a whole. `source`: the original, in its own locale.
 * `fallback`: nothing is translated yet. `source-only`: the article is published in the source
 * language only (`translate: false`). Every other copy is a `translation`: at least one sentence
 * is translated, others may show the source (see `SourceGap`).
 */
export const originalKinds = ['source', 'fallback', 'source-only'] as const;
export type OriginalKind = (typeof originalKinds)[number];

/**
 * Why a translation shows a sentence in the source language. `outdated`: the source sentence
 * changed since it was translated. `untranslated`: it has no usable translation — none, one whose
 * placeholders do not fit or that brings markup its source lacks, or one the locale's publish
 * policy does not publish yet.
 */
export const sourceGaps = ['outdated', 'untranslated'] as const;
export type SourceGap = (typeof sourceGaps)[number];

export type TranslatedPageStatus = { kind: 'translation'; review: ShownState; gaps: SourceGap[] };
export type PageStatus = { kind: OriginalKind } | TranslatedPageStatus;

/** A status read from a file (an assembled article's frontmatter); undefined when it is not one. */
export function readPageStatus(value: unknown): PageStatus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, review, gaps } = value as Record<string, unknown>;
  if (kind === 'translation') {
    const known = Array.isArray(gaps) && gaps.every((gap) => sourceGaps.includes(gap as SourceGap));
    return shownStates.includes(review as ShownState) && known ? { kind, review: review as ShownState, gaps: gaps as SourceGap[] } : undefined;
  }
  return originalKinds.includes(kind as OriginalKind) ? { kind: kind as OriginalKind } : undefined;
}

/** Frontmatter fields a page may show in the source language while its body is translated. */
export const textFields = ['title', 'description'] as const;
export type TextField = (typeof textFields)[number];

/** How a translation shows one sentence: translated, in a published state, or in the source language, and why. */
export type ShownSentence = { state: ShownState } | { gap: SourceGap };

/** The status of a copy that shows `sentences` so: a translation when any is translated, else a fallback. */
export function statusOfSentences(sentences: Iterable<ShownSentence>): TranslatedPageStatus | { kind: 'fallback' } {
  let weakest: number | undefined;
  const gaps = new Set<SourceGap>();
  for (const sentence of sentences) {
    if ('gap' in sentence) gaps.add(sentence.gap);
    else weakest = Math.min(weakest ?? Infinity, shownStates.indexOf(sentence.state));
  }
  const review = weakest === undefined ? undefined : shownStates[weakest];
  if (review === undefined) return { kind: 'fallback' };
  return { kind: 'translation', review, gaps: sourceGaps.filter((gap) => gaps.has(gap)) };
}

/** Whether a copy in another locale shows the source text as a whole (not indexed as that locale's text). */
export function showsOriginal(status: PageStatus): boolean {
  return status.kind === 'fallback' || status.kind === 'source-only';
}

/**
 * What a page tells its reader about its text, in the order its notice says it (and search
 * results label it): `fallback`, `source-only`, `machine` (an unreviewed machine translation is
 * shown), `outdated`, `untranslated` (some sentences are shown in the source language).
 */
export const pageNotices = ['fallback', 'source-only', 'machine', 'outdated', 'untranslated'] as const;
export type PageNotice = (typeof pageNotices)[number];

/** The notices of a page with `status`; none for the source and a current, human translation. */
export function noticesOf(status: PageStatus): PageNotice[] {
  if (status.kind !== 'translation') return status.kind === 'source' ? [] : [status.kind];
  return [...(status.review === 'machine' ? (['machine'] as const) : []), ...status.gaps];
}
