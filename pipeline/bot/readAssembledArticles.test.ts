import { describe, expect, it } from 'vitest';
import { renderSiteArticle } from '../assemble/writeSiteContent.ts';
import { parseAssembled } from './readAssembledArticles.ts';

describe('parseAssembled', () => {
  it('reads back what kb assemble writes, dates and numeric tags as strings', () => {
    const text = renderSiteArticle({
      locale: 'ja',
      articleId: 'developers/error-codes',
      format: 'md',
      status: 'machine',
      sourceUpdated: '2026-01-02',
      body: '\nBody.\n',
      frontmatter: { title: 'エラー', description: 'd', type: 'troubleshooting', category: 'developers', tags: ['401', 'api'], updated: '2026-11-22', audience: 'developer', related: [], draft: false, translate: true },
    });
    expect(parseAssembled('x.md', text, 'developers/error-codes.md')).toEqual({
      locale: 'ja', articleId: 'developers/error-codes', format: 'md', status: 'machine', title: 'エラー', description: 'd',
      type: 'troubleshooting', category: 'developers', tags: ['401', 'api'], updated: '2026-11-22', body: '\nBody.\n',
    });
  });
  it('refuses a file that is not an assembled article', () => {
    expect(() => parseAssembled('x.md', '# hi\n', 'a/b.md')).toThrow(/not an assembled article/);
  });
});
