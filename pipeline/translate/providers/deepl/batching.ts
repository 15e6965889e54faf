import type { Placeholder, Segment } from '../../../segment/types.ts';
import { tokenizePlaceholders } from '../../../segment/index.ts';
import type { TranslationBatch } from '../provider.ts';
import { billedCharacters, toDeepLXml } from './tagMapping.ts';

export interface BatchLimits {
  /** Texts per request (DeepL takes at most 50). */
  texts: number;
  /** Bytes of the form-encoded texts and context per request (DeepL takes at most 128 KiB a request). */
  bytes: number;
  /** Characters of context per request. */
  contextChars: number;
}

/** Half of DeepL's request size limit leaves room for the other parameters and any encoding. */
export const deeplLimits: BatchLimits = { texts: 50, bytes: 64 * 1024, contextChars: 2000 };

/**
 * Group an article's untranslated segments into requests within `limits`, in article order, each
 * with its context: the article title and the sentences around the batch's segments.
 */
export function planBatches(segments: readonly Segment[], queue: readonly number[], limits: BatchLimits = deeplLimits): TranslationBatch[] {
  // The context is counted at its worst: every character a 3-byte one, each byte %-encoded.
  const textBudget = limits.bytes - 9 * limits.contextChars;
  const groups: number[][] = [];
  let group: number[] = [];
  let bytes = 0;
  for (const i of queue) {
    const size = formBytes(toDeepLXml((segments[i] as Segment).text));
    if (group.length > 0 && (group.length >= limits.texts || bytes + size > textBudget)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(i);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups.map((indices) => ({
    indices,
    texts: indices.map((i) => (segments[i] as Segment).text),
    context: batchContext(segments, indices, limits.contextChars),
    characters: indices.map((i) => billedCharacters((segments[i] as Segment).text)),
  }));
}

/** `text=<xml>&` as DeepL receives it. */
function formBytes(xml: string): number {
  return Buffer.byteLength(new URLSearchParams({ text: xml }).toString()) + 1;
}

/** The title, then each batch segment's neighbours, as plain text in article order, cut to `max` characters. */
function batchContext(segments: readonly Segment[], indices: readonly number[], max: number): string | undefined {
  const around = new Set<number>();
  for (const i of indices) for (const j of [i - 1, i + 1]) if (j >= 0 && j < segments.length) around.add(j);
  const title = segments.findIndex((s) => s.block === 'title');
  around.delete(title);
  const picked = [...around].sort((a, b) => a - b);
  if (title >= 0 && !indices.includes(title)) picked.unshift(title);
  const text = picked.map((j) => plainText(segments[j] as Segment)).join(' ');
  if (text.length <= max) return text || undefined;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > 0 ? cut : max);
}

/** A segment as a reader sees it: paired placeholders dropped, standalone ones as their Markdown (`Lumo`, `` `Calls` ``). */
function plainText(segment: Segment): string {
  const byId = new Map<number, Placeholder>(segment.placeholders.map((p) => [p.id, p]));
  return tokenizePlaceholders(segment.text)
    .map((token) => {
      if (token.type === 'text') return token.value;
      if (token.type === 'open' && byId.get(token.id)?.shape === 'standalone') return byId.get(token.id)?.open ?? '';
      return '';
    })
    .join('');
}
