import { escapeBraces, tokenizePlaceholders } from './placeholderText.ts';

/** Thrown when placeholder text or tagged XML cannot be converted; the message says where. */
export class TaggedTextError extends Error {
  override name = 'TaggedTextError';
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Placeholder text → inline XML for machine translation and TMX/XLIFF 1.2 (`<x id="1"/>` for a
 * standalone placeholder, `<g id="2">…</g>` for a paired one), text XML-escaped.
 */
export function toTaggedXml(text: string): string {
  const tokens = tokenizePlaceholders(text);
  const closes = new Set(tokens.flatMap((token) => (token.type === 'close' ? [token.id] : [])));
  const open: number[] = [];
  let xml = '';
  for (const token of tokens) {
    if (token.type === 'text') xml += token.value.replace(/[&<>]/g, (char) => XML_ESCAPES[char] ?? char);
    else if (token.type === 'stray') {
      throw new TaggedTextError(`unpaired "${token.char}" at character ${token.start + 1} of "${text}"`);
    } else if (token.type === 'open' && closes.has(token.id)) {
      open.push(token.id);
      xml += `<g id="${token.id}">`;
    } else if (token.type === 'open') xml += `<x id="${token.id}"/>`;
    else if (open.pop() === token.id) xml += '</g>';
    else throw new TaggedTextError(`{/${token.id}} does not close the innermost open placeholder in "${text}"`);
  }
  if (open.length) throw new TaggedTextError(`placeholder {${open.at(-1)}} is never closed in "${text}"`);
  return xml;
}

const ID = String.raw`\s+id\s*=\s*(?:"(\d+)"|'(\d+)')\s*`;
const XML_TOKEN = new RegExp(
  [
    `<x${ID}(?:\\/>|><\\/x\\s*>)`,
    `<g${ID}\\/>`,
    `<g${ID}>`,
    String.raw`<\/g\s*>`,
    String.raw`&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));`,
    '[<&]',
  ].join('|'),
  'g',
);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Inline XML from `toTaggedXml` (possibly translated) → placeholder text; throws on unknown markup. */
export function fromTaggedXml(xml: string): string {
  const open: number[] = [];
  let text = '';
  let last = 0;
  for (const match of xml.matchAll(XML_TOKEN)) {
    text += escapeBraces(xml.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, x1, x2, empty1, empty2, g1, g2, decimal, hex, named] = match;
    const standalone = x1 ?? x2 ?? empty1 ?? empty2;
    if (standalone !== undefined) {
      text += empty1 ?? empty2 ? `{${standalone}}{/${standalone}}` : `{${standalone}}`;
    } else if (g1 ?? g2) {
      open.push(Number(g1 ?? g2));
      text += `{${g1 ?? g2}}`;
    } else if (whole.startsWith('</g')) {
      const id = open.pop();
      if (id === undefined) throw new TaggedTextError(`</g> at character ${match.index + 1} has no opening <g> in "${xml}"`);
      text += `{/${id}}`;
    } else if (decimal ?? hex) {
      const codePoint = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      if (codePoint > 0x10ffff) throw new TaggedTextError(`"${whole}" is not a character, in "${xml}"`);
      text += escapeBraces(String.fromCodePoint(codePoint));
    } else if (named) {
      text += NAMED_ENTITIES[named] ?? '';
    } else {
      throw new TaggedTextError(`unexpected "${whole}" at character ${match.index + 1} in "${xml}"`);
    }
  }
  if (open.length) throw new TaggedTextError(`<g id="${open.at(-1)}"> is never closed in "${xml}"`);
  return text + escapeBraces(xml.slice(last));
}
