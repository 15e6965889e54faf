import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { LocalizedArticle } from '../../pipeline/assemble/assembleLocale.ts';
import { originalKinds, sourceGaps, textFields, type PageStatus } from '../../pipeline/assemble/pageStatus.ts';
import { renderSiteArticle } from '../../pipeline/assemble/writeSiteContent.ts';
import { articleTypes, audiences } from '../../pipeline/content/frontmatterSchema.ts';
import { shownStates } from '../../pipeline/store/publishPolicy.ts';
import { assembledArticleSchema } from './assembledArticleSchema.ts';

const copy: LocalizedArticle = {
  locale: 'de',
  articleId: 'calls/poor-call-quality',
  format: 'md',
  status: { kind: 'translation', review: 'translated', gaps: [] },
  inSourceLanguage: [],
  headingsInSourceLanguage: ['Check the speaker'],
  frontmatter: {
    title: 'Schlechte Anrufqualität',
    description: 'Was Sie tun können.',
    type: 'troubleshooting',
    category: 'calls',
    tags: ['calls', '429'],
    updated: '2026-10-14',
    audience: 'end-user',
    related: [],
    draft: false,
    translate: true,
  },
  sourceUpdated: '2026-10-14',
  body: 'Text.\n',
};

/** The frontmatter the site reads from what `kb assemble` writes, parsed as Astro parses it (js-yaml). */
function frontmatterOf(article: LocalizedArticle): unknown {
  const text = renderSiteArticle(article);
  return load(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
}

describe('assembledArticleSchema', () => {
  it('accepts every status, type and audience kb assemble can write', () => {
    const statuses: PageStatus[] = [
      ...originalKinds.map((kind) => ({ kind })),
      ...shownStates.flatMap((review) => [[], [...sourceGaps], ...sourceGaps.map((gap) => [gap])].map((gaps) => ({ kind: 'translation' as const, review, gaps }))),
    ];
    for (const status of statuses) {
      expect(assembledArticleSchema.parse(frontmatterOf({ ...copy, status })).status).toEqual(status);
    }
    expect(assembledArticleSchema.parse(frontmatterOf({ ...copy, inSourceLanguage: [...textFields] })).inSourceLanguage).toEqual([...textFields]);
    for (const type of articleTypes) {
      expect(assembledArticleSchema.parse(frontmatterOf({ ...copy, frontmatter: { ...copy.frontmatter, type } })).type).toBe(type);
    }
    for (const audience of audiences) {
      expect(assembledArticleSchema.parse(frontmatterOf({ ...copy, frontmatter: { ...copy.frontmatter, audience } })).audience).toBe(audience);
    }
  });

  it('reads YAML dates as calendar days', () => {
    expect(assembledArticleSchema.parse(frontmatterOf(copy))).toMatchObject({ updated: '2026-10-14', sourceUpdated: '2026-10-14' });
  });

  it('rejects an article id the pipeline could not have made', () => {
    for (const articleId of ['calls/-poor', 'calls/poor--quality', 'Calls/poor', 'calls/poor/quality']) {
      expect(assembledArticleSchema.safeParse(frontmatterOf({ ...copy, articleId })).success, articleId).toBe(false);
    }
  });
});
