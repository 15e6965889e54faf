import { describe, expect, it } from 'vitest';
import { mapTextOffsets } from './mapTextOffsets.ts';

/** The source slice each value character came from. */
const pieces = (value: string, source: string, quoteDepth = 0) => {
  const { starts, ends } = mapTextOffsets(value, source, 0, source.length, quoteDepth);
  return starts.map((start, i) => source.slice(start, ends[i]));
};

describe('mapTextOffsets', () => {
  it('maps escapes and character references to their whole source', () => {
    expect(pieces('a*&©', 'a\\*&amp;&copy;')).toEqual(['a', '\\*', '&amp;', '&copy;']);
    expect(pieces('\\&foo;', '\\\\&foo;')).toEqual(['\\\\', '&', 'f', 'o', 'o', ';']);
  });

  it('gives a line ending the trailing spaces and the next line prefix', () => {
    expect(pieces('a\nb', 'a \n>  b', 1)).toEqual(['a', ' \n>  ', 'b']);
    expect(pieces('a\nb', 'a\n    b')).toEqual(['a', '\n    ', 'b']);
  });

  it('keeps a literal > of a lazy continuation line', () => {
    expect(pieces('a\n> b', 'a\n    > b', 1)).toEqual(['a', '\n    ', '>', ' ', 'b']);
  });

  it('throws if value and source do not match', () => {
    expect(() => mapTextOffsets('abc', 'xyz', 0, 3, 0)).toThrow(/cannot align/);
  });
});
