import type { LocaleConfig } from '../config/defineConfig.ts';
import { ReassembleError, reassembleArticle } from '../segment/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { publishedStates, reconcileArticle, type StoreEntry } from '../store/index.ts';
import type { Translation } from './assembleLocale.ts';

/**
 * Build an article's text in `locale` from its store entries. Current targets in a state the
 * locale's publish policy shows are used; any other sentence (outdated, fuzzy, missing, broken, or
 * not yet approved where only approved text is published) shows the source.
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
  const shown = publishedStates(locale.publish);
  for (const entry of reconcileArticle(segmented.segments, entries).entries) {
    if (entry.target !== undefined && !entry.outdated && shown.has(entry.state)) used.set(entry.key, entry);
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
  const usedEntries = [...used.values()];
  // The page's date is when its content last changed: the source's date. When a translation was
  // stored says nothing about the content (kb align stamps the day it ran).
  return {
    ...text,
    status: used.size < segmented.segments.length ? 'outdated' : usedEntries.some((e) => e.state === 'machine') ? 'machine' : 'translated',
    updated: sourceUpdated,
  };
}
