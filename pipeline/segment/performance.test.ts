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

/** CPU time of this test process in milliseconds: unlike wall time, other busy processes barely move it. */
const cpuMilliseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe('segmentArticle performance', () => {
  // About 5 ms of CPU per help article (some 40 segments), half of it Markdown parsing; the bound
  // catches a regression by an order of magnitude, such as building a segmenter per call.
  it('segments 1,000 articles in under 30 s of CPU time', () => {
    expect(articles.length).toBeGreaterThan(0);
    const options = { sourceLocale: 'en', doNotTranslate: ['Lumo', 'Lumo Premium', 'Android', 'iPhone'] };
    const started = cpuMilliseconds();
    let segments = 0;
    for (let i = 0; i < 1000; i += 1) segments += segmentArticle(articles[i % articles.length] as ArticleInput, options).segments.length;
    expect(segments).toBeGreaterThan(1000);
    expect(cpuMilliseconds() - started).toBeLessThan(30_000);
  }, 180_000);
});
