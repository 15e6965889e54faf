import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { segmentArticle, type ArticleInput, type SegmentOptions } from './segmentArticle.ts';
import type { Segment } from './types.ts';

const segment = (body: string, more: Partial<ArticleInput> = {}, options: Partial<SegmentOptions> = {}) =>
  segmentArticle({ id: 'test/article', format: 'md', title: '', description: '', body, ...more }, { sourceLocale: 'en', ...options });

const byKey = (segments: Segment[]) => Object.fromEntries(segments.map((s) => [s.key, s]));
const texts = (body: string, more: Partial<ArticleInput> = {}, options: Partial<SegmentOptions> = {}) =>
  Object.fromEntries(segment(body, more, options).segments.map((s) => [s.key, s.text]));
const placeholders = (body: string, options: Partial<SegmentOptions> = {}, format: 'md' | 'mdx' = 'md') =>
  segment(body, { format }, options).segments.flatMap((s) => s.placeholders.map((p) => ({ key: s.key, ...p })));

describe('segmentArticle: keys, blocks and sentences', () => {
  it('numbers every heading, paragraph and table cell in reading order, sentences within a block', () => {
    const body = [
      '# Title here',
      'First sentence. Second sentence.',
      '```js\nconst notASegment = 1;\n```',
      '<div>not a segment</div>',
      '---',
      '| Name | Value |\n|---|---|\n| One | ![x](x.png) |',
      '> Quoted text.',
      '- Item one\n- Item two\n\n  Second paragraph of item two.',
    ].join('\n\n');
    const segments = segment(body).segments;
    expect(segments.map((s) => [s.key, s.block, s.text])).toEqual([
      ['b0.s0', 'heading', 'Title here'],
      ['b1.s0', 'paragraph', 'First sentence.'],
      ['b1.s1', 'paragraph', 'Second sentence.'],
      // b2–b5 are the four table cells; the image-only cell b5 yields no segment but keeps its number.
      ['b2.s0', 'tableCell', 'Name'],
      ['b3.s0', 'tableCell', 'Value'],
      ['b4.s0', 'tableCell', 'One'],
      ['b6.s0', 'blockquote', 'Quoted text.'],
      ['b7.s0', 'listItem', 'Item one'],
      ['b8.s0', 'listItem', 'Item two'],
      ['b9.s0', 'listItem', 'Second paragraph of item two.'],
    ]);
  });

  it('segments title and description whole, and skips them when empty', () => {
    const { segments } = segment('Body.', { title: 'Reset your password. Fast.', description: '' });
    expect(segments.map((s) => [s.key, s.block, s.text])).toEqual([
      ['title', 'title', 'Reset your password. Fast.'],
      ['b0.s0', 'paragraph', 'Body.'],
    ]);
  });

  it('hashes the text (first 16 hex of SHA-256) and counts words', () => {
    const [first] = segment('Open **Settings** and tap `Reset` now.').segments;
    expect(first?.text).toBe('Open {1}Settings{/1} and tap {2} now.');
    expect(first?.hash).toBe(createHash('sha256').update(first?.text ?? '').digest('hex').slice(0, 16));
    expect(first?.words).toBe(5);
  });

  it('normalises whitespace: soft line breaks and indentation become one space', () => {
    expect(texts('- A sentence that\n  wraps   onto the next line.')).toEqual({ 'b0.s0': 'A sentence that wraps onto the next line.' });
  });

  it('makes no segment of text without letters or digits, and merges such a sentence into the previous one', () => {
    expect(texts('![only an image](a.png)\n\nSee `code`.\n\nDone. 🙂')).toEqual({ 'b1.s0': 'See {1}.', 'b2.s0': 'Done. 🙂' });
  });

  it('never splits inside a paired placeholder', () => {
    expect(texts('**Note. This stays together.** After.')).toEqual({
      'b0.s0': '{1}Note. This stays together.{/1}',
      'b0.s1': 'After.',
    });
  });

  it('reads paragraphs inside JSX flow elements and footnote definitions, but not ESM or expressions', () => {
    const body = "import { Callout } from './c';\n\n{props.intro}\n\n<Callout type=\"note\">\n  Inside the callout.\n</Callout>\n\nText.[^1]\n\n[^1]: The footnote.";
    expect(texts(body, { format: 'mdx' })).toEqual({ 'b0.s0': 'Inside the callout.', 'b1.s0': 'Text.{1}', 'b2.s0': 'The footnote.' });
  });
});

describe('segmentArticle: inline markup becomes placeholders', () => {
  it('pairs links, keeping the link text translatable and the URL in close', () => {
    expect(placeholders('See [the guide](../account/reset-password "Reset") now.')).toEqual([
      { key: 'b0.s0', id: 1, shape: 'paired', kind: 'link', open: '[', close: '](../account/reset-password "Reset")' },
    ]);
    expect(texts('See [the guide](../x) now.')).toEqual({ 'b0.s0': 'See {1}the guide{/1} now.' });
  });

  it('writes shortcut and collapsed references in full, so a translated label still finds its definition', () => {
    expect(placeholders('Use [Settings] or [Help][] or [docs][ref].\n\n[settings]: /s\n[help]: /h\n[ref]: /r').map((p) => p.close)).toEqual([
      '][Settings]',
      '][Help]',
      '][ref]',
    ]);
  });

  it('pairs emphasis, strong and strikethrough, numbering from 1 in order of appearance', () => {
    expect(texts('A *b* **c** ~~d~~ ***e***.')).toEqual({ 'b0.s0': 'A {1}b{/1} {2}c{/2} {3}d{/3} {4}{5}e{/5}{/4}.' });
  });

  it('restarts numbering in every segment', () => {
    expect(texts('One `a`. Two `b` and `c`.')).toEqual({ 'b0.s0': 'One {1}.', 'b0.s1': 'Two {1} and {2}.' });
  });

  it('keeps code, images, inline HTML, hard breaks, footnote references and URLs as standalone placeholders', () => {
    const body = 'Run `npm i` ![logo](l.png) <kbd>Ctrl</kbd> at https://lumo.example, www.lumo.example or <https://a.example>.[^1]\nNext  \nline.\n\n[^1]: Note.';
    expect(placeholders(body).filter((p) => p.key.startsWith('b0.')).map((p) => [p.kind, p.open])).toEqual([
      ['code', '`npm i`'],
      ['image', '![logo](l.png)'],
      ['html', '<kbd>'],
      ['html', '</kbd>'],
      ['url', 'https://lumo.example'],
      ['url', 'www.lumo.example'],
      ['url', '<https://a.example>'],
      ['footnote', '[^1]'],
      ['break', '  \n'],
    ]);
  });

  it('finds bare URLs that GFM links only after parsing, keeping exact source offsets', () => {
    expect(placeholders('Open (https://lumo.example/a) now.').map((p) => [p.kind, p.open])).toEqual([['url', 'https://lumo.example/a']]);
  });

  it('does not link URLs inside link text', () => {
    expect(texts('[see https://x.example](https://y.example)')).toEqual({ 'b0.s0': '{1}see https://x.example{/1}' });
  });

  it('turns MDX expressions and childless JSX into standalone, JSX with children into paired placeholders', () => {
    const found = placeholders('Press <Kbd>Ctrl</Kbd>, see <Icon name="x" /> and {props.count}.', {}, 'mdx');
    expect(found.map((p) => [p.shape, p.kind, p.open, p.close])).toEqual([
      ['paired', 'mdx', '<Kbd>', '</Kbd>'],
      ['standalone', 'mdx', '<Icon name="x" />', ''],
      ['standalone', 'mdx', '{props.count}', ''],
    ]);
  });

  it('doubles literal braces in prose', () => {
    expect(texts('Use {curly} braces.')).toEqual({ 'b0.s0': 'Use {{curly}} braces.' });
    expect(texts('Use \\{curly\\} braces.', { format: 'mdx' })).toEqual({ 'b0.s0': 'Use {{curly}} braces.' });
  });
});

describe('segmentArticle: do-not-translate terms', () => {
  const dnt = { doNotTranslate: ['Lumo', 'Lumo Premium', 'iPhone'] };

  it('protects whole words, longest term first, case-sensitively', () => {
    expect(texts('Lumo Premium on iPhone. Lumos, lumo and LumoX stay text.', {}, dnt)).toEqual({
      'b0.s0': '{1} on {2}.',
      'b0.s1': 'Lumos, lumo and LumoX stay text.',
    });
    expect(placeholders('Get Lumo Premium.', dnt)).toEqual([
      { key: 'b0.s0', id: 1, shape: 'standalone', kind: 'dnt', open: 'Lumo Premium', close: '' },
    ]);
  });

  it('finds a term wrapped across lines, and inside emphasis and link text', () => {
    expect(texts('- Buy Lumo\n  Premium and **Lumo** via [Lumo](/l).', {}, dnt)).toEqual({ 'b0.s0': 'Buy {1} and {2}{3}{/2} via {4}{5}{/4}.' });
    expect(placeholders('- Buy Lumo\n  Premium.', dnt)[0]?.open).toBe('Lumo Premium');
  });

  it('applies to title and description too', () => {
    expect(texts('', { title: 'Lumo Premium plans', description: 'What Lumo costs.' }, dnt)).toEqual({
      title: '{1} plans',
      description: 'What {1} costs.',
    });
  });

  it('makes no segment of a block that is only a term', () => {
    expect(segment('| Lumo | Plan |\n|---|---|', {}, dnt).segments.map((s) => s.key)).toEqual(['b1.s0']);
  });
});

describe('segmentArticle: skeleton', () => {
  it('is plain JSON', () => {
    const article = segment('# Hi\n\nText *here*.', { title: 'T' });
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(byKey(article.segments)['b1.s0']?.text).toBe('Text {1}here{/1}.');
  });
});
