import type { LocaleConfig } from '../config/defineConfig.ts';
import { ReassembleError, reassembleArticle } from '../segment/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { introducedUnsafeMarkup } from '../qa/index.ts';
import { publishedStates, reconcileArticle, type MemoryUnit, type StoreEntry } from '../store/index.ts';
import type { Translation } from './assembleLocale.ts';

/**
 * Build an article's text in `locale` from its store entries. Current targets in a state the
 * locale's publish policy shows are used; any other sentence (outdated, fuzzy, missing, broken, or
 * not yet approved where only approved text is published, or bringing HTML, JSX, a script or a
 * javascript: URL its source lacks) shows the source. A block whose
 * sentences have no target shows its whole-block unit (`kb align` keeps a block a translator
 * re-split as one unit in memory.yaml, keyed `b<n>` to the article) while its source is unchanged.
 * Undefined when no sentence is translated (the page is a fallback).
 */
export function translationFromStore(
  segmented: SegmentedArticle,
  entries: StoreEntry[],
  blockUnits: readonly MemoryUnit[],
  locale: LocaleConfig,
  onWarning?: (message: string) => void,
): Translation | undefined {
  const used = new Map<string, StoreEntry>();
  const shown = publishedStates(locale.publish);
  // Markup a translation brings is never rendered, not even escaped: the reader gets the source.
  const safe = (key: string, source: string, target: string) => {
    const unsafe = introducedUnsafeMarkup(source, target);
    if (unsafe.length > 0) onWarning?.(`${locale.code} ${segmented.id} ${key}: the translation introduces ${unsafe.join(', ')}; showing the source sentence`);
    return unsafe.length === 0;
  };
  for (const entry of reconcileArticle(segmented.segments, entries).entries) {
    if (entry.target !== undefined && !entry.outdated && shown.has(entry.state) && safe(entry.key, entry.source, entry.target)) used.set(entry.key, entry);
  }
  const blocks = new Map(blockUnits.filter((u) => u.article === segmented.id && shown.has(u.state) && safe(u.key ?? '', u.source, u.target)).map((u) => [u.key, u]));
  const usedBlocks = new Set<string>();
  const rebuild = () => {
    usedBlocks.clear();
    return reassembleArticle(segmented, (segment) => used.get(segment.key)?.target, {
      targetLocale: locale.tag,
      // Joining a block's sentences costs work on every untranslated block; skip it when no unit can match.
      blockTargetFor: blocks.size === 0 ? undefined : (index, block) => {
        const unit = blocks.get(`b${index}`);
        if (unit?.source !== block.text) return undefined;
        usedBlocks.add(`b${index}`);
        return unit.target;
      },
    });
  };
  let text;
  try {
    text = rebuild();
  } catch (error) {
    if (!(error instanceof ReassembleError)) throw error;
    // A target whose placeholders do not fit its source shows the source sentence instead.
    for (const failure of error.failures) {
      onWarning?.(`${locale.code} ${segmented.id} ${failure.segmentKey}: ${failure.problems.map((p) => p.message).join('; ')}; showing the source sentence`);
      used.delete(failure.segmentKey);
      blocks.delete(failure.segmentKey);
    }
    text = rebuild();
  }
  const shownSentences = used.size + segmented.segments.filter((s) => !used.has(s.key) && usedBlocks.has(s.key.split('.')[0] ?? '')).length;
  if (shownSentences === 0) return undefined;
  const usedEntries = [...used.values()];
  return {
    ...text,
    status: shownSentences < segmented.segments.length ? 'outdated' : usedEntries.some((e) => e.state === 'machine') ? 'machine' : 'translated',
  };
}
