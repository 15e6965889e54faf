import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Frontmatter } from './frontmatterSchema.ts';
import { validateFrontmatter, type FrontmatterRules } from './validateFrontmatter.ts';

/** A source article as writers keep it: `content/<locale>/<category>/<slug>.md(x)`. */
export interface Article {
  /** `<category>/<slug>` */
  id: string;
  category: string;
  slug: string;
  locale: string;
  /** Path relative to the project root, as diagnostics print it. */
  file: string;
  format: 'md' | 'mdx';
  frontmatter: Frontmatter;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the file where `body` starts, to map body positions to file positions. */
  bodyLine: number;
  /** Where each frontmatter key's value is, for rules that check values against other articles. */
  fieldPositions: Record<string, { line: number; column: number }>;
}

export interface ParsedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Split, parse and validate one article file; problems come back as diagnostics, never thrown.
 * `relativePath` (`<category>/<slug>.md`) defaults to the part of `file` after `content/<locale>/`.
 * `rules` says whether the file is a writer's source article or a translation (see FrontmatterRules);
 * the article comes back when there are warnings only.
 */
export function parseArticle(
  file: string,
  source: string,
  locale: string,
  relativePath = pathInLocale(file, locale),
  rules: FrontmatterRules = 'source',
): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], line: number, column: number, rule: string, message: string, hint?: string) =>
    diagnostics.push({ file, line, column, rule, message, hint, severity });
  const error = (line: number, column: number, rule: string, message: string, hint?: string) => report('error', line, column, rule, message, hint);

  const match = /^([^/]+)\/([^/]+)\.(mdx?)$/.exec(relativePath);
  if (!match) {
    error(1, 1, 'content/path', `article must live at content/${locale}/<category>/<slug>.md or .mdx`, 'move it into a category folder');
    return { diagnostics };
  }
  const [, category = '', slug = '', ext = 'md'] = match;
  for (const [name, value] of [['category', category], ['slug', slug]] as const) {
    if (!slugPattern.test(value)) {
      error(1, 1, 'content/path', `${name} "${value}" must be lower-case letters, digits and single hyphens`, `rename it, e.g. "${value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}"`);
    }
  }

  if (!/^\uFEFF?---\r?\n/.test(source)) {
    error(1, 1, 'frontmatter/missing', 'the file does not start with a --- frontmatter block', 'add title, description, type, category and updated between two --- lines');
    return { diagnostics };
  }
  // gray-matter finds the block; `yaml` parses it so every problem keeps its line and column.
  const parsed = matter(source, { engines: { yaml: { parse: () => ({}), stringify: () => '' } } });
  const yamlStart = source.indexOf('---') + 3;
  const yamlLine = lineOf(source, yamlStart);
  const lineCounter = new LineCounter();
  const doc = parseDocument(parsed.matter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: yamlLine + pos.line - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const { line, column } = at(e.pos[0]);
      error(line, column, 'frontmatter/yaml', e.message.split('\n')[0] ?? 'invalid YAML', 'check indentation, colons and quotes');
    }
    return { diagnostics };
  }

  const data = coerceScalars(doc);
  const positionOf = (path: string, atKey = false): { line: number; column: number } => {
    const node = atKey ? undefined : (doc.getIn(path.split('/').filter(Boolean), true) as YamlNode | undefined);
    const keyNode = keyNodeOf(doc, path.split('/').filter(Boolean)[0]);
    const range = (node && 'range' in node ? node.range : undefined) ?? keyNode?.range;
    return range ? at(range[0]) : { line: yamlLine, column: 1 };
  };
  for (const problem of validateFrontmatter(data, rules)) {
    const { line, column } = positionOf(problem.path, problem.rule === 'frontmatter/unknown-key');
    report(problem.severity, line, column, problem.rule, problem.message, problem.hint);
  }
  const frontmatter = data as unknown as Partial<Frontmatter>;
  if (typeof frontmatter.category === 'string' && frontmatter.category !== category) {
    const { line, column } = positionOf('/category');
    error(line, column, 'frontmatter/category-mismatch', `category "${frontmatter.category}" does not match the folder "${category}"`, `set category: ${category}, or move the file to content/${locale}/${frontmatter.category}/`);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const body = parsed.content;
  const bodyLine = lineOf(source, source.length - body.length);
  const article: Article = {
    id: `${category}/${slug}`,
    category,
    slug,
    locale,
    file,
    format: ext === 'mdx' ? 'mdx' : 'md',
    frontmatter: {
      title: frontmatter.title ?? '',
      description: frontmatter.description ?? '',
      type: frontmatter.type ?? 'guide',
      category,
      tags: frontmatter.tags ?? [],
      updated: frontmatter.updated ?? '',
      audience: frontmatter.audience ?? 'end-user',
      related: frontmatter.related ?? [],
      draft: frontmatter.draft ?? false,
      translate: frontmatter.translate ?? true,
    },
    body,
    bodyLine,
    fieldPositions: Object.fromEntries([
      ...Object.keys(data).map((key) => [key, positionOf(`/${key}`)] as const),
      ...(frontmatter.related ?? []).map((_, i) => [`related/${i}`, positionOf(`/related/${i}`)] as const),
    ]),
  };
  return { article, diagnostics };
}

function pathInLocale(file: string, locale: string): string {
  const localeDir = `content/${locale}/`;
  return file.includes(localeDir) ? file.slice(file.lastIndexOf(localeDir) + localeDir.length) : file;
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function keyNodeOf(doc: Document, key: string | undefined): YamlNode | undefined {
  if (!key || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/**
 * YAML turns `tags: [401]` into a number; writers mean the string "401". Tag and related items
 * keep the text as written, so a bare number or date is accepted as a string.
 */
function coerceScalars(doc: Document): Record<string, unknown> {
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (!isMap(doc.contents)) return data;
  for (const key of ['tags', 'related']) {
    const node = doc.get(key, true);
    if (isSeq(node)) {
      data[key] = node.items.map((item) => (isScalar(item) && item.value !== null ? String(item.source ?? item.value) : item));
    }
  }
  for (const key of ['title', 'description', 'updated']) {
    const node = doc.get(key, true);
    if (isScalar(node) && (typeof node.value === 'number' || node.value instanceof Date)) {
      data[key] = String(node.source ?? node.value);
    }
  }
  return data;
}
