import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from './checkPlaceholders.ts';
import type { Placeholder, Segment } from './types.ts';

const placeholder = (id: number, shape: Placeholder['shape'], kind: Placeholder['kind']): Placeholder => ({
  id,
  shape,
  kind,
  open: shape === 'paired' ? '**' : '`x`',
  close: shape === 'paired' ? '**' : '',
});
const source: Segment = {
  key: 'b3.s0',
  block: 'paragraph',
  text: 'Open {1}Settings {2}now{/2}{/1} and run {3}.',
  placeholders: [placeholder(1, 'paired', 'link'), placeholder(2, 'paired', 'strong'), placeholder(3, 'standalone', 'code')],
  hash: '0000000000000000',
  words: 5,
};
const messages = (target: string) => checkPlaceholders(source, target).map((problem) => problem.message);
const codes = (target: string) => checkPlaceholders(source, target).map((problem) => [problem.code, problem.id]);

describe('checkPlaceholders', () => {
  it('accepts every placeholder once, reordered, properly nested', () => {
    expect(checkPlaceholders(source, 'Führen Sie {3} aus und öffnen Sie {1}{2}jetzt{/2} die Einstellungen{/1}.')).toEqual([]);
    expect(checkPlaceholders(source, '{3} {2}{1}x{/1}{/2}')).toEqual([]);
  });

  it('names missing, unknown and duplicated placeholders', () => {
    expect(messages('Öffnen {1}Einstellungen {2}jetzt{/2}{/1}.')).toEqual(['placeholder {3} is missing']);
    expect(codes('{1}{2}a{/2}{/1} {3} {4}')).toEqual([['unknown', 4]]);
    expect(codes('{1}{2}a{/2}{/1} {3} {3}')).toEqual([['duplicate', 3]]);
    expect(messages('{1}{2}a{/2}{/1} {3} {7}')).toEqual(['placeholder {7} is not in the source']);
  });

  it('names unbalanced and wrongly nested pairs', () => {
    expect(codes('{1}{2}a{/2} {3}')).toEqual([['unclosed', 1]]);
    expect(messages('{1}{2}a{/2} {3}')).toEqual(['placeholder {1} is opened but never closed with {/1}']);
    expect(codes('{/2}{1}a{/1}{2} {3}')).toEqual([['unopened', 2]]);
    expect(codes('{1}{2}a{/1}{/2} {3}')).toEqual([['nesting', 2]]);
    expect(codes('{1}{2}a{/2}{/1} {3}{/3}')).toEqual([['shape', 3]]);
  });

  it('names stray braces and empty targets', () => {
    expect(messages('{1}{2}a{/2}{/1} {3} {')).toEqual(['unpaired "{" at character 21; write "{{" for a literal brace']);
    expect(checkPlaceholders(source, '{1}{2}a{/2}{/1} {3} {{ok}}')).toEqual([]);
    expect(codes('  ')).toEqual([['empty', undefined]]);
  });

  it('treats do-not-translate terms as optional and repeatable', () => {
    const dnt: Segment = { ...source, text: '{1} app', placeholders: [{ id: 1, shape: 'standalone', kind: 'dnt', open: 'Lumo', close: '' }] };
    expect(checkPlaceholders(dnt, 'Die App')).toEqual([]);
    expect(checkPlaceholders(dnt, '{1}, die {1}-App')).toEqual([]);
  });
});
