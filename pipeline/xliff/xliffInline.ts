import type { Element, Node } from '@xmldom/xmldom';
import { escapeBraces } from '../segment/placeholderText.ts';
import type { Placeholder } from '../segment/types.ts';
import { escapeAttribute } from '../text/escapeMarkup.ts';
import { renderPlaceholders } from '../text/renderPlaceholders.ts';

/** Thrown for inline markup that cannot become placeholders; `node` says where. */
export class XliffInlineError extends Error {
  readonly node: Node;
  constructor(node: Node, message: string) {
    super(message);
    this.node = node;
  }
}

/**
 * Numbers inline codes within one unit. A code keeps its number when its id is one (`<ph id="2"/>`
 * → `{2}`), other ids get the next free number; source and target share one numbering, so the
 * same id is the same placeholder on both sides.
 */
export class InlineNumbering {
  private readonly byId = new Map<string, number>();
  private readonly used = new Set<number>();

  number(id: string): number {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    let n = /^[1-9]\d*$/.test(id) && !this.used.has(Number(id)) ? Number(id) : 1;
    while (this.used.has(n)) n++;
    this.used.add(n);
    this.byId.set(id, n);
    return n;
  }
}


/** How each kind of placeholder is typed: XLIFF 2 `type`/`subType`, XLIFF 1.2 `ctype`. */
const codeTypes: Record<Placeholder['kind'], { type: 'fmt' | 'link' | 'image' | 'other'; subType: string; ctype: string }> = {
  code: { type: 'other', subType: 'kb:code', ctype: 'x-code' },
  link: { type: 'link', subType: 'kb:link', ctype: 'link' },
  emphasis: { type: 'fmt', subType: 'xlf:i', ctype: 'italic' },
  strong: { type: 'fmt', subType: 'xlf:b', ctype: 'bold' },
  delete: { type: 'fmt', subType: 'kb:delete', ctype: 'x-delete' },
  html: { type: 'other', subType: 'kb:html', ctype: 'x-html' },
  mdx: { type: 'other', subType: 'kb:mdx', ctype: 'x-mdx' },
  image: { type: 'image', subType: 'kb:image', ctype: 'image' },
  break: { type: 'fmt', subType: 'xlf:lb', ctype: 'lb' },
  url: { type: 'link', subType: 'kb:url', ctype: 'x-url' },
  dnt: { type: 'other', subType: 'kb:dnt', ctype: 'x-dnt' },
  footnote: { type: 'other', subType: 'kb:footnote', ctype: 'x-footnote' },
};

/** ` name="value"` for each defined value. */
function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/**
 * A do-not-translate term is text, not markup: it has no original data, which is also what lets a
 * target use it again as a copy (XLIFF 2 copies only codes without original data).
 */
const hasOriginalData = (p: Placeholder | undefined): p is Placeholder => p !== undefined && p.kind !== 'dnt';

/**
 * Placeholder text → XLIFF 2 inline content. Paired `{n}…{/n}` become `<pc id="n">`, standalone
 * `{n}` become `<ph id="n"/>`, showing the Markdown they stand for as `disp` and pointing at it in
 * `<originalData>` (ids `d<n>`, `d<n>e` for a closing part). Only a do-not-translate term may be
 * left out, so every other code is `canDelete="no"`; a term used again in a target is a copy of
 * the first (`copyOf`), as ids are unique within a unit.
 */
export function toXliff2Inline(text: string, placeholders: readonly Placeholder[] = []): string {
  const known = new Map(placeholders.map((p) => [p.id, p]));
  const typed = (p: Placeholder | undefined) => (p ? { canDelete: hasOriginalData(p) ? 'no' : undefined, type: codeTypes[p.kind].type, subType: codeTypes[p.kind].subType } : {});
  return renderPlaceholders(text, {
    open(id) {
      const p = known.get(id);
      const refs = hasOriginalData(p) ? { dataRefStart: `d${id}`, dataRefEnd: p.close ? `d${id}e` : undefined } : {};
      return `<pc${attributes({ id: String(id), ...refs, ...typed(p), dispStart: p?.open, dispEnd: p?.close || undefined })}>`;
    },
    close: () => '</pc>',
    standalone(id, repeat) {
      const p = known.get(id);
      const ids = repeat === 0 ? { id: String(id), dataRef: hasOriginalData(p) ? `d${id}` : undefined } : { id: `${id}-${repeat}`, copyOf: String(id) };
      return `<ph${attributes({ ...ids, ...typed(p), disp: p?.open, equiv: p?.kind === 'dnt' ? p.open : undefined })}/>`;
    },
  });
}

/**
 * Placeholder text → XLIFF 1.2 inline content: paired `{n}…{/n}` become `<g id="n">`, standalone
 * `{n}` become `<x id="n"/>` with the Markdown as `equiv-text`; `ctype` says what each is (bold,
 * link, x-code…).
 */
export function toXliff12Inline(text: string, placeholders: readonly Placeholder[] = []): string {
  const known = new Map(placeholders.map((p) => [p.id, p]));
  const ctype = (id: number) => {
    const p = known.get(id);
    return p ? codeTypes[p.kind].ctype : undefined;
  };
  return renderPlaceholders(text, {
    open: (id) => `<g${attributes({ id: String(id), ctype: ctype(id) })}>`,
    close: () => '</g>',
    standalone: (id) => `<x${attributes({ id: String(id), ctype: ctype(id), 'equiv-text': known.get(id)?.open })}/>`,
  });
}

/** `<originalData>` entries for a unit's placeholders: the Markdown each code stands for. */
export function originalData(placeholders: readonly Placeholder[]): { id: string; markup: string }[] {
  return placeholders.filter(hasOriginalData).flatMap((p) => [
    { id: `d${p.id}`, markup: p.open },
    ...(p.shape === 'paired' && p.close ? [{ id: `d${p.id}e`, markup: p.close }] : []),
  ]);
}

/** What an inline element is to the placeholder form. */
type InlineRole =
  | 'standalone' // `{n}`
  | 'paired' // `{n}…{/n}` around its content
  | 'start' // `{n}`, closed later by an `end` with the same reference
  | 'end'
  | 'transparent' // annotations: only their content counts
  | 'marker' // annotation boundaries: no text at all
  | 'codepoint'; // `<cp hex>`

interface InlineDialect {
  name: string;
  roles: Record<string, InlineRole>;
  /** The key that pairs a start with its end (`<sc id>` ↔ `<ec startRef>`, `<bx rid>` ↔ `<ex rid>`). */
  startKey: (el: Element) => string;
  endKey: (el: Element) => string;
  /** An end whose start is outside this text (`<ec isolated="yes">`) that still counts. */
  isolatedEnd?: (el: Element) => boolean;
  /** XLIFF 2: an id names one element of a `<source>` or `<target>`; a code used again is a `copyOf` another. */
  uniqueIds: boolean;
}

/**
 * XLIFF 2 inline markup: `<ph>` standalone, `<pc>` paired, `<sc>`/`<ec>` a paired code split in
 * two, `<mrk>` transparent, `<sm>`/`<em>` annotation markers, `<cp>` a code point.
 */
const xliff2Dialect: InlineDialect = {
  name: 'XLIFF 2',
  roles: { ph: 'standalone', pc: 'paired', sc: 'start', ec: 'end', mrk: 'transparent', sm: 'marker', em: 'marker', cp: 'codepoint' },
  startKey: (el) => el.getAttribute('id') ?? '',
  endKey: (el) => el.getAttribute('startRef') ?? el.getAttribute('id') ?? '',
  isolatedEnd: (el) => el.getAttribute('isolated') === 'yes',
  uniqueIds: true,
};

/**
 * XLIFF 1.2 inline markup: `<x>`, `<ph>`, `<it>` standalone, `<g>` paired, `<bx>`/`<ex>` and
 * `<bpt>`/`<ept>` split pairs (matched by `rid`, else `id`), `<mrk>` transparent.
 */
const xliff12Dialect: InlineDialect = {
  name: 'XLIFF 1.2',
  roles: { x: 'standalone', ph: 'standalone', it: 'standalone', g: 'paired', bx: 'start', bpt: 'start', ex: 'end', ept: 'end', mrk: 'transparent' },
  startKey: (el) => el.getAttribute('rid') ?? el.getAttribute('id') ?? '',
  endKey: (el) => el.getAttribute('rid') ?? el.getAttribute('id') ?? '',
  uniqueIds: false,
};

/** XLIFF 2 `<source>`/`<target>` content → placeholder text. */
export function fromXliff2Inline(parent: Element, numbering: InlineNumbering): string {
  return fromInline(parent, numbering, xliff2Dialect);
}

/**
 * XLIFF 1.2 `<source>`/`<target>` content → placeholder text. Native code inside `<ph>`/`<bpt>`…
 * is dropped: the source article supplies the markup.
 */
export function fromXliff12Inline(parent: Element, numbering: InlineNumbering): string {
  return fromInline(parent, numbering, xliff12Dialect);
}

function fromInline(parent: Element, numbering: InlineNumbering, dialect: InlineDialect): string {
  let text = '';
  const open = new Map<string, number>();
  const ids = new Set<string>();
  /** The placeholder number of a code: its own id's, or that of the code it is a copy of. */
  const codeNumber = (el: Element) => {
    const id = requireId(el);
    if (dialect.uniqueIds && ids.has(id)) throw new XliffInlineError(el, `id "${id}" is used twice in this <${parent.localName}>; a code used again needs an id of its own`);
    ids.add(id);
    return numbering.number(el.getAttribute('copyOf') ?? id);
  };
  const walk = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        text += escapeBraces(node.nodeValue ?? '');
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const role = dialect.roles[child.localName ?? ''];
      if (role === 'standalone') text += `{${codeNumber(child)}}`;
      else if (role === 'paired') {
        const n = codeNumber(child);
        text += `{${n}}`;
        walk(child);
        text += `{/${n}}`;
      } else if (role === 'start') {
        const n = codeNumber(child);
        open.set(dialect.startKey(child), n);
        text += `{${n}}`;
      } else if (role === 'end') {
        const key = dialect.endKey(child);
        const n = open.get(key) ?? (dialect.isolatedEnd?.(child) ? numbering.number(key) : undefined);
        if (n === undefined) throw new XliffInlineError(child, `<${child.tagName}> "${key}" closes no code opened before it`);
        open.delete(key);
        text += `{/${n}}`;
      } else if (role === 'transparent') walk(child);
      else if (role === 'codepoint') {
        const hex = child.getAttribute('hex') ?? '';
        const code = Number.parseInt(hex, 16);
        if (!/^[0-9a-fA-F]+$/.test(hex) || code > 0x10ffff) throw new XliffInlineError(child, `<cp hex="${hex}"> is not a code point`);
        text += escapeBraces(String.fromCodePoint(code));
      } else if (role !== 'marker') throw new XliffInlineError(child, `<${child.tagName}> is not ${dialect.name} inline markup`);
    }
  };
  walk(parent);
  const [unclosed] = open.keys();
  if (unclosed !== undefined) throw new XliffInlineError(parent, `the code "${unclosed}" is opened but never closed`);
  return text;
}

function requireId(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  if (!id) throw new XliffInlineError(el, `<${el.localName}> has no id`);
  return id;
}
