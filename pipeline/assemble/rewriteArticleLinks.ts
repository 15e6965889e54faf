import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { parseMarkdown, type MarkdownFormat } from '../markdown/parseMarkdown.ts';
import { resolveArticleLink } from '../content/articleLinks.ts';

/** URL of an article page in a locale: `/de/account/reset-password/`. */
export function articleUrl(locale: string, id: string, hash = ''): string {
  return `/${locale}/${id}/${hash}`;
}

/**
 * Point relative article links at the same article in `locale`, so a link written once in the
 * source works on every locale's page. Only the URL text is replaced; the rest stays byte-identical.
 */
export function rewriteArticleLinks(body: string, format: MarkdownFormat, fromId: string, locale: string): string {
  const tree: Root = parseMarkdown(body, format);
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const resolved = resolveArticleLink(fromId, node.url);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!resolved || start === undefined || end === undefined) return;
    // The URL is written once inside the node's source; find it there rather than re-serialising.
    const source = body.slice(start, end);
    const at = source.lastIndexOf(node.url);
    if (at === -1) return;
    edits.push({ start: start + at, end: start + at + node.url.length, text: articleUrl(locale, resolved.targetId, resolved.hash) });
  });
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
