import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../markdown/parseMarkdown.ts';
import { tokenizePlaceholders } from '../placeholderText.ts';

/**
 * Test helper: the mdast of Markdown in a form where equivalent documents compare equal —
 * positions and `data` (MDX's estree, which holds offsets) removed, adjacent text nodes merged, whitespace runs in text collapsed (a rebuilt
 * sentence is one line), and a link reference's `referenceType` dropped (a rebuilt shortcut
 * reference `[text]` is written in full as `[text][label]` so the label survives translation), and
 * `<em>`/`<strong>`/`<del>` HTML pairs read as the emphasis they stand for (a rebuilt pair whose
 * delimiters would not parse is written that way, see renderTarget). With `ignoreCase`, text is
 * compared in ASCII lower case; with `ignoreText`, text nodes are left out (the structure of a translation).
 */
export function comparableTree(markdown: string, format: 'md' | 'mdx', options: { ignoreCase?: boolean; ignoreText?: boolean } = {}): unknown {
  const clean = (node: Nodes): Record<string, unknown> => {
    const { children, ...rest } = node as Nodes & { children?: Nodes[] };
    const out: Record<string, unknown> = { ...rest };
    if (node.type === 'linkReference') delete out.referenceType;
    if (node.type === 'text') {
      const value = node.value.replace(/[ \t\r\n]+/g, ' ');
      out.value = options.ignoreCase ? value.replace(/[A-Z]/g, (char) => char.toLowerCase()) : value;
    }
    if (children) {
      const merged: Record<string, unknown>[] = [];
      for (const child of htmlEmphasisAsNodes(children).map(clean)) {
        const last = merged.at(-1);
        if (last?.type === 'text' && child.type === 'text') last.value = String(last.value) + String(child.value);
        else merged.push(child);
      }
      // Without text, a translation that adds a word before a link has the source's structure.
      out.children = options.ignoreText ? merged.filter((child) => child.type !== 'text') : merged;
    }
    return out;
  };
  const withoutOffsets = JSON.parse(
    JSON.stringify(parseMarkdown(markdown, format), (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value)),
  ) as Nodes;
  return clean(withoutOffsets);
}

const emphasisTags: Record<string, 'emphasis' | 'strong' | 'delete'> = { em: 'emphasis', strong: 'strong', del: 'delete' };

/** `html <strong>`, …, `html </strong>` among siblings → one `strong` node holding what is between. */
function htmlEmphasisAsNodes(children: Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Nodes;
    const open = child.type === 'html' ? /^<(em|strong|del)>$/.exec(child.value) : null;
    const close = open ? children.findIndex((c, j) => j > i && c.type === 'html' && c.value === `</${open[1]}>`) : -1;
    if (!open || close === -1) {
      out.push(child);
      continue;
    }
    out.push({ type: emphasisTags[open[1] as string], children: htmlEmphasisAsNodes(children.slice(i + 1, close)) } as Nodes);
    i = close;
  }
  return out;
}

/** Test helper: a target text with every ASCII letter of its text runs upper-cased, placeholders kept. */
export function upperCaseText(text: string): string {
  return tokenizePlaceholders(text)
    .map((token) => {
      const raw = text.slice(token.start, token.end);
      return token.type === 'text' ? raw.replace(/[a-z]/g, (char) => char.toUpperCase()) : raw;
    })
    .join('');
}
