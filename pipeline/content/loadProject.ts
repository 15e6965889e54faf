import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { everySourceTextMark } from '../assemble/sourceTextMarks.ts';
import type { KbConfig } from '../config/defineConfig.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { fileDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ContentCache, contentKey } from '../cache/ContentCache.ts';
import { describeSyntaxError, parseMarkdown, type MarkdownSyntaxError } from '../markdown/parseMarkdown.ts';
import { collectArticleLinks, type ArticleLink } from './articleLinks.ts';
import { lineOf, parseArticle, type Article } from './parseArticle.ts';

/** Everything the pipeline stages start from: config, valid source articles, and what is wrong. */
export interface Project {
  root: string;
  config: KbConfig;
  /** Valid source-locale articles, sorted by id; drafts included (`frontmatter.draft`). */
  articles: Article[];
  /** Every problem found, sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Keep the warm-run cache of article links up to date (default); a dry run writes nothing. */
  saveCache?: boolean;
}

/** Read and validate `content/<source>/` of the project at `root` (config from its kb.config.ts unless given). */
export async function loadProject(root: string, config?: KbConfig, options: LoadOptions = {}): Promise<Project> {
  config ??= await loadConfig(root);
  const contentDir = join(root, 'content', config.sourceLocale);
  const listed = await listMarkdownFiles(contentDir);
  const diagnostics: Diagnostic[] = [];
  if (!listed) {
    const folder = `content/${config.sourceLocale}`;
    diagnostics.push(fileDiagnostic(folder, 'content/missing-source', `the source folder ${folder} does not exist`, `write articles as ${folder}/<category>/<slug>.md, or pass --root with the folder that holds content/`));
  }
  const files = listed ?? [];
  const articles: Article[] = [];
  for (const path of files) {
    const file = relative(root, path).split(sep).join('/');
    const parsed = parseArticle(file, await readFile(path, 'utf8'), config.sourceLocale);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.article) articles.push(parsed.article);
  }
  articles.sort((a, b) => a.id.localeCompare(b.id));
  // Parsing every body for its links dominates validation; a warm run reuses what it found.
  const cache = await ContentCache.open<BodyLinks>(root, 'article-links');
  diagnostics.push(
    ...checkArticles(articles, (article) => {
      const key = contentKey(article.id, article.format, article.body);
      const cached = cache.get(key);
      if (cached) return cached;
      const found = bodyLinks(article);
      cache.set(key, found);
      return found;
    }),
  );
  if (options.saveCache !== false) await cache.save();
  return { root, config, articles, diagnostics: sortDiagnostics(diagnostics) };
}

/** What a body's Markdown says for the cross-article rules: its article links, or why it does not parse. */
export type BodyLinks = { links: ArticleLink[] } | { syntaxError: MarkdownSyntaxError };

/** Parse a body and collect its article links (the expensive part of validation, cached per body). */
export function bodyLinks(article: Article): BodyLinks {
  try {
    return { links: collectArticleLinks(article.id, parseMarkdown(article.body, article.format)) };
  } catch (error) {
    return { syntaxError: describeSyntaxError(error) };
  }
}

/** Cross-article rules: unique ids, links and `related` that name existing articles, parsable bodies. */
export function checkArticles(articles: Article[], linksOf: (article: Article) => BodyLinks = bodyLinks): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, Article>();
  for (const article of articles) {
    const other = byId.get(article.id);
    if (other) {
      diagnostics.push({ file: article.file, line: 1, column: 1, rule: 'content/duplicate-id', message: `article id "${article.id}" is also used by ${other.file}`, hint: 'keep one of the .md/.mdx files', severity: 'error' });
    }
    byId.set(article.id, article);
  }
  for (const article of articles) {
    const at = (line: number, column: number) => ({ file: article.file, line: line + article.bodyLine - 1, column });
    for (const mark of reservedCharacters(article.body)) {
      diagnostics.push({ ...at(mark.line, mark.column), rule: 'content/reserved-character', message: `"${mark.char}" (U+${mark.char.codePointAt(0)?.toString(16).toUpperCase()}) is reserved: kb assemble marks English sentences of translated pages with it`, hint: 'use another bracket, such as ⌜ ⌝ or 「 」', severity: 'error' });
    }
    const body = linksOf(article);
    if ('syntaxError' in body) {
      const syntax = body.syntaxError;
      diagnostics.push({ ...at(syntax.line, syntax.column), rule: 'markdown/syntax', message: syntax.message, hint: article.format === 'mdx' ? 'MDX needs balanced JSX tags and valid {expressions}; escape a literal { or < with a backslash' : 'check the Markdown near this line', severity: 'error' });
      continue;
    }
    for (const link of body.links) {
      const target = byId.get(link.targetId);
      if (!target) {
        diagnostics.push({ ...at(link.line, link.column), rule: 'link/missing-article', message: `link "${link.url}" points to "${link.targetId}", which does not exist`, hint: 'link to an existing article as ../<category>/<slug>, or create it', severity: 'error' });
      } else if (target.frontmatter.draft && !article.frontmatter.draft) {
        diagnostics.push({ ...at(link.line, link.column), rule: 'link/draft-article', message: `link "${link.url}" points to the draft "${link.targetId}", which is not published`, hint: 'publish the target (remove draft: true) or remove the link', severity: 'error' });
      }
    }
    for (const [index, id] of article.frontmatter.related.entries()) {
      if (!byId.has(id)) {
        const { line, column } = article.fieldPositions[`related/${index}`] ?? article.fieldPositions.related ?? { line: 1, column: 1 };
        diagnostics.push({ file: article.file, line, column, rule: 'frontmatter/related-missing', message: `related article "${id}" does not exist`, hint: 'use an existing id <category>/<slug>', severity: 'error' });
      }
    }
  }
  return diagnostics;
}

/** Every `.md`/`.mdx` file below `dir`, sorted; undefined when the folder does not exist. */
export async function listMarkdownFiles(dir: string): Promise<string[] | undefined> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Where `text` holds a source-text mark (see sourceTextMarks), 1-based; columns count code points. */
function reservedCharacters(text: string): { line: number; column: number; char: string }[] {
  return [...text.matchAll(everySourceTextMark)].map((match) => {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    return { line: lineOf(text, match.index), column: [...text.slice(lineStart, match.index)].length + 1, char: match[0] };
  });
}
