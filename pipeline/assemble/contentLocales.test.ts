import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesWithContent } from '../../site/utils/alternates.ts';
import type { LocalizedArticle } from './assembleLocale.ts';
import { readContentLocales, renderContentLocales } from './contentLocales.ts';
import { contentLocalesFile } from './sitePaths.ts';
import { writeSiteContent } from './writeSiteContent.ts';

function copy(locale: string, articleId: string, status: LocalizedArticle['status']): LocalizedArticle {
  const [category = ''] = articleId.split('/');
  return {
    locale, articleId, format: 'md', status, inSourceLanguage: [], headingsInSourceLanguage: [], sourceUpdated: '2026-01-02', body: '\nText.\n',
    frontmatter: { title: 'T', description: 'd', type: 'faq', category, tags: [], updated: '2026-01-02', audience: 'end-user', related: [], draft: false, translate: true },
  };
}

const copies = [
  copy('en', 'calls/echo', { kind: 'source' }),
  copy('fr', 'calls/echo', { kind: 'translation', review: 'machine', gaps: [] }),
  copy('de', 'calls/echo', { kind: 'translation', review: 'approved', gaps: ['outdated'] }),
  copy('ar', 'calls/echo', { kind: 'fallback' }),
  copy('en', 'account/sign-in', { kind: 'source' }),
  copy('de', 'account/sign-in', { kind: 'source-only' }),
];

describe('content locales file', () => {
  it('holds localesWithContent, ids and locales sorted whatever the order of the copies', () => {
    const text = renderContentLocales(copies);
    expect(text).toBe('{\n"account/sign-in":["en"],\n"calls/echo":["de","en","fr"]\n}\n');
    expect(renderContentLocales([...copies].reverse())).toBe(text);
    expect(renderContentLocales([])).toBe('{}\n');
  });

  it('is written by writeSiteContent beside the content folder and read back as localesWithContent gives it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kb-content-locales-'));
    try {
      await expect(readContentLocales(root)).rejects.toThrow(/no assembled articles \(run `kb assemble` first\)/);
      await writeSiteContent(root, copies);
      expect(await readFile(join(root, contentLocalesFile), 'utf8')).toBe(renderContentLocales(copies));
      const read = await readContentLocales(root);
      const computed = localesWithContent(copies);
      expect([...read.keys()].sort()).toEqual([...computed.keys()].sort());
      for (const [id, locales] of computed) expect(read.get(id)).toEqual([...locales].sort());
      // No staging file is left behind.
      expect((await readdir(join(root, '.kb'))).sort()).toEqual(['content-locales.json', 'site-content']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
