import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { sourceTextMarks } from '../assemble/sourceTextMarks.ts';
import { chunkArticle } from './chunkArticle.ts';
import { countTokens } from './countTokens.ts';
import { inlineText } from './plainText.ts';

describe('chunkArticle', () => {
  it('cuts on h2/h3 with the ids the site gives headings, and keeps the heading path', () => {
    const body = 'Intro **text**.\n\n## Before you start\n\nCheck [the app](/en/a/b/).\n\n### Why didn’t I get a `code`?\n\nWait.\n\n## Fix\n\n### Fix\n\nAgain.\n\n#### Deep heading\n\nStays inside.\n';
    const chunks = chunkArticle(body);
    expect(chunks.map((c) => [c.anchor, c.headingPath, c.part, c.text])).toEqual([
      ['', [], 0, 'Intro text.'],
      ['before-you-start', ['Before you start'], 0, 'Check the app.'],
      ['why-didnt-i-get-a-code', ['Before you start', 'Why didn’t I get a code?'], 0, 'Wait.'],
      // An h2 with nothing under it before its h3 gives no chunk; its duplicate h3 is numbered as the site numbers it.
      ['fix-1', ['Fix', 'Fix'], 0, 'Again.\n\nDeep heading\n\nStays inside.'],
    ]);
  });

  it('gives repeated headings the ids GithubSlugger gives them, in every article', () => {
    const headings = fc.array(fc.constantFrom('Fix', 'Fix 1', 'fix-1', 'Fix!', 'fix-2', 'Ça va', '日本語', 'A-1', 'a', '__proto__', 'constructor'), { maxLength: 12 });
    fc.assert(
      fc.property(headings, (list) => {
        const slugger = new GithubSlugger();
        const body = list.map((heading) => `## ${heading}\n\nText.\n`).join('\n');
        expect(chunkArticle(body).map((chunk) => chunk.anchor)).toEqual(list.map((heading) => slugger.slug(inlineText(heading))));
      }),
    );
  });

  it('never splits a code block nor treats a # line inside it as a heading, and keeps the code', () => {
    const body = '## Install\n\n```sh\n## not a heading\nnpm install @lumo/sdk\n```\n\nDone.\n';
    expect(chunkArticle(body)).toEqual([
      { anchor: 'install', headingPath: ['Install'], part: 0, text: '## not a heading\nnpm install @lumo/sdk\n\nDone.', tokenCount: countTokens('## not a heading\nnpm install @lumo/sdk\n\nDone.'), sourceLanguage: false },
    ]);
  });

  it('tells the sections a partly translated page shows all in the source language by kb assemble’s marks, which leave the text', () => {
    const { open, close } = sourceTextMarks;
    const body = `Einleitung. ${open}Intro.${close}\n\n## ${open}Before you start${close}\n\n- ${open}Check [the app](/de/a/b/).${close}\n\n\`\`\`sh\nlumo retry\n\`\`\`\n\n## Warten\n\n${open}Wait.${close}\n\nDann ${open}nochmal${close}.\n\n## Code\n\n\`\`\`sh\nlumo retry\n\`\`\`\n`;
    expect(chunkArticle(body).map((c) => [c.anchor, c.headingPath, c.text, c.sourceLanguage])).toEqual([
      ['', [], 'Einleitung. Intro.', false],
      // Code is in no language: an English section with a code sample is still English.
      ['before-you-start', ['Before you start'], 'Check the app.\n\nlumo retry', true],
      ['warten', ['Warten'], 'Wait.\n\nDann nochmal.', false],
      ['code', ['Code'], 'lumo retry', false],
    ]);
  });

  it('keeps the marks of an overlong paragraph split into sentences out of the text, each sentence in the language it is shown in', () => {
    const { open, close } = sourceTextMarks;
    const body = `Erster deutscher Satz hier. ${open}First English sentence here. Second English sentence here. Third one.${close}\n`;
    expect(chunkArticle(body, { maxTokens: 6 }).map((c) => [c.text, c.sourceLanguage])).toEqual([
      ['Erster deutscher Satz hier.', false],
      ['First English sentence here.', true],
      ['Second English sentence here.', true],
      ['Third one.', true],
    ]);
  });

  it('splits a long section between blocks into numbered parts of at most maxTokens, code whole', () => {
    const paragraph = (n: number) => Array.from({ length: 40 }, (_, i) => `word${n}x${i}`).join(' ') + '.';
    const code = '```js\n' + Array.from({ length: 80 }, (_, i) => `call(${i});`).join('\n') + '\n```';
    const body = `## Long\n\n${paragraph(1)}\n\n${paragraph(2)}\n\n${code}\n\n${paragraph(3)}\n`;
    const chunks = chunkArticle(body, { maxTokens: 100 });
    expect(chunks.map((c) => c.part)).toEqual([0, 1, 2]);
    expect(chunks.every((c) => c.anchor === 'long')).toBe(true);
    expect(chunks[0]!.tokenCount).toBeLessThanOrEqual(100);
    expect(chunks[1]!.text).toMatch(/^call\(0\);[\s\S]*call\(79\);$/);
    expect(chunks.map((c) => c.text).join(' ')).toContain('word3x39');
  });

  it('splits an overlong paragraph at sentence ends, Latin and CJK', () => {
    const sentence = '设置里打开通知。';
    const chunks = chunkArticle(`## 长\n\n${sentence.repeat(30)}`, { maxTokens: 50 });
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((c) => c.tokenCount <= 50 && c.text.endsWith('。'))).toBe(true);
    expect(chunks[0]!.anchor).toBe('长');
  });
});

describe('countTokens', () => {
  it('counts words, punctuation and each CJK character', () => {
    expect(countTokens('Open Settings › Account.')).toBe(5);
    expect(countTokens('设置通知')).toBe(4);
    expect(countTokens('')).toBe(0);
  });

  it('counts what its definition, a regular expression, matches — in any script, surrogate pairs included', () => {
    const definition = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;
    const expected = (text: string) => text.match(definition)?.length ?? 0;
    for (const text of ['abc漢字 def', '㋐カタ ー ㌀ x', 'l’appel — 4G, 3.5 Mbit/s', '😀 a😀b \u00a0\u2028 \ud800 z', 'مرحبا بالعالم']) expect(countTokens(text), text).toBe(expected(text));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countTokens(text) === expected(text)), { numRuns: 500 });
  });
});
