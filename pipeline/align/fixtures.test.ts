import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { parseArticle, type Article } from '../content/parseArticle.ts';
import { segmentArticle } from '../segment/index.ts';
import { alignArticle } from './alignArticle.ts';

/**
 * One folder per case: the source `en.md`, its translation `<locale>.md` (a team's export), and
 * the expected `aligned.json`: sentence pairs, blocks kept whole and why, parts left untranslated,
 * and structure problems that refuse the article.
 */
const root = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function segmented(article: Article, tag: string) {
  const { id, format, body, frontmatter } = article;
  return segmentArticle({ id, format, body, title: frontmatter.title, description: frontmatter.description }, { sourceLocale: tag });
}

function read(folder: URL, name: string, locale: string): Article {
  const file = `${name}.md`;
  const parsed = parseArticle(file, readFileSync(new URL(file, folder), 'utf8'), locale, 'account/case.md', locale === 'en' ? 'source' : 'translation');
  if (!parsed.article) throw new Error(`${file}: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.article;
}

describe.each(cases)('fixture %s', (name) => {
  const folder = new URL(`${name}/`, root);
  const translated = readdirSync(folder).find((f) => f.endsWith('.md') && f !== 'en.md') ?? '';
  const locale = config.locales.find((l) => l.code === translated.replace(/\.md$/, ''));

  it('aligns as in aligned.json', async () => {
    expect(locale, `${name} needs a <locale>.md next to en.md`).toBeDefined();
    const source = segmented(read(folder, 'en', 'en'), 'en');
    const alignment = alignArticle(source, segmented(read(folder, locale!.code, locale!.code), locale!.tag));
    const expected = {
      pairs: alignment.pairs.map(({ segment, target }) => ({ key: segment.key, source: segment.text, target })),
      blocks: alignment.blocks.map(({ blockIndex, reason, source: text, target }) => ({ block: `b${blockIndex}`, reason, source: text, target })),
      unmatched: alignment.unmatched,
      problems: alignment.problems,
    };
    await expect(`${JSON.stringify(expected, null, 2)}\n`).toMatchFileSnapshot(`./fixtures/${name}/aligned.json`);
  });
});
