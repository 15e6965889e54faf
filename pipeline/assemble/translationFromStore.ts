import type { LocaleConfig } from '../config/defineConfig.ts';
import { ReassembleError, reassembleArticle } from '../segment/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { reconcileArticle, type StoreEntry, type TranslationState } from '../store/index.ts';
import type { Translation } from './assembleLocale.ts';

/** States published as a person's translation; `machine` is published too, labelled as such. */
const publishedStates: ReadonlySet<TranslationState> = new Set(['translated', 'reviewed', 'approved', 'machine']);

/**
 * Build an article's text in `locale` from its store entries. Current human and machine targets
 * are used; a sentence whose translation is outdated, fuzzy, missing or broken shows the source.
 * Undefined when no sentence is translated (the page is a fallback).
 */
export function translationFromStore(
  segmented: SegmentedArticle,
  entries: StoreEntry[],
  locale: LocaleConfig,
  sourceUpdated: string,
  onWarning?: (message: string) => void,
): Translation | undefined {
  const used = new Map<string, StoreEntry>();
  for (const entry of reconcileArticle(segmented.segments, entries).entries) {
    if (entry.target !== undefined && !entry.outdated && publishedStates.has(entry.state)) used.set(entry.key, entry);
  }
  const rebuild = () => reassembleArticle(segmented, (segment) => used.get(segment.key)?.target, { targetLocale: locale.tag });
  let text;
  try {
    text = rebuild();
  } catch (error) {
    if (!(error instanceof ReassembleError)) throw error;
    // A target whose placeholders do not fit its source shows the source sentence instead.
    for (const failure of error.failures) {
      onWarning?.(`${locale.code} ${segmented.id} ${failure.segmentKey}: ${failure.problems.map((p) => p.message).join('; ')}; showing the source sentence`);
      used.delete(failure.segmentKey);
    }
    text = rebuild();
  }
  if (used.size === 0) return undefined;
  const shown = [...used.values()];
  const latest = shown.reduce((max, e) => (e.at && e.at > max ? e.at : max), '');
  return {
    ...text,
    status: used.size < segmented.segments.length ? 'outdated' : shown.some((e) => e.state === 'machine') ? 'machine' : 'translated',
    updated: latest ? latest.slice(0, 10) : sourceUpdated,
  };
}
