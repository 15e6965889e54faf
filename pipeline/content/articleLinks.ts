import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { posix } from 'node:path';

/** A link in an article body that points at another article of the help center. */
export interface ArticleLink {
  /** The URL as written: `../account/reset-password#pin`. */
  url: string;
  /** Target article id: `account/reset-password`. */
  targetId: string;
  /** `#pin` or ''. */
  hash: string;
  /** 1-based position in the body. */
  line: number;
  column: number;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#|\?)/i;

/**
 * Resolve a relative link written in article `fromId` to the id of the article it names, or
 * undefined when the URL is not a relative article link (external, absolute, anchor-only).
 * `../account/reset-password`, `./link-desktop`, `link-desktop.md` all resolve.
 */
export function resolveArticleLink(fromId: string, url: string): { targetId: string; hash: string } | undefined {
  if (url === '' || external.test(url)) return undefined;
  const hashAt = url.indexOf('#');
  const path = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\/$/, '').replace(/\.mdx?$/, '');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const fromDir = posix.dirname(fromId);
  const targetId = posix.normalize(posix.join(fromDir, path));
  return { targetId, hash };
}

/** Every relative article link (inline links and link definitions) in a parsed body. */
export function collectArticleLinks(fromId: string, tree: Root): ArticleLink[] {
  const links: ArticleLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const resolved = resolveArticleLink(fromId, node.url);
    if (!resolved) return;
    links.push({ url: node.url, ...resolved, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  });
  return links;
}
