/**
 * `node bench/generateContent.ts --root DIR --articles N [--seed S]` — write N synthetic source
 * articles to DIR/content/en/<category>/<slug>.md (the benchmark's "generate" step, run as its own
 * process so its time and memory are measured like the build steps).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticArticles } from './syntheticArticles.ts';

/** Write the articles under `root`/content/`sourceLocale`; returns how many were written. */
export async function writeSyntheticContent(root: string, count: number, seed?: number, sourceLocale = 'en'): Promise<number> {
  const articles = syntheticArticles(count, seed);
  const folders = new Set(articles.map((a) => join(root, 'content', sourceLocale, a.category)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // A fresh temp folder nobody reads yet: plain writes, no temp-file-and-rename needed.
  await Promise.all(articles.map((a) => writeFile(join(root, 'content', sourceLocale, `${a.id}.md`), a.markdown)));
  return articles.length;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, articles: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.root || !values.articles) throw new Error('usage: node bench/generateContent.ts --root DIR --articles N [--seed S]');
  const written = await writeSyntheticContent(values.root, Number(values.articles), values.seed ? Number(values.seed) : undefined);
  console.log(`generated ${written} articles in ${join(values.root, 'content', 'en')}`);
}
