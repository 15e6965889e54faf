import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { LocaleConfig } from '../config/defineConfig.ts';
import { listMarkdownFiles, type Project } from '../content/loadProject.ts';
import { lineOf, parseArticle } from '../content/parseArticle.ts';
import { UserError, fileDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { describeSyntaxError } from '../markdown/parseMarkdown.ts';
import { segmentArticle, segmentHash } from '../segment/index.ts';
import { readSkeleton } from '../segment/skeleton.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { madeFrom, reconcileArticle, segmentSource, storeTime, type MemoryUnit, type TranslationStore } from '../store/index.ts';
import { alignArticle, type AlignmentProblem, type ArticleAlignment } from './alignArticle.ts';

export interface AlignOptions {
  locale: LocaleConfig;
  /** Folder laid out like content/<source>: `<category>/<slug>.md`. */
  dir: string;
  /** Store the pairs as `approved` rather than `translated`. */
  approve?: boolean;
  /** Who is recorded as the translator (`by`). */
  by: string;
  /** All or nothing: when any article is refused, write none. */
  strict?: boolean;
  now?: () => Date;
}

export interface AlignedArticle {
  id: string;
  /** Sentences (and title, description) stored as translations of their source sentence. */
  sentences: number;
  /** Blocks aligned as one unit (kept in memory.yaml): sentence counts or markup distribution differ. */
  blocks: number;
  /** Title, description or blocks left untranslated because their inline markup differs from the source. */
  unmatched: number;
}

export interface AlignResult {
  aligned: AlignedArticle[];
  /** Translated files that were not aligned, each with an error in `diagnostics`. */
  refused: string[];
  /** Errors of refused files and warnings of aligned ones, sorted. */
  diagnostics: Diagnostic[];
  /** Store files that changed. */
  filesChanged: number;
}

interface Prepared {
  id: string;
  source: SegmentedArticle;
  alignment: ArticleAlignment;
}

/**
 * Seed the store from translations made before Polyglot KB: align every file of `dir` with its
 * source article and store the pairs. A file whose block structure does not line up (or whose
 * frontmatter is broken) is refused and reported, not guessed; the others are written, unless
 * `strict` asks for all or nothing.
 */
export async function alignDirectory(
  project: Project,
  store: TranslationStore,
  doNotTranslate: readonly string[],
  options: AlignOptions,
): Promise<AlignResult> {
  const { config } = project;
  const display = (path: string) => relative(project.root, path).split(sep).join('/') || '.';
  const files = await listMarkdownFiles(options.dir);
  if (files === undefined) {
    throw new UserError([fileDiagnostic(display(options.dir), 'align/no-directory', 'the folder does not exist', `pass a folder laid out like content/${config.sourceLocale}/`)]);
  }
  const sources = new Map(project.articles.map((a) => [a.id, a]));
  const diagnostics: Diagnostic[] = [];
  const prepared: Prepared[] = [];
  for (const path of files) {
    const rel = relative(options.dir, path).split(sep).join('/');
    const file = display(path);
    const parsed = parseArticle(file, await readFile(path, 'utf8'), options.locale.code, rel, 'translation');
    diagnostics.push(...parsed.diagnostics);
    const translated = parsed.article;
    if (!translated) continue;
    const article = sources.get(translated.id);
    if (!article) {
      diagnostics.push(fileDiagnostic(file, 'align/no-source', `there is no source article ${translated.id}`, `translations must use the path of their source in content/${config.sourceLocale}/`));
      continue;
    }
    let translation: SegmentedArticle;
    try {
      const { id, format, body, frontmatter } = translated;
      translation = segmentArticle({ id, format, body, title: frontmatter.title, description: frontmatter.description }, { sourceLocale: options.locale.tag, doNotTranslate });
    } catch (error) {
      const syntax = describeSyntaxError(error);
      diagnostics.push({ file, line: syntax.line + translated.bodyLine - 1, column: syntax.column, rule: 'markdown/syntax', message: syntax.message, severity: 'error' });
      continue;
    }
    const source = segmentSource(article, config.sourceLocale, doNotTranslate);
    const alignment = alignArticle(source, translation);
    const report = (problems: AlignmentProblem[], rule: string, severity: Diagnostic['severity'], hint: string) => {
      for (const problem of problems) {
        const { line, column } = positionOf(problem.at, translation, translated.bodyLine, translated.fieldPositions);
        diagnostics.push({ file, line, column, rule, message: problem.message, hint, severity });
      }
    };
    const sourceFile = `content/${config.sourceLocale}/${article.id}.${article.format}`;
    report(alignment.problems, 'align/structure', 'error', `make the translation follow ${sourceFile} block by block`);
    report(alignment.unmatched, 'align/markup', 'warning', `use the inline markup of ${sourceFile} (links, code, bold) or translate this part again`);
    if (alignment.problems.length === 0) prepared.push({ id: article.id, source, alignment });
  }
  const sorted = sortDiagnostics(diagnostics);
  const refused = [...new Set(sorted.filter((d) => d.severity === 'error').map((d) => d.file))];
  if (refused.length > 0 && options.strict) throw new UserError(sorted);

  const at = storeTime((options.now ?? (() => new Date()))());
  const state = options.approve ? 'approved' : 'translated';
  let filesChanged = 0;
  const blockUnits: MemoryUnit[] = [];
  for (const { id, source, alignment } of prepared) {
    const { entries, retired } = reconcileArticle(source.segments, await store.read(options.locale.code, id));
    const index = new Map(entries.map((e, i) => [e.key, i]));
    for (const { segment, target } of alignment.pairs) {
      const i = index.get(segment.key) as number;
      const existing = entries[i];
      // A different translation already in the store moves to memory.yaml rather than vanishing.
      if (existing?.target !== undefined && existing.target !== target) retired.push(madeFrom(existing));
      entries[i] = { key: segment.key, hash: segment.hash, source: segment.text, target, state, origin: 'human', by: options.by, at };
    }
    for (const block of alignment.blocks) {
      blockUnits.push({ article: id, key: `b${block.blockIndex}`, hash: segmentHash(block.source), source: block.source, target: block.target, state, origin: 'import:align', by: options.by, at });
    }
    if (await store.saveArticle(options.locale.code, id, { entries, retired })) filesChanged++;
  }
  if (blockUnits.length > 0 && (await store.writeMemory(options.locale.code, [...(await store.readMemory(options.locale.code)), ...blockUnits]))) filesChanged++;
  return {
    aligned: prepared.map(({ id, alignment }) => ({ id, sentences: alignment.pairs.length, blocks: alignment.blocks.length, unmatched: alignment.unmatched.length })),
    refused,
    diagnostics: sorted,
    filesChanged,
  };
}

/** Where in the translated file a problem is: the frontmatter field, or the block's first sentence. */
function positionOf(
  at: string,
  translation: SegmentedArticle,
  bodyLine: number,
  fields: Record<string, { line: number; column: number }>,
): { line: number; column: number } {
  if (fields[at]) return fields[at];
  const skeleton = readSkeleton(translation);
  const blockPrefix = at.includes('.') ? at : `${at}.`;
  const sentence = skeleton.blocks.flatMap((b) => b.sentences).find((s) => s.key === at || s.key.startsWith(blockPrefix));
  if (!sentence) return { line: bodyLine, column: 1 };
  const line = lineOf(skeleton.body, sentence.start);
  const lineStart = skeleton.body.lastIndexOf('\n', sentence.start - 1) + 1;
  return { line: bodyLine + line - 1, column: sentence.start - lineStart + 1 };
}
