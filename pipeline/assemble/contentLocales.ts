import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localesWithContent, type ArticleCopy } from '../../site/utils/alternates.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { contentLocalesFile } from './sitePaths.ts';

/** `contentLocalesFile`'s text for these copies: ids and locale codes sorted, so the same content gives the same bytes. */
export function renderContentLocales(copies: Iterable<ArticleCopy>): string {
  const byArticle = localesWithContent(copies);
  // One line per article: small, and a diff between two runs reads per article.
  const lines = [...byArticle.keys()].sort().map((id) => `${JSON.stringify(id)}:${JSON.stringify([...(byArticle.get(id) ?? [])].sort())}`);
  return lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n';
}

/** What `kb assemble` wrote to `contentLocalesFile` under `root`, as `localesWithContent` returns it. */
export async function readContentLocales(root: string): Promise<Map<string, string[]>> {
  const file = join(root, contentLocalesFile);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    throw new UserError([fileDiagnostic(file, 'site/no-content-locales', 'no assembled articles', 'run `kb assemble` first')]);
  });
  return new Map(Object.entries(JSON.parse(text) as Record<string, string[]>));
}
