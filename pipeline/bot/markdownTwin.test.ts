import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../assemble/pageStatus.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { markdownTwin, twinPath } from './markdownTwin.ts';

function copy(status: PageStatus, locale = 'de'): AssembledArticle {
  return {
    locale, articleId: 'calls/echo', format: 'md', status, title: 'Echo beheben', description: 'Was gegen Echo hilft.',
    type: 'guide', category: 'calls', tags: [], updated: '2026-11-01', body: '\nVerwenden Sie Kopfhörer. Lower the volume.\n\n',
  };
}

const note = (status: PageStatus) => /\n\n_(.*)_\n\n/.exec(markdownTwin(copy(status)))?.[1];

describe('markdownTwin', () => {
  it('is the title as H1, the description as a quote, then the body; no note for the original or a current human translation', () => {
    const twin = '# Echo beheben\n\n> Was gegen Echo hilft.\n\nVerwenden Sie Kopfhörer. Lower the volume.\n';
    expect(markdownTwin(copy({ kind: 'source' }, 'en'))).toBe(twin);
    expect(markdownTwin(copy({ kind: 'translation', review: 'approved', gaps: [] }))).toBe(twin);
  });

  it('notes a partly translated copy', () => {
    expect(markdownTwin(copy({ kind: 'translation', review: 'translated', gaps: ['untranslated'] }))).toBe(
      '# Echo beheben\n\n> Was gegen Echo hilft.\n\n_Partly translated: sentences without a translation yet are shown in the original language._\n\nVerwenden Sie Kopfhörer. Lower the volume.\n',
    );
  });

  it('notes an English-only copy and an untranslated one, each as the original text', () => {
    expect(note({ kind: 'source-only' })).toBe('Published in the original language only: this is the original text.');
    expect(note({ kind: 'fallback' })).toBe('Not translated yet: this is the original text.');
  });

  it('notes every case of a copy, in the order the page says them', () => {
    expect(note({ kind: 'translation', review: 'machine', gaps: ['outdated', 'untranslated'] })).toBe(
      'Machine translation, not yet reviewed. Partly outdated translation: sentences changed since are shown in the original language. Partly translated: sentences without a translation yet are shown in the original language.',
    );
  });

  it('is served at the page URL without its trailing slash plus .md', () => {
    expect(twinPath('de', 'account/reset-password')).toBe('/de/account/reset-password.md');
  });
});
