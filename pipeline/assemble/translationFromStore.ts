import type { LocaleConfig } from '../config/defineConfig.ts';
import { checkPlaceholders, reassembleArticle } from '../segment/index.ts';
import type { Segment, SegmentedArticle } from '../segment/types.ts';
import { reconcileArticle, type StoreEntry, type TranslationState } from '../store/index.ts';
import type { Translation } from './assembleLocale.ts';

/** States published as a person's translation; `machine` is published too, labelled as such. */
const humanStates: ReadonlySet<TranslationState> = new Set(['translated', 'reviewed', 'approved']);

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
  const reconciled = reconcileArticle(segmented.segments, entries).entries;
  const byKey = new Map(reconciled.map((e) => [e.key, e]));
  let used = 0;
  let machine = false;
  let incomplete = false;
  let latest = '';
  const targetFor = (segment: Segment): string | undefined => {
    const entry = byKey.get(segment.key);
    const usable = entry?.target !== undefined && !entry.outdated && (humanStates.has(entry.state) || entry.state === 'machine');
    if (!usable || entry?.target === undefined) {
      incomplete = true;
      return undefined;
    }
    const problems = checkPlaceholders(segment, entry.target);
    if (problems.length > 0) {
      onWarning?.(`${locale.code} ${segmented.id} ${segment.key}: ${problems.map((p) => p.message).join('; ')}; showing the source sentence`);
      incomplete = true;
      return undefined;
    }
    used++;
    if (entry.state === 'machine') machine = true;
    if (entry.at && entry.at > latest) latest = entry.at;
    return entry.target;
  };
  const text = reassembleArticle(segmented, targetFor, { targetLocale: locale.tag });
  if (used === 0) return undefined;
  return {
    ...text,
    status: incomplete ? 'outdated' : machine ? 'machine' : 'translated',
    updated: latest ? latest.slice(0, 10) : sourceUpdated,
  };
}
