import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { segmentArticle, type ArticleInput } from './segmentArticle.ts';

const root = new URL('../../content/en/', import.meta.url);
const articles: ArticleInput[] = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const { data, content } = matter(readFileSync(new URL(file, root), 'utf8'));
    const format = file.endsWith('.mdx') ? 'mdx' : 'md';
    return { id: file, format, title: String(data.title ?? ''), description: String(data.description ?? ''), body: content };
  });

describe('segmentArticle performance', () => {
  // Typically 3–10 ms per help article (about 40 segments), most of it Markdown parsing; the
  // bound only catches a regression by an order of magnitude, on a busy machine too.
  it('segments 1,000 articles in well under a minute', () => {
    expect(articles.length).toBeGreaterThan(0);
    const options = { sourceLocale: 'en', doNotTranslate: ['Lumo', 'Lumo Premium', 'Android', 'iPhone'] };
    const started = performance.now();
    let segments = 0;
    for (let i = 0; i < 1000; i += 1) segments += segmentArticle(articles[i % articles.length] as ArticleInput, options).segments.length;
    const elapsed = performance.now() - started;
    expect(segments).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(40_000);
  }, 60_000);
});
