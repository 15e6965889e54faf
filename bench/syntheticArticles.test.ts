import { describe, expect, it } from 'vitest';
import { checkArticles } from '../pipeline/content/loadProject.ts';
import { parseArticle, type Article } from '../pipeline/content/parseArticle.ts';
import { categories } from './helpCenterVocabulary.ts';
import { syntheticArticles, untranslatedShare } from './syntheticArticles.ts';

const corpus = syntheticArticles(240);

/** The corpus through the project's own parser and cross-article checks, as `kb validate` sees it. */
function validate(): { articles: Article[]; problems: string[] } {
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const article of corpus) {
    const parsed = parseArticle(`content/en/${article.id}.md`, article.markdown, 'en');
    problems.push(...parsed.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`));
    if (parsed.article) articles.push(parsed.article);
  }
  problems.push(...checkArticles(articles).map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`));
  return { articles, problems };
}

describe('syntheticArticles', () => {
  it('is the same for the same count and seed, and different for another seed', () => {
    expect(syntheticArticles(240)).toEqual(corpus);
    expect(syntheticArticles(240, 7)[0]?.markdown).not.toBe(corpus[0]?.markdown);
  });

  it('writes articles kb validate accepts: contract frontmatter, unique ids, links and related ids that exist', () => {
    const { articles, problems } = validate();
    expect(problems).toEqual([]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(corpus.length);
    expect(articles.every((a) => a.frontmatter.related.every((id) => id !== a.id))).toBe(true);
  });

  it('spreads articles over every category, new folders included, with all four types', () => {
    expect(new Set(corpus.map((a) => a.category))).toEqual(new Set(categories));
    expect(new Set(corpus.map((a) => a.type))).toEqual(new Set(['faq', 'troubleshooting', 'guide', 'notice']));
  });

  it('gives bodies the shape of help articles: 300–650 words, sections, links, some tables and code', () => {
    const bodies = corpus.map((a) => a.markdown.slice(a.markdown.indexOf('\n---\n') + 5));
    for (const body of bodies) {
      const words = body.split(/\s+/).filter((token) => /\w/.test(token)).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(650);
      expect(body).toMatch(/^#{2,3} /m);
      expect(body).toMatch(/\]\(\.\.?\/[a-z0-9-]+/);
    }
    const share = (pattern: RegExp) => bodies.filter((body) => pattern.test(body)).length / bodies.length;
    expect(share(/^\| --- \|/m)).toBeGreaterThan(0.1);
    expect(share(/^```[a-z]+$/m)).toBeGreaterThan(0.1);
  });

  it('marks about the untranslated share with translate: false', () => {
    const share = corpus.filter((a) => a.markdown.includes('\ntranslate: false\n')).length / corpus.length;
    expect(share).toBeGreaterThan(untranslatedShare / 2);
    expect(share).toBeLessThan(untranslatedShare * 2);
  });
});
