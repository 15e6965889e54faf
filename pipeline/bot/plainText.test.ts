import { describe, expect, it } from 'vitest';
import { markdownSections } from './markdownSections.ts';
import { inlineText, plainText } from './plainText.ts';

describe('plainText', () => {
  it('drops markup and keeps link text, inline code and list content', () => {
    expect(plainText('1. Tap **Forgot password** in [Settings](/en/a/b/ "t").\n- Use `npm i` _now_\n> **Note:** snake_case_name stays')).toBe(
      'Tap Forgot password in Settings.\nUse npm i now\nNote: snake_case_name stays',
    );
  });
  it('keeps table cells, drops the separator row, and keeps code without its fences', () => {
    expect(plainText('| Code | Meaning |\n|---|:---:|\n| 429 | rate_limited |')).toBe('Code | Meaning\n429 | rate_limited');
    expect(plainText('```ts\nconst x = 1;\n```', 'code')).toBe('const x = 1;');
  });
  it('drops JSX/HTML tags but keeps their text', () => {
    expect(inlineText('<Callout type="tip">Use <kbd>Ctrl</kbd></Callout>')).toBe('Use Ctrl');
  });
});

describe('markdownSections', () => {
  it('tracks tilde and longer fences, and an unclosed fence stays code', () => {
    const sections = markdownSections('~~~\n## a\n~~~\n\n## B\n\n````md\n```\n## c\n```\n````\n\n```\nopen');
    expect(sections.map((s) => [s.heading, s.blocks.map((b) => b.kind)])).toEqual([
      ['', ['code']],
      ['B', ['code', 'code']],
    ]);
  });
});
