import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { LocalizedArticle } from './assembleLocale.ts';
import { renderContentLocales } from './contentLocales.ts';
import { contentLocalesFile, siteContentDir } from './sitePaths.ts';

/** The Markdown file the site reads for one localized article: contract frontmatter + body. */
export function renderSiteArticle(a: LocalizedArticle): string {
  const f = a.frontmatter;
  const data = {
    title: f.title,
    description: f.description,
    type: f.type,
    category: f.category,
    tags: f.tags,
    updated: f.updated,
    audience: f.audience,
    related: f.related,
    locale: a.locale,
    articleId: a.articleId,
    status: a.status,
    inSourceLanguage: a.inSourceLanguage,
    headingsInSourceLanguage: a.headingsInSourceLanguage,
    sourceUpdated: a.sourceUpdated,
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${a.body.startsWith('\n') ? '' : '\n'}${a.body}`;
}

/**
 * Replace `.kb/site-content` with these articles, and `contentLocalesFile` with which locales have
 * content of their own. Both are written beside their place and swapped in with renames, so the
 * site never builds from a half-written tree or file.
 */
export async function writeSiteContent(root: string, articles: LocalizedArticle[]): Promise<void> {
  const target = join(root, siteContentDir);
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const a of articles) {
    const file = join(staging, a.locale, `${a.articleId}.${a.format}`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, renderSiteArticle(a));
  }
  const locales = join(root, contentLocalesFile);
  const localesStaging = `${locales}.tmp-${process.pid}`;
  await mkdir(dirname(locales), { recursive: true });
  await writeFile(localesStaging, renderContentLocales(articles));
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, target);
  await rename(localesStaging, locales);
  await rm(old, { recursive: true, force: true });
}
