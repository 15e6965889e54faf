import { describe, expect, it } from 'vitest';
import type { LocalizedArticle } from '../assemble/assembleLocale.ts';
import { sourceTextMarks } from '../assemble/sourceTextMarks.ts';
import { renderSiteArticle } from '../assemble/writeSiteContent.ts';
import { parseAssembled } from './readAssembledArticles.ts';

const { open, close } = sourceTextMarks;
const copy: LocalizedArticle = {
  locale: 'ja',
  articleId: 'developers/error-codes',
  format: 'md',
  status: { kind: 'translation', review: 'machine', gaps: ['outdated', 'untranslated'] },
  inSourceLanguage: ['description'],
  headingsInSourceLanguage: [],
  sourceUpdated: '2026-01-02',
  body: `\n本文です。${open}Wait 60 seconds.${close}\n`,
  frontmatter: { title: 'エラー', description: 'd', type: 'troubleshooting', category: 'developers', tags: ['401', 'api'], updated: '2026-11-22', audience: 'developer', related: [], draft: false, translate: true },
};

describe('parseAssembled', () => {
  it('reads back what kb assemble writes: dates and numeric tags as strings, the status, the body without marks (and with them apart)', () => {
    expect(parseAssembled('x.md', renderSiteArticle(copy), 'developers/error-codes.md')).toEqual({
      locale: 'ja', articleId: 'developers/error-codes', format: 'md', status: copy.status, title: 'エラー', description: 'd',
      type: 'troubleshooting', category: 'developers', tags: ['401', 'api'], updated: '2026-11-22', body: '\n本文です。Wait 60 seconds.\n',
      markedBody: `\n本文です。${open}Wait 60 seconds.${close}\n`,
    });
    expect(parseAssembled('x.md', renderSiteArticle({ ...copy, body: '\n本文です。\n' }), 'developers/error-codes.md')).not.toHaveProperty('markedBody');
  });
  it('refuses a file that is not an assembled article, or whose status it does not know', () => {
    expect(() => parseAssembled('x.md', '# hi\n', 'a/b.md')).toThrow(/not an assembled article/);
    const old = renderSiteArticle(copy).replace(/^status:\n(?: .*\n)+/m, 'status: machine\n');
    expect(old).toContain('status: machine\n');
    expect(() => parseAssembled('x.md', old, 'developers/error-codes.md')).toThrow(/not an assembled article/);
  });
});
