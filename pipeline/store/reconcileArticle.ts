import type { Segment } from '../segment/types.ts';
import type { StoreEntry } from './storeTypes.ts';

/** An article's store entries matched to its current segments. */
export interface Reconciliation {
  /** One entry per segment, in article order, keyed by the segment's key: write these to the store file. */
  entries: StoreEntry[];
  /** Translations whose sentence is gone from the article: move them to memory.yaml, never drop them. */
  retired: StoreEntry[];
}

/**
 * Match stored translations to the article's current segments. Per segment: a translation of the
 * same text (same key first, then one that moved) is current; else the translation at the same key
 * is kept as outdated, with the new text beside it; else the segment is new. A translation always
 * keeps the hash and source it was made from.
 */
export function reconcileArticle(segments: Segment[], entries: StoreEntry[]): Reconciliation {
  // Untranslated entries hold nothing worth keeping; segments without a translation become new.
  const translated = entries.filter((e) => e.target !== undefined);
  const used = new Set<number>();
  const matched: (number | undefined)[] = segments.map(() => undefined);
  const claim = (segmentIndex: number, accept: (entry: StoreEntry) => boolean) => {
    if (matched[segmentIndex] !== undefined) return;
    const index = translated.findIndex((entry, i) => !used.has(i) && accept(entry));
    if (index === -1) return;
    used.add(index);
    matched[segmentIndex] = index;
  };
  // Passes over all segments, so a sentence that stayed put is never claimed by a moved duplicate.
  segments.forEach((s, i) => claim(i, (e) => e.hash === s.hash && e.key === s.key));
  segments.forEach((s, i) => claim(i, (e) => e.hash === s.hash));
  segments.forEach((s, i) => claim(i, (e) => e.key === s.key));

  return {
    entries: segments.map((segment, i) => {
      const index = matched[i];
      const entry = index === undefined ? undefined : translated[index];
      if (!entry) return { key: segment.key, hash: segment.hash, source: segment.text, state: 'new' };
      const made = madeFrom(entry);
      return entry.hash === segment.hash
        ? { ...made, key: segment.key }
        : { ...made, key: segment.key, outdated: true, currentSource: segment.text };
    }),
    retired: translated.filter((_, i) => !used.has(i)).map(madeFrom),
  };
}

/** The entry as it was made: without the outdated marker, which describes a past comparison. */
export function madeFrom(entry: StoreEntry): StoreEntry {
  const { outdated: _outdated, currentSource: _currentSource, ...rest } = entry;
  return rest;
}
