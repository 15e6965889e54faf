import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, isNode, isSeq, parseDocument } from 'yaml';
import type { Article } from '../content/parseArticle.ts';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { segmentArticle } from '../segment/index.ts';
import type { Segment, SegmentedArticle } from '../segment/types.ts';

/** Whether an article gets translated: published (not a draft) and not opted out with `translate: false`. */
export function isTranslatable(article: Article): boolean {
  return !article.frontmatter.draft && article.frontmatter.translate;
}

/**
 * The article's current segments, which store entries are pinned to. Every stage must segment
 * with the same do-not-translate terms, or the hashes differ and every translation looks outdated.
 */
export function sourceSegments(article: Article, sourceLocale: string, doNotTranslate: readonly string[]): Segment[] {
  return segmentSource(article, sourceLocale, doNotTranslate).segments;
}

/** The article segmented with what `reassembleArticle` needs to rebuild it in another language. */
export function segmentSource(article: Article, sourceLocale: string, doNotTranslate: readonly string[]): SegmentedArticle {
  const { id, format, body, frontmatter } = article;
  return segmentArticle({ id, format, body, title: frontmatter.title, description: frontmatter.description }, { sourceLocale, doNotTranslate });
}

const glossaryFile = 'glossary/terms.yaml';

/** The do-not-translate terms of `glossary/terms.yaml` ([] when there is no glossary); a malformed list is a UserError. */
export async function loadDoNotTranslate(root: string): Promise<string[]> {
  let text;
  try {
    text = await readFile(join(root, glossaryFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problem = (offset: number, rule: string, message: string): Diagnostic => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: glossaryFile, line, column: col, rule, message, hint: 'doNotTranslate: is a list of terms, one "- Term" per line', severity: 'error' };
  };
  const [error] = doc.errors;
  if (error) throw new UserError([problem(error.pos[0], 'glossary/yaml', error.message.split('\n')[0] ?? 'invalid YAML')]);
  const list = doc.get('doNotTranslate', true);
  if (list === undefined) return [];
  if (!isSeq(list)) throw new UserError([problem(0, 'glossary/invalid-do-not-translate', 'doNotTranslate is not a list')]);
  const terms = list.toJSON() as unknown[];
  const bad = terms.findIndex((term) => typeof term !== 'string' || term.trim() === '');
  if (bad !== -1) {
    const item = list.items[bad];
    throw new UserError([problem(isNode(item) ? (item.range?.[0] ?? 0) : 0, 'glossary/invalid-do-not-translate', `term ${bad + 1} is not text`)]);
  }
  return terms as string[];
}
