import { describe, expect, it } from 'vitest';
import { sourceTextMarks } from '../assemble/sourceTextMarks.ts';
import type { Article } from './parseArticle.ts';
import { checkArticles } from './loadProject.ts';

const { open, close } = sourceTextMarks;

function article(body: string): Article {
  return {
    id: 'calls/echo', category: 'calls', slug: 'echo', locale: 'en', file: 'content/en/calls/echo.md', format: 'md',
    frontmatter: { related: [], draft: false } as unknown as Article['frontmatter'],
    body, bodyLine: 8, fieldPositions: {},
  };
}

const reserved = (body: string) =>
  checkArticles([article(body)], () => ({ links: [] }))
    .filter((d) => d.rule === 'content/reserved-character')
    .map((d) => `${d.line}:${d.column} ${d.message.slice(0, 12)}`);

describe('content/reserved-character', () => {
  it('reports nothing for a body without marks', () => {
    expect(reserved('Plain text.\n\nMore ⌜text⌝.\n')).toEqual([]);
  });

  it('reports every mark at its file line and code-point column, on several lines', () => {
    // 😀 is two UTF-16 units but one column, as the reader counts it.
    const body = `First ${open}a${close}\n\n😀 ${open}b\nc${close}${close}\n`;
    expect(reserved(body)).toEqual([
      `8:7 "${open}" (U+2E02)`,
      `8:9 "${close}" (U+2E03)`,
      `10:3 "${open}" (U+2E02)`,
      `11:2 "${close}" (U+2E03)`,
      `11:3 "${close}" (U+2E03)`,
    ]);
  });
});
