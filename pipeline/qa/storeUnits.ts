import type { Article } from '../content/parseArticle.ts';
import type { Segment } from '../segment/types.ts';
import { articleStoreFile } from '../store/storePaths.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import type { QaUnit } from './types.ts';

/** A unit id that names the segment in every locale: `<article>#<key>`. */
export const unitId = (article: string, key: string) => `${article}#${key}`;

/**
 * The writer's units of an article, located at the first line of its file that holds the segment's
 * opening words (headings and list items are on one line; a long paragraph starts there).
 */
export function sourceUnits(article: Article, segments: Segment[], sourceLocale: string, fileText: string): QaUnit[] {
  const lines = fileText.split('\n');
  return segments.map((segment) => {
    const words = segment.text.split(/\{\/?\d+\}/).map((s) => s.trim()).find((s) => s.length >= 3);
    const index = words ? lines.findIndex((l, i) => i >= article.bodyLine - 1 && l.includes(words.slice(0, 40))) : -1;
    const line = segment.key === 'title' || segment.key === 'description' ? (article.fieldPositions[segment.key]?.line ?? 1) : index + 1 || article.bodyLine;
    return { id: unitId(article.id, segment.key), locale: sourceLocale, source: segment.text, article: article.id, file: article.file, line, column: 1 };
  });
}

/**
 * The translated units of one article in one locale, from its store file: every entry with a
 * target that is not outdated (an outdated one is not published; `kb status` counts it), checked
 * against the source it was made from and located where its target's text starts.
 */
export function storeUnits(articleId: string, locale: string, entries: StoreEntry[], fileText: string): QaUnit[] {
  const file = articleStoreFile(locale, articleId);
  const lines = fileText.split('\n');
  const targetAt = new Map<string, { line: number; column: number }>();
  let key: string | undefined;
  for (const [i, line] of lines.entries()) {
    const keyMatch = /^\s*- key: (.+)$/.exec(line);
    if (keyMatch) key = keyMatch[1]?.trim().replace(/^["']|["']$/g, '');
    else if (key !== undefined && /^\s+target:/.test(line)) targetAt.set(key, { line: i + 1, column: (/^\s+target:\s*/.exec(line)?.[0].length ?? 0) + 1 });
  }
  return entries
    .filter((e) => e.target !== undefined && !e.outdated)
    .map((e) => ({ id: unitId(articleId, e.key), locale, source: e.source, target: e.target, article: articleId, file, ...(targetAt.get(e.key) ?? { line: 1, column: 1 }) }));
}
