import type { Segment } from '../segment/types.ts';
import { fuzzyScore } from '../tm/fuzzyScore.ts';
import type { StoreEntry } from './storeTypes.ts';

/** An article's store entries matched to its current segments. */
export interface Reconciliation {
  /** One entry per segment, in article order, keyed by the segment's key: write these to the store file. */
  entries: StoreEntry[];
  /** Translations whose sentence is gone from the article: move them to memory.yaml, never drop them. */
  retired: StoreEntry[];
}

/** Lowest fuzzy score at which an edited sentence is taken for the stored one it came from. */
const EDIT_SIMILARITY = 50;

/**
 * Match stored translations to the article's current segments. Per segment: a translation of the
 * same text (same key first, then one that moved) is current. The rest are pinned by position
 * relative to those anchors, not by key: a block inserted above shifts every later key, so
 * `b3.s0` may now be what `b2.s0` was. Between two anchors, as many sentences as stored
 * translations pair in order; otherwise the most similar pairs first. A paired translation is
 * kept as outdated, with the new text beside it; an unpaired segment is new. A translation always
 * keeps the hash and source it was made from.
 */
export function reconcileArticle(segments: Segment[], entries: StoreEntry[]): Reconciliation {
  // Untranslated entries hold nothing worth keeping; segments without a translation become new.
  const translated = entries.filter((e) => e.target !== undefined);
  const used = new Set<number>();
  const matched: (number | undefined)[] = segments.map(() => undefined);
  const pair = (segmentIndex: number, entryIndex: number) => {
    used.add(entryIndex);
    matched[segmentIndex] = entryIndex;
  };
  const claim = (segmentIndex: number, accept: (entry: StoreEntry) => boolean) => {
    if (matched[segmentIndex] !== undefined) return;
    const index = translated.findIndex((entry, i) => !used.has(i) && accept(entry));
    if (index !== -1) pair(segmentIndex, index);
  };
  // Passes over all segments, so a sentence that stayed put is never claimed by a moved duplicate.
  segments.forEach((s, i) => claim(i, (e) => e.hash === s.hash && e.key === s.key));
  segments.forEach((s, i) => claim(i, (e) => e.hash === s.hash));
  for (const gap of gapsBetweenAnchors(matched, translated.length)) {
    const candidates = gap.entries.filter((i) => !used.has(i));
    // The store does not know the source language; the root locale's word boundaries are enough
    // to tell which stored sentence an edit came from.
    pairEdits(gap.segments, candidates, (s, e) => fuzzyScore(segments[s]!.text, translated[e]!.source, 'und'), pair);
  }

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

interface Gap {
  /** Consecutive unmatched segments. */
  segments: number[];
  /** Stored entries between the anchors around them (the entries of the anchors' stored order). */
  entries: number[];
}

/** Runs of unmatched segments, each with the stored entries that sit between its two anchors. */
function gapsBetweenAnchors(matched: (number | undefined)[], entryCount: number): Gap[] {
  const gaps: Gap[] = [];
  let start = 0;
  while (start < matched.length) {
    if (matched[start] !== undefined) {
      start++;
      continue;
    }
    let end = start;
    while (end < matched.length && matched[end] === undefined) end++;
    const low = start > 0 ? (matched[start - 1] as number) : -1;
    const high = end < matched.length ? (matched[end] as number) : entryCount;
    const entries = [];
    for (let e = low + 1; e < high; e++) entries.push(e);
    gaps.push({ segments: Array.from({ length: end - start }, (_, i) => start + i), entries });
    start = end;
  }
  return gaps;
}

/**
 * Pair a gap's segments with its stored entries, in order: all at once when the counts agree
 * (sentences edited in place), else the most similar pair first and the same again on each side
 * of it, so an inserted sentence does not take the translation of the edited one next to it.
 */
function pairEdits(segments: number[], entries: number[], score: (segment: number, entry: number) => number, pair: (segment: number, entry: number) => void): void {
  if (segments.length === 0 || entries.length === 0) return;
  if (segments.length === entries.length) {
    segments.forEach((s, i) => pair(s, entries[i] as number));
    return;
  }
  let best: { s: number; e: number; score: number } | undefined;
  segments.forEach((s, si) =>
    entries.forEach((e, ei) => {
      const value = score(s, e);
      if (value >= EDIT_SIMILARITY && (!best || value > best.score)) best = { s: si, e: ei, score: value };
    }),
  );
  if (!best) return;
  pair(segments[best.s] as number, entries[best.e] as number);
  pairEdits(segments.slice(0, best.s), entries.slice(0, best.e), score, pair);
  pairEdits(segments.slice(best.s + 1), entries.slice(best.e + 1), score, pair);
}

/** The entry as it was made: without the outdated marker, which describes a past comparison. */
export function madeFrom(entry: StoreEntry): StoreEntry {
  const { outdated: _outdated, currentSource: _currentSource, ...rest } = entry;
  return rest;
}
