import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollable } from './rehypeScrollable.ts';

const element = (tagName: string, children: Element[] = []): Element => ({ type: 'element', tagName, properties: {}, children });

describe('rehypeScrollable', () => {
  it('wraps every table exactly once in a focusable scroll container', () => {
    const tree: Root = { type: 'root', children: [element('p'), element('table', [element('tr')]), element('table')] };
    rehypeScrollable()(tree);
    expect(tree.children.map((node) => (node as Element).tagName)).toEqual(['p', 'div', 'div']);
    const wrapper = tree.children[1] as Element;
    expect(wrapper.properties).toEqual({ className: ['table-scroll'], tabIndex: 0 });
    expect(wrapper.children).toHaveLength(1);
    expect((wrapper.children[0] as Element).tagName).toBe('table');
  });
  it('wraps tables nested inside other elements', () => {
    const tree: Root = { type: 'root', children: [element('section', [element('table')])] };
    rehypeScrollable()(tree);
    expect(((tree.children[0] as Element).children[0] as Element).tagName).toBe('div');
  });
  it('makes code blocks focusable and leaves other elements alone', () => {
    const tree: Root = { type: 'root', children: [element('pre', [element('code')]), element('p', [element('code')])] };
    rehypeScrollable()(tree);
    const [pre, paragraph] = tree.children as Element[];
    expect(pre?.properties).toEqual({ tabIndex: 0 });
    expect(paragraph?.properties).toEqual({});
    expect((paragraph?.children[0] as Element).properties).toEqual({});
  });
});
