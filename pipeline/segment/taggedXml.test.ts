import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTaggedXml, TaggedTextError, toTaggedXml } from './taggedXml.ts';

describe('toTaggedXml / fromTaggedXml', () => {
  it('writes standalone placeholders as <x/>, paired ones as <g>, and escapes XML', () => {
    const text = 'Tap {1}Save & {2}exit{/2}{/1} in {3} <now> {{literally}}.';
    const xml = 'Tap <g id="1">Save &amp; <g id="2">exit</g></g> in <x id="3"/> &lt;now&gt; {literally}.';
    expect(toTaggedXml(text)).toBe(xml);
    expect(fromTaggedXml(xml)).toBe(text);
  });

  it('reads what machine translation and CAT tools send back: reordered tags, entities, expanded empty tags', () => {
    expect(fromTaggedXml('<x id="3"></x> öffnen: <g id=\'1\'>Speichern &#38; <g id="2">Ende</g></g> &quot;&#x263A;&quot;')).toBe(
      '{3} öffnen: {1}Speichern & {2}Ende{/2}{/1} "☺"',
    );
    expect(fromTaggedXml('<g id="1"/>')).toBe('{1}{/1}');
  });

  it('throws a TaggedTextError on unknown markup, unbalanced tags or malformed placeholder text', () => {
    expect(() => fromTaggedXml('<b>bold</b>')).toThrow(TaggedTextError);
    expect(() => fromTaggedXml('<g id="1">open')).toThrow(/never closed/);
    expect(() => fromTaggedXml('close</g>')).toThrow(/no opening/);
    expect(() => toTaggedXml('a { b')).toThrow(/unpaired "\{"/);
    expect(() => toTaggedXml('{1}a{2}b{/1}{/2}')).toThrow(TaggedTextError);
  });

  it('round-trips any well-formed placeholder text', () => {
    const chunk = fc.stringMatching(/^[a-z &<>"'{}.]{0,6}$/).map((raw) => raw.replace(/[{}]/g, (brace) => brace + brace));
    const { text } = fc.letrec<{ text: string }>((tie) => ({
      text: fc
        .array(fc.oneof({ depthSize: 'small' }, chunk, fc.constant('\uE001'), tie('text').map((inner) => `\uE002${inner}\uE003`)), { maxLength: 5 })
        .map((parts) => parts.join('')),
    }));
    // Number the markers left to right, as segmentation does.
    const numbered = text.map((raw) => {
      let next = 0;
      const open: number[] = [];
      return raw.replace(/[\uE001\uE002\uE003]/g, (marker) => {
        if (marker === '\uE001') return `{${(next += 1)}}`;
        if (marker === '\uE002') {
          open.push((next += 1));
          return `{${next}}`;
        }
        return `{/${open.pop()}}`;
      });
    });
    fc.assert(fc.property(numbered, (placeholderText) => fromTaggedXml(toTaggedXml(placeholderText)) === placeholderText));
  });
});
