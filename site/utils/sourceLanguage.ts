import type { ElementContent, Parents, RootContent } from 'hast';
// Sätteri is the processor @astrojs/markdown-satteri runs; its plugin types live in its own package.
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext as Context } from 'satteri';
import { anySourceTextMark, sourceTextMarks } from '../../pipeline/assemble/sourceTextMarks.ts';

type Parent = Readonly<Parents>;
type Child = RootContent;

const { open } = sourceTextMarks;
const mark = anySourceTextMark;
const splitAtMarks = new RegExp(`(${anySourceTextMark.source})`);

/**
 * Hast plugin: the text `kb assemble` marked as shown in the source language (`sourceTextMarks`)
 * gets `lang` = the source's tag, so screen readers pronounce it and browsers hyphenate it as that
 * language. A block whose whole text is marked carries the attribute itself; otherwise each marked
 * run becomes a `<span lang>`. Only documents holding a mark run it, and it runs before heading
 * ids are made, so anchors and the table of contents read the text without marks.
 */
export function sourceLanguage(tag: string): HastPluginEntry {
  return (document) => (document.source.includes(open) ? markSourceLanguage(tag) : null);
}

function markSourceLanguage(tag: string): HastPluginDefinition {
  // Every marked text node of a parent is handled when its first one is visited.
  const done = new WeakSet<object>();
  return {
    name: 'source-language',
    text(node, context) {
      if (!mark.test(node.value)) return;
      const parent = context.parent(node);
      if (done.has(parent)) return;
      done.add(parent);
      markChildren(parent, tag, context);
    },
  };
}

interface Piece {
  node: Child;
  inside: boolean;
  /** Index of the child the piece comes from. */
  from: number;
}

function markChildren(parent: Parent, tag: string, context: Context): void {
  const { children } = parent;
  const pieces: Piece[] = [];
  // A run kb assemble wrote opens and closes among one element's children (sentences never split
  // inside inline markup, and a bare URL beside a mark is written as a link).
  let inside = false;
  children.forEach((child, from) => {
    if (child.type !== 'text' || !mark.test(child.value)) {
      pieces.push({ node: child, inside, from });
      return;
    }
    for (const [i, part] of child.value.split(splitAtMarks).entries()) {
      if (i % 2 === 1) inside = part === open;
      else if (part) pieces.push({ node: { type: 'text', value: part }, inside, from });
    }
  });
  const replacements = new Map<number, Child[]>();
  const replace = (from: number, ...nodes: Child[]) => replacements.set(from, [...(replacements.get(from) ?? []), ...nodes]);
  for (const [from, child] of children.entries()) if (child.type === 'text' && mark.test(child.value)) replacements.set(from, []);

  if (parent.type === 'element' && pieces.every((piece) => piece.inside || isBlank(piece.node))) {
    context.setProperty(parent, 'lang', tag);
    for (const piece of pieces) if (replacements.has(piece.from)) replace(piece.from, piece.node);
  } else {
    for (let i = 0; i < pieces.length; ) {
      const first = pieces[i] as Piece;
      let end = i + 1;
      while (first.inside && pieces[end]?.inside) end += 1;
      const run = pieces.slice(i, end);
      i = end;
      if (!first.inside) {
        if (replacements.has(first.from)) replace(first.from, first.node);
        continue;
      }
      // Children moved into the span leave their place; each is copied, as a node of the tree cannot be moved.
      for (const piece of run) if (piece.node === children[piece.from]) replacements.set(piece.from, []);
      // Marks sit in phrasing content only, so a run holds nothing an element cannot.
      const span: Child = { type: 'element', tagName: 'span', properties: { lang: tag }, children: run.map((piece) => plainCopy(piece.node) as ElementContent) };
      replace(first.from, span);
    }
  }
  for (const [from, nodes] of replacements) context.replaceNode(children[from] as Child, nodes);
}

function isBlank(node: Child): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** A detached copy of a node: the tree's own nodes carry references into it that new content must not. */
function plainCopy<T extends object>(node: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('_')) continue;
    copy[key] = key === 'children' && Array.isArray(value) ? value.map((child: object) => plainCopy(child)) : value;
  }
  return copy as T;
}
