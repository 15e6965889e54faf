import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segmentArticle.ts';
import { comparableTree } from './testing/comparableTree.ts';
import { identityRoundTrip, markedRoundTrip, unseenText, upperCaseRoundTrip } from './testing/roundTrips.ts';

// Read at test time: writers keep adding articles, and every one of them must survive the round trip.
const root = new URL('../../content/en/', import.meta.url);
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => /\.mdx?$/.test(file))
  .sort();

describe('round trip over content/en', () => {
  it('finds articles', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const { data, content: body } = matter(readFileSync(new URL(file, root), 'utf8'));
    const format = file.endsWith('.mdx') ? 'mdx' : 'md';
    const title = String(data.title ?? '');
    const description = String(data.description ?? '');
    const segmented = segmentArticle(
      { id: file.replace(/\.mdx?$/, ''), format, title, description, body },
      { sourceLocale: 'en', doNotTranslate: ['Lumo', 'Lumo Premium'] },
    );

    it('has unique segment keys and only translatable text in segments', () => {
      const keys = segmented.segments.map((segment) => segment.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const segment of segmented.segments) expect(segment.text).not.toMatch(/\n|```/);
    });

    it('rebuilds byte for byte from identity targets', () => {
      expect(identityRoundTrip(segmented)).toEqual({ title, description, body });
    });

    it('renders a marked copy of every segment: the same tree, the target text shown as written', () => {
      const { rebuilt, shown } = markedRoundTrip(segmented);
      expect(rebuilt.body).not.toBe(body);
      expect(comparableTree(rebuilt.body, format, { ignoreText: true })).toEqual(comparableTree(body, format, { ignoreText: true }));
      expect(unseenText(rebuilt, format, shown)).toEqual([]);
    });

    it('keeps the Markdown tree when every text run is rewritten', () => {
      const rebuilt = upperCaseRoundTrip(segmented).body;
      expect(comparableTree(rebuilt, format, { ignoreCase: true })).toEqual(comparableTree(body, format, { ignoreCase: true }));
    });
  });
});
