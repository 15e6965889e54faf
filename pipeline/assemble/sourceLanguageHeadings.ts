import type { Nodes } from 'mdast';
import { parseMarkdown, type MarkdownFormat } from '../markdown/parseMarkdown.ts';
import { isWhollySourceText, sourceTextMarks, stripSourceTextMarks } from './sourceTextMarks.ts';

/**
 * The headings of an assembled body shown wholly in the source language (their text without the
 * marks, as the page's table of contents reads it), so the contents can mark them with `lang`
 * as the page marks the headings. Bodies without a mark are not parsed.
 */
export function sourceLanguageHeadings(body: string, format: MarkdownFormat): string[] {
  if (!body.includes(sourceTextMarks.open)) return [];
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = textOf(node);
      if (isWhollySourceText(text)) found.push(stripSourceTextMarks(text));
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(body, format));
  return found;
}

/** A node's text as a heading's text content reads it: text and inline code, through any inline markup. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
