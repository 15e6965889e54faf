import type { Element } from '@xmldom/xmldom';
import { escapeBraces } from '../segment/placeholderText.ts';
import { escapeMarkup } from '../text/escapeMarkup.ts';
import { renderPlaceholders } from '../text/renderPlaceholders.ts';

/** Original markup of placeholder `id`, written into TMX as native code so other tools show it. */
export type NativeCodes = ReadonlyMap<number, { open: string; close: string }>;

/**
 * Placeholder text → TMX 1.4b `<seg>` content: paired `{n}…{/n}` become `<bpt i x>`/`<ept i>`,
 * standalone `{n}` become `<ph x>`, with the original Markdown inside as native code.
 */
export function toTmxSeg(text: string, codes: NativeCodes = new Map()): string {
  const native = (id: number, part: 'open' | 'close') => escapeMarkup(codes.get(id)?.[part] ?? '');
  return renderPlaceholders(text, {
    open: (id) => `<bpt i="${id}" x="${id}">${native(id, 'open')}</bpt>`,
    close: (id) => `<ept i="${id}">${native(id, 'close')}</ept>`,
    standalone: (id) => `<ph x="${id}">${native(id, 'open')}</ph>`,
  });
}

/**
 * TMX `<seg>` element → placeholder text. Inline codes from any tool map to our numbering:
 * `x` when given, else order of appearance; `<ept>` closes the `<bpt>` with the same `i`;
 * `<hi>` is a paired code; `<it>`, `<ut>` and `<ph>` are standalone. Native code is dropped:
 * the current source article supplies markup when the unit is used.
 */
export function fromTmxSeg(seg: Element, numbering: TmxNumbering = new TmxNumbering()): string {
  let text = '';
  for (let node = seg.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      text += escapeBraces(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    switch (el.tagName) {
      case 'bpt':
        text += `{${numbering.open(el.getAttribute('i'), el.getAttribute('x'))}}`;
        break;
      case 'ept':
        text += `{/${numbering.close(el.getAttribute('i'))}}`;
        break;
      case 'hi': {
        const id = numbering.next(el.getAttribute('x'));
        text += `{${id}}${fromTmxSeg(el, numbering)}{/${id}}`;
        break;
      }
      case 'ph':
      case 'it':
      case 'ut':
        text += `{${numbering.next(el.getAttribute('x'))}}`;
        break;
      default:
        text += fromTmxSeg(el, numbering);
    }
  }
  return text;
}

/** Assigns placeholder numbers within one `<seg>`: `x` attributes win, else the next free number. */
class TmxNumbering {
  private used = new Set<number>();
  private byI = new Map<string, number>();

  next(x: string | null): number {
    const wanted = x !== null && /^\d+$/.test(x) ? Number(x) : undefined;
    let id = wanted !== undefined && wanted > 0 && !this.used.has(wanted) ? wanted : 1;
    while (this.used.has(id)) id++;
    this.used.add(id);
    return id;
  }

  open(i: string | null, x: string | null): number {
    const id = this.next(x ?? i);
    if (i !== null) this.byI.set(i, id);
    return id;
  }

  close(i: string | null): number {
    const id = i !== null ? this.byI.get(i) : undefined;
    if (id === undefined) throw new Error(`<ept i="${i ?? ''}"> has no <bpt> with the same i`);
    return id;
  }
}
