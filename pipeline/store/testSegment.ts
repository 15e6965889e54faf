/** Test support: segments and store entries built by hand, hashed as segmentArticle hashes. */
import { segmentHash } from '../segment/segmentHash.ts';
import type { Segment } from '../segment/types.ts';
import type { StoreEntry } from './storeTypes.ts';

/** A paragraph segment with `text` at `key`; words counted by spaces. */
export function segment(key: string, text: string): Segment {
  return { key, block: 'paragraph', text, placeholders: [], hash: segmentHash(text), words: text.split(/\s+/).filter(Boolean).length };
}

/** A reviewed human translation of `source` stored at `key`. */
export function translation(key: string, source: string, target: string, extra: Partial<StoreEntry> = {}): StoreEntry {
  return { key, hash: segmentHash(source), source, target, state: 'reviewed', origin: 'human', by: 'anna@lumo.example', at: '2026-11-20T10:12:00Z', ...extra };
}
