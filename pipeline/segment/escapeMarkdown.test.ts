import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, type EscapeContext } from './escapeMarkdown.ts';

const context: EscapeContext = { format: 'md', before: ' ', after: ' ', atLineStart: false, inTable: false, endsHeading: false };
const escape = (text: string, more: Partial<EscapeContext> = {}) => escapeMarkdownText(text, { ...context, ...more });

describe('escapeMarkdownText', () => {
  it('escapes only characters that could become markup where they stand', () => {
    expect(escape('2 * 3 and snake_case and a _b_ c')).toBe('2 * 3 and snake_case and a \\_b\\_ c');
    expect(escape('C:\\path\\* and \\n')).toBe('C:\\path\\\\\\* and \\n');
    expect(escape('Tom & Jerry &amp; &#32; &x')).toBe('Tom & Jerry \\&amp; \\&#32; &x');
    expect(escape('a < b, <b> and </i> or <!-- x')).toBe('a < b, \\<b> and \\</i> or \\<!-- x');
    expect(escape('Wow! ![not an image]')).toBe('Wow! !\\[not an image\\]');
    expect(escape('Wow!', { after: '[' })).toBe('Wow\\!');
    expect(escape('a `b` ~c~')).toBe('a \\`b\\` \\~c\\~');
  });

  it('escapes braces only in MDX, angle brackets always in MDX, pipes only in table cells', () => {
    expect(escape('{x} <y')).toBe('{x} \\<y');
    expect(escape('{x} < y', { format: 'mdx' })).toBe('\\{x\\} \\< y');
    expect(escape('a | b', { inTable: true })).toBe('a \\| b');
  });

  it('escapes block markers at a line start only', () => {
    expect(escape('# Title', { atLineStart: true })).toBe('\\# Title');
    expect(escape('#hashtag', { atLineStart: true })).toBe('#hashtag');
    expect(escape('- item', { atLineStart: true })).toBe('\\- item');
    expect(escape('> quote', { atLineStart: true })).toBe('\\> quote');
    expect(escape('1. first and 1.5 million', { atLineStart: true })).toBe('1\\. first and 1.5 million');
    expect(escape('1.5 million', { atLineStart: true })).toBe('1.5 million');
    expect(escape('---', { atLineStart: true, after: '\n' })).toBe('\\---');
    expect(escape('===', { atLineStart: true, after: '\n' })).toBe('\\===');
    expect(escape('- item')).toBe('- item');
    expect(escape('import the file', { atLineStart: true, format: 'mdx' })).toBe('&#x69;mport the file');
  });

  it('escapes a trailing run of # that would close an ATX heading', () => {
    expect(escape('Use C# and ##', { endsHeading: true, after: '\n' })).toBe('Use C# and \\#\\#');
    expect(escape('Use C#', { endsHeading: true, after: '\n' })).toBe('Use C#');
  });

  it('follows decisions already made for single characters', () => {
    expect(escape('*a*', { escapes: new Map([[0, false]]) })).toBe('*a\\*');
  });
});
