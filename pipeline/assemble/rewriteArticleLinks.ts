import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { parseMarkdown, type MarkdownFormat } from '../markdown/parseMarkdown.ts';
import { resolveArticleLink } from '../content/articleLinks.ts';
import { articleUrl } from './sitePaths.ts';

/** Where the URL of one article link is written in a body, and the article it names: the same for every locale. */
export interface ArticleLinkSpan {
  start: number;
  end: number;
  targetId: string;
  hash: string;
}

/** The article links of a body (inline links and definitions), found by parsing it. */
export function findArticleLinkSpans(body: string, format: MarkdownFormat, fromId: string): ArticleLinkSpan[] {
  const tree: Root = parseMarkdown(body, format);
  const spans: ArticleLinkSpan[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const resolved = resolveArticleLink(fromId, node.url);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!resolved || start === undefined || end === undefined) return;
    // The URL is written once inside the node's source; find it there rather than re-serialising.
    const at = body.slice(start, end).lastIndexOf(node.url);
    if (at === -1) return;
    spans.push({ start: start + at, end: start + at + node.url.length, ...resolved });
  });
  return spans;
}

/**
 * Replace the URL text of each span with the article's page URL in `locale`, so a link written
 * once in the source works on every locale's page; the rest stays byte-identical.
 */
export function localizeLinkSpans(body: string, spans: readonly ArticleLinkSpan[], locale: string): string {
  let out = '';
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    out += body.slice(cursor, span.start) + articleUrl(locale, span.targetId, span.hash);
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

/**
 * The link spans of `copy`, a translation reassembled from `source`, found without parsing it —
 * parsing a body per locale dominated `kb assemble`. A reassembled copy is the source with
 * sentences replaced: link markup is copied verbatim from the source (placeholders must all be
 * kept), and translated text cannot write an unescaped `[` or `]`. So each link's URL with the two
 * characters before it and one after (`](../account/x)`) occurs in the copy as often as in the
 * source. When every such needle occurs in the source only as that link, and as often in the copy,
 * each occurrence in the copy is the link. Undefined when that cannot be shown: parse the copy.
 */
export function linkSpansInCopy(copy: string, source: string, sourceSpans: readonly ArticleLinkSpan[]): ArticleLinkSpan[] | undefined {
  if (copy === source) return [...sourceSpans];
  const groups = new Map<string, { before: number; span: ArticleLinkSpan; count: number }>();
  for (const span of sourceSpans) {
    const before = Math.min(2, span.start);
    const needle = source.slice(span.start - before, span.end + 1);
    const group = groups.get(needle);
    if (group) group.count += 1;
    else groups.set(needle, { before, span, count: 1 });
  }
  const found: ArticleLinkSpan[] = [];
  for (const [needle, { before, span, count }] of groups) {
    const inCopy = occurrences(copy, needle);
    if (occurrences(source, needle).length !== count || inCopy.length !== count) return undefined;
    const length = span.end - span.start;
    for (const at of inCopy) found.push({ start: at + before, end: at + before + length, targetId: span.targetId, hash: span.hash });
  }
  found.sort((a, b) => a.start - b.start);
  // Needles of different links never share text in the source; if they do in the copy, parse it.
  if (found.some((span, i) => i > 0 && span.start < (found[i - 1]?.end ?? 0))) return undefined;
  return found;
}

/** Every index where `needle` starts in `text`, overlapping matches included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}
