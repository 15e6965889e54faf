import type { LocaleConfig } from '../config/defineConfig.ts';
import { ReassembleError, reassembleArticle } from '../segment/index.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { introducedUnsafeMarkup } from '../segment/unsafeMarkup.ts';
import { publishedStates, reconcileArticle, type MemoryUnit, type StoreEntry } from '../store/index.ts';
import type { Translation } from './assembleLocale.ts';
import { statusOfSentences, textFields, type ShownSentence, type SourceGap } from './pageStatus.ts';
import { sourceTextMarks } from './sourceTextMarks.ts';

/**
 * Build an article's text in `locale` from its store entries. Current targets in a state the
 * locale's publish policy shows are used; any other sentence shows the source, marked with
 * `sourceTextMarks`, and the status says why: `outdated` when its source changed since it was
 * translated, `untranslated` when it has no usable target (none, not yet in a published state,
 * placeholders that do not fit, or HTML, JSX, a script or a javascript: URL its source lacks). A
 * block whose sentences have no target shows its whole-block unit (`kb align` keeps a block a
 * translator re-split as one unit in memory.yaml, keyed `b<n>` to the article; `blockUnits` are
 * this article's, from `blockUnitsByArticle`) while its source is unchanged. Undefined when no
 * sentence is translated (the page is a fallback).
 */
export function translationFromStore(
  segmented: SegmentedArticle,
  entries: StoreEntry[],
  blockUnits: readonly MemoryUnit[],
  locale: LocaleConfig,
  onWarning?: (message: string) => void,
): Translation | undefined {
  const used = new Map<string, StoreEntry>();
  const gaps = new Map<string, SourceGap>();
  const published = publishedStates(locale.publish);
  // Markup a translation brings is never rendered, not even escaped: the reader gets the source.
  const safe = (key: string, source: string, target: string) => {
    const unsafe = introducedUnsafeMarkup(source, target);
    if (unsafe.length > 0) onWarning?.(`${locale.code} ${segmented.id} ${key}: the translation introduces ${unsafe.join(', ')}; showing the source sentence`);
    return unsafe.length === 0;
  };
  for (const entry of reconcileArticle(segmented.segments, entries).entries) {
    if (entry.outdated) gaps.set(entry.key, 'outdated');
    else if (entry.target !== undefined && published.has(entry.state) && safe(entry.key, entry.source, entry.target)) used.set(entry.key, entry);
    else gaps.set(entry.key, 'untranslated');
  }
  const blocks = new Map(blockUnits.filter((u) => published.has(u.state) && safe(u.key ?? '', u.source, u.target)).map((u) => [u.key, u]));
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
      sourceMarks: sourceTextMarks,
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
      gaps.set(failure.segmentKey, 'untranslated');
      blocks.delete(failure.segmentKey);
    }
    text = rebuild();
  }
  const shown = segmented.segments.map((segment): ShownSentence => {
    const block = blockKey(segment.key);
    const state = used.get(segment.key)?.state ?? (usedBlocks.has(block) ? blocks.get(block)?.state : undefined);
    return state !== undefined && published.has(state) ? { state } : { gap: gaps.get(segment.key) ?? 'untranslated' };
  });
  const status = statusOfSentences(shown);
  if (status.kind === 'fallback') return undefined;
  return {
    ...text,
    status,
    inSourceLanguage: textFields.filter((field) => gaps.has(field)),
  };
}

/** `b4.s1` → `b4`, the key of its block's whole-block unit. */
function blockKey(segmentKey: string): string {
  return segmentKey.split('.')[0] ?? '';
}
