import type { Element, Node } from '@xmldom/xmldom';
import { escapeBraces, tokenizePlaceholders } from '../segment/placeholderText.ts';
import type { Placeholder } from '../segment/types.ts';

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

const escapeXml = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (text: string) => escapeXml(text).replace(/"/g, '&quot;');

/**
 * Placeholder text → XLIFF 2 inline content: paired `{n}…{/n}` become `<pc id="n">`, standalone
 * `{n}` become `<ph id="n"/>`, each pointing at its Markdown in `<originalData>` (ids `d<n>`,
 * `d<n>e` for a closing part) when `placeholders` knows it.
 */
export function toXliff2Inline(text: string, placeholders: readonly Placeholder[] = []): string {
  const known = new Map(placeholders.map((p) => [p.id, p]));
  const tokens = tokenizePlaceholders(text);
  const paired = new Set(tokens.flatMap((t) => (t.type === 'close' ? [t.id] : [])));
  return tokens
    .map((t) => {
      if (t.type === 'text') return escapeXml(t.value);
      if (t.type === 'stray') return escapeXml(t.char);
      if (t.type === 'close') return '</pc>';
      const p = known.get(t.id);
      if (paired.has(t.id)) {
        const refs = p ? ` dataRefStart="d${t.id}"${p.close ? ` dataRefEnd="d${t.id}e"` : ''}` : '';
        return `<pc id="${t.id}"${refs}>`;
      }
      return `<ph id="${t.id}"${p ? ` dataRef="d${t.id}"` : ''}${p ? ` disp="${escapeAttr(p.open)}"` : ''}/>`;
    })
    .join('');
}

/** `<originalData>` entries for a unit's placeholders: the Markdown each code stands for. */
export function originalData(placeholders: readonly Placeholder[]): { id: string; markup: string }[] {
  return placeholders.flatMap((p) => [
    { id: `d${p.id}`, markup: p.open },
    ...(p.shape === 'paired' && p.close ? [{ id: `d${p.id}e`, markup: p.close }] : []),
  ]);
}

/**
 * XLIFF 2 `<source>`/`<target>` content → placeholder text. `<ph>` is standalone, `<pc>` paired,
 * `<sc>`/`<ec>` a paired code split into start and end, `<mrk>` (annotations) is transparent,
 * `<cp>` a code point; `<sm>`/`<em>` mark annotations and carry no text.
 */
export function fromXliff2Inline(parent: Element, numbering: InlineNumbering): string {
  let text = '';
  const open = new Map<string, number>();
  const walk = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        text += escapeBraces(node.nodeValue ?? '');
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const id = child.getAttribute('id') ?? '';
      switch (child.localName) {
        case 'ph':
          text += `{${numbering.number(requireId(child, id))}}`;
          break;
        case 'pc': {
          const n = numbering.number(requireId(child, id));
          text += `{${n}}`;
          walk(child);
          text += `{/${n}}`;
          break;
        }
        case 'sc': {
          const n = numbering.number(requireId(child, id));
          open.set(id, n);
          text += `{${n}}`;
          break;
        }
        case 'ec': {
          const ref = child.getAttribute('startRef') ?? id;
          const n = open.get(ref) ?? (child.getAttribute('isolated') === 'yes' ? numbering.number(ref) : undefined);
          if (n === undefined) throw new XliffInlineError(child, `<ec startRef="${ref}"> has no <sc id="${ref}"> before it`);
          open.delete(ref);
          text += `{/${n}}`;
          break;
        }
        case 'mrk':
          walk(child);
          break;
        case 'sm':
        case 'em':
          break;
        case 'cp': {
          const code = Number.parseInt(child.getAttribute('hex') ?? '', 16);
          if (!Number.isInteger(code) || code > 0x10ffff) throw new XliffInlineError(child, `<cp hex="${child.getAttribute('hex') ?? ''}"> is not a code point`);
          text += escapeBraces(String.fromCodePoint(code));
          break;
        }
        default:
          throw new XliffInlineError(child, `<${child.tagName}> is not XLIFF 2 inline markup`);
      }
    }
  };
  walk(parent);
  const [unclosed] = open.keys();
  if (unclosed !== undefined) throw new XliffInlineError(parent, `<sc id="${unclosed}"> is never closed by an <ec startRef="${unclosed}">`);
  return text;
}

/**
 * XLIFF 1.2 `<source>`/`<target>` content → placeholder text. `<x>`, `<ph>`, `<it>` are
 * standalone, `<g>` paired, `<bx>`/`<ex>` and `<bpt>`/`<ept>` paired codes split in two (matched
 * by `rid`, else `id`), `<mrk>` transparent. Native code inside `<ph>`/`<bpt>`… is dropped: the
 * source article supplies the markup.
 */
export function fromXliff12Inline(parent: Element, numbering: InlineNumbering): string {
  let text = '';
  const open = new Map<string, number>();
  const walk = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        text += escapeBraces(node.nodeValue ?? '');
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const id = child.getAttribute('id') ?? '';
      switch (child.localName) {
        case 'x':
        case 'ph':
        case 'it':
          text += `{${numbering.number(requireId(child, id))}}`;
          break;
        case 'g': {
          const n = numbering.number(requireId(child, id));
          text += `{${n}}`;
          walk(child);
          text += `{/${n}}`;
          break;
        }
        case 'bx':
        case 'bpt': {
          const n = numbering.number(requireId(child, id));
          open.set(child.getAttribute('rid') ?? id, n);
          text += `{${n}}`;
          break;
        }
        case 'ex':
        case 'ept': {
          const ref = child.getAttribute('rid') ?? id;
          const n = open.get(ref);
          if (n === undefined) throw new XliffInlineError(child, `<${child.localName} ${child.getAttribute('rid') ? 'rid' : 'id'}="${ref}"> closes no open <${child.localName === 'ex' ? 'bx' : 'bpt'}>`);
          open.delete(ref);
          text += `{/${n}}`;
          break;
        }
        case 'mrk':
          walk(child);
          break;
        default:
          throw new XliffInlineError(child, `<${child.tagName}> is not XLIFF 1.2 inline markup`);
      }
    }
  };
  walk(parent);
  const [unclosed] = open.keys();
  if (unclosed !== undefined) throw new XliffInlineError(parent, `the paired code "${unclosed}" is opened but never closed`);
  return text;
}

function requireId(el: Element, id: string): string {
  if (!id) throw new XliffInlineError(el, `<${el.localName}> has no id`);
  return id;
}
