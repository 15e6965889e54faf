import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { readPageStatus } from '../assemble/pageStatus.ts';
import { stripSourceTextMarks } from '../assemble/sourceTextMarks.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { scanFrontmatter } from './scanFrontmatter.ts';

/**
 * Every article copy under `siteContent` (`.kb/site-content/<locale>/<category>/<slug>.md`), as
 * written by `kb assemble`, in a stable order (locale folder, then article id). Reading what the
 * site renders, rather than re-assembling, keeps the bot feed and the pages in step.
 */
export async function readAssembledArticles(siteContent: string): Promise<AssembledArticle[]> {
  const files = await readdir(siteContent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    throw new UserError([fileDiagnostic(siteContent, 'bot/no-site-content', 'no assembled articles', 'run `kb assemble` first')]);
  });
  // Read synchronously: over thousands of small files a promise and thread-pool round trips per
  // file cost several times the CPU of the reads. Bytes decoded in one go (readFile's own decoding
  // goes chunk by chunk).
  return files
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => parseAssembled(join(siteContent, file), readFileSync(join(siteContent, file)).toString('utf8'), relative(siteContent, join(siteContent, file)).split(sep).join('/')));
}

/** One site-content file: the frontmatter `renderSiteArticle` writes (scanned; parsed when in another layout), then the body. */
export function parseAssembled(file: string, text: string, relativePath: string): AssembledArticle {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const data = match ? (scanFrontmatter(match[1]!) ?? (yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>)) : undefined;
  const status = readPageStatus(data?.status);
  if (!match || !data || typeof data.articleId !== 'string' || typeof data.locale !== 'string' || !status) {
    throw new UserError([fileDiagnostic(file, 'bot/bad-site-content', 'not an assembled article (no locale, articleId or status frontmatter)', 'run `kb assemble` again')]);
  }
  const written = text.slice(match[0].length);
  const body = stripSourceTextMarks(written);
  return {
    locale: data.locale,
    articleId: data.articleId,
    format: relativePath.endsWith('.mdx') ? 'mdx' : 'md',
    status,
    title: String(data.title),
    description: String(data.description),
    type: String(data.type),
    category: String(data.category),
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    updated: String(data.updated),
    body,
    ...(body.length === written.length ? {} : { markedBody: written }),
  };
}
