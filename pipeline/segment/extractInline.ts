import type { Nodes, PhrasingContent, Root } from 'mdast';
import { mapTextOffsets, type TextOffsets } from './mapTextOffsets.ts';
import { autolinkLiteralTransforms } from '../markdown/parseMarkdown.ts';
import type { Placeholder } from './types.ts';

/**
 * A block's inline content as placeholder text, numbered across the whole block and with the
 * source's whitespace, plus where every character of that text came from in the source.
 */
export interface InlineText {
  text: string;
  placeholders: Placeholder[];
  /** Source offset where text character i starts; all characters of a `{n}` share one range. */
  sourceStarts: number[];
  /** Source offset where text character i ends. */
  sourceEnds: number[];
  /** Indexes in `text` of `*`, `_` and `~` that the source wrote bare, not backslash-escaped. */
  bareDelimiters: Set<number>;
}

const newInlineText = (): InlineText => ({ text: '', placeholders: [], sourceStarts: [], sourceEnds: [], bareDelimiters: new Set() });

/**
 * Turn a block's phrasing nodes into placeholder text: text stays (braces doubled), every other
 * inline construct becomes a numbered placeholder holding its exact source Markdown, and
 * do-not-translate terms in text become standalone `dnt` placeholders.
 */
export function extractInline(
  children: readonly PhrasingContent[],
  source: string,
  options: { quoteDepth: number; dnt: RegExp | null },
): InlineText {
  const writer = newInlineText();
  const slice = (from: number, to: number) => source.slice(from, to);

  const visit = (node: PhrasingContent, inLink: boolean, nextStart: number | undefined): void => {
    const from = node.position?.start.offset ?? 0;
    // A hard break takes the next line's indentation and `>` markers along, so whatever follows
    // it in a translation lands inside the same container.
    const to = (node.type === 'break' ? nextStart : undefined) ?? node.position?.end.offset ?? from;
    if (node.type === 'text') {
      const offsets = mapTextOffsets(node.value, source, from, to, options.quoteDepth);
      const markupOf = (start: number, end: number) => collapseLines(slice(start, end));
      // GFM links no bare URLs inside link text.
      writeText(writer, node.value, offsets, { dnt: options.dnt, autolinks: !inLink, markupOf });
      return;
    }
    const kind = placeholderKind(node, slice(from, to));
    const inner = 'children' in node ? (node.children as PhrasingContent[]) : [];
    const first = inner[0]?.position?.start.offset;
    const last = inner.at(-1)?.position?.end.offset;
    if (kind === 'url' || first === undefined || last === undefined) {
      writePlaceholder(writer, { shape: 'standalone', kind, open: slice(from, to), close: '' }, from, to);
      return;
    }
    const close = node.type === 'linkReference' && node.referenceType !== 'full' ? `][${node.label ?? ''}]` : slice(last, to);
    const id = writePlaceholder(writer, { shape: 'paired', kind, open: slice(from, first), close }, from, first);
    visitAll(inner, inLink || kind === 'link');
    writeSpan(writer, `{/${id}}`, last, to);
  };
  const visitAll = (nodes: readonly PhrasingContent[], inLink: boolean) => {
    for (const [i, node] of nodes.entries()) visit(node, inLink, nodes[i + 1]?.position?.start.offset);
  };
  visitAll(children, false);
  return writer;
}

/** Which placeholder kind stands for a non-text inline node. */
function placeholderKind(node: Nodes, markup: string): Placeholder['kind'] {
  switch (node.type) {
    case 'inlineCode':
      return 'code';
    case 'link':
      // GFM autolink literals and `<https://…>` autolinks are URLs, not translatable link text.
      return markup.startsWith('[') ? 'link' : 'url';
    case 'linkReference':
      return 'link';
    case 'emphasis':
    case 'strong':
    case 'delete':
      return node.type;
    case 'image':
    case 'imageReference':
      return 'image';
    case 'break':
      return 'break';
    case 'footnoteReference':
      return 'footnote';
    case 'mdxTextExpression':
    case 'mdxJsxTextElement':
      return 'mdx';
    default:
      // Inline HTML, and any construct an extension adds: kept verbatim.
      return 'html';
  }
}

interface TextOptions {
  dnt: RegExp | null;
  /** Turn bare URLs and e-mail addresses into `url` placeholders, as GFM links them. */
  autolinks: boolean;
  /** The Markdown of a source range, for a do-not-translate or URL placeholder. */
  markupOf: (start: number, end: number) => string;
}

/** Append text (braces doubled), cutting out bare URLs and do-not-translate terms as placeholders. */
function writeText(writer: InlineText, value: string, offsets: TextOffsets, options: TextOptions): void {
  const sourceRange = (from: number, to: number) => {
    const start = offsets.starts[from] ?? 0;
    return { start, end: offsets.ends[to - 1] ?? start };
  };
  const writeStandalone = (kind: 'url' | 'dnt', from: number, to: number) => {
    const { start, end } = sourceRange(from, to);
    writePlaceholder(writer, { shape: 'standalone', kind, open: options.markupOf(start, end), close: '' }, start, end);
  };
  const writeChars = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const char = value[i] ?? '';
      const start = offsets.starts[i] ?? 0;
      const end = offsets.ends[i] ?? 0;
      if (/[*_~]/.test(char) && end - start === 1) writer.bareDelimiters.add(writer.text.length);
      writeSpan(writer, char === '{' || char === '}' ? char + char : char, start, end);
    }
  };
  const writeProse = (from: number, to: number) => {
    let done = from;
    if (options.dnt) {
      for (const match of value.slice(from, to).matchAll(options.dnt)) {
        writeChars(done, from + match.index);
        done = from + match.index + match[0].length;
        writeStandalone('dnt', from + match.index, done);
      }
    }
    writeChars(done, to);
  };
  let done = 0;
  for (const url of options.autolinks ? findAutolinks(value) : []) {
    writeProse(done, url.start);
    writeStandalone('url', url.start, url.end);
    done = url.end;
  }
  writeProse(done, value.length);
}

/** Where GFM's own transform would link bare URLs and e-mail addresses in a text value. */
function findAutolinks(value: string): { start: number; end: number }[] {
  if (!/www\.|:\/\/|@|mailto:|xmpp:/i.test(value)) return [];
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  for (const transform of autolinkLiteralTransforms) transform(tree);
  const paragraph = tree.children[0];
  const links: { start: number; end: number }[] = [];
  let at = 0;
  for (const node of paragraph?.type === 'paragraph' ? paragraph.children : []) {
    const text = node.type === 'text' ? node.value : node.type === 'link' && node.children[0]?.type === 'text' ? node.children[0].value : undefined;
    // The transform only ever cuts the value into pieces; anything else means it changed, so keep plain text.
    if (text === undefined || !value.startsWith(text, at)) return [];
    if (node.type === 'link') links.push({ start: at, end: at + text.length });
    at += text.length;
  }
  return at === value.length ? links : [];
}

/** Placeholder text for a plain string (a title or description): only do-not-translate terms. */
export function extractPlain(value: string, dnt: RegExp | null): InlineText {
  const writer = newInlineText();
  const indexes = Array.from({ length: value.length }, (_, i) => i);
  const offsets = { starts: indexes, ends: indexes.map((i) => i + 1) };
  writeText(writer, value, offsets, { dnt, autolinks: false, markupOf: (start, end) => value.slice(start, end) });
  return writer;
}

function writePlaceholder(writer: InlineText, placeholder: Omit<Placeholder, 'id'>, from: number, to: number): number {
  const id = writer.placeholders.length + 1;
  writer.placeholders.push({ id, ...placeholder });
  writeSpan(writer, `{${id}}`, from, to);
  return id;
}

function writeSpan(writer: InlineText, text: string, from: number, to: number): void {
  writer.text += text;
  for (let i = 0; i < text.length; i += 1) {
    writer.sourceStarts.push(from);
    writer.sourceEnds.push(to);
  }
}

/** A term wrapped across lines keeps its words but not the line break and line prefix. */
function collapseLines(markup: string): string {
  return markup.replace(/[ \t]*(?:\r\n|\r|\n)[ \t>]*/g, ' ');
}
