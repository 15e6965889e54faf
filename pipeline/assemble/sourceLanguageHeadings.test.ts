import { describe, expect, it } from 'vitest';
import { sourceLanguageHeadings } from './sourceLanguageHeadings.ts';
import { sourceTextMarks } from './sourceTextMarks.ts';

const { open, close } = sourceTextMarks;

describe('sourceLanguageHeadings', () => {
  it('lists the headings shown wholly in the source language by their text, read through inline markup', () => {
    const body = [
      '## Beheben',
      `## ${open}Check the **speaker**${close}`,
      `### ${open}Run \`kb ask\`.${close} ${open}Then wait.${close}`,
      `## Lautsprecher ${open}testen${close}`,
      '```md',
      `## ${open}Inside code${close}`,
      '```',
      `${open}A paragraph.${close}`,
    ].join('\n\n');
    expect(sourceLanguageHeadings(body, 'md')).toEqual(['Check the speaker', 'Run kb ask. Then wait.']);
  });

  it('reads MDX and skips a body without marks', () => {
    expect(sourceLanguageHeadings(`<Steps>\n\n## ${open}Fix it${close}\n\n</Steps>\n`, 'mdx')).toEqual(['Fix it']);
    expect(sourceLanguageHeadings('## Fix it\n', 'md')).toEqual([]);
  });
});
