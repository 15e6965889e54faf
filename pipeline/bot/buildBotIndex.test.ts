import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../schema/compileSchema.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { sourceTextMarks } from '../assemble/sourceTextMarks.ts';
import { buildBotIndex } from './buildBotIndex.ts';
import { chunkRecordSchema } from './chunkRecord.ts';

const article = (over: Partial<AssembledArticle>): AssembledArticle => ({
  locale: 'en',
  articleId: 'account/reset-password',
  format: 'md',
  status: { kind: 'source' },
  title: 'Reset your password',
  description: 'Forgot it?',
  type: 'faq',
  category: 'account',
  tags: ['password', '401'],
  updated: '2026-09-03',
  body: 'Intro.\n\n### Why didn’t I get a reset code?\n\nWait 60 seconds.\n',
  ...over,
});
const options = { locales: ['en', 'fr', 'ja'], sourceLocale: 'en', site: 'https://help.example' };

describe('buildBotIndex', () => {
  it('makes schema-valid records with ids, anchored URLs, state and content locale', () => {
    const feed = buildBotIndex([article({ locale: 'fr', status: { kind: 'fallback' } }), article({}), article({ locale: 'ja', status: { kind: 'translation', review: 'machine', gaps: [] }, title: 'パスワード' })], options);
    const validate = compileSchema(chunkRecordSchema);
    for (const record of [...feed.values()].flat()) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const fr = feed.get('fr')!;
    expect(fr[1]).toMatchObject({
      id: 'fr:account/reset-password#why-didnt-i-get-a-reset-code:0',
      locale: 'fr',
      content_locale: 'en',
      state: 'fallback',
      url: 'https://help.example/fr/account/reset-password/#why-didnt-i-get-a-reset-code',
      heading_path: ['Why didn’t I get a reset code?'],
      text: 'Wait 60 seconds.',
      source_hash: createHash('sha256').update('Wait 60 seconds.').digest('hex'),
    });
    expect(feed.get('en')![0]).toMatchObject({ id: 'en:account/reset-password#:0', state: 'approved', content_locale: 'en', url: 'https://help.example/en/account/reset-password/' });
    expect(feed.get('ja')![0]).toMatchObject({ state: 'machine', content_locale: 'ja', title: 'パスワード' });
  });

  it('gives a section a partly translated page shows all in English the source locale as content_locale', () => {
    const { open, close } = sourceTextMarks;
    const body = 'はじめに。\n\n### 届かない？\n\nWait 60 seconds.\n';
    const marked = `はじめに。\n\n### 届かない？\n\n${open}Wait 60 seconds.${close}\n`;
    const ja = buildBotIndex([article({ locale: 'ja', status: { kind: 'translation', review: 'translated', gaps: ['untranslated'] }, body, markedBody: marked })], options).get('ja')!;
    expect(ja.map((r) => [r.id, r.content_locale, r.state, r.text])).toEqual([
      ['ja:account/reset-password#:0', 'ja', 'translated', 'はじめに。'],
      ['ja:account/reset-password#届かない:0', 'en', 'translated', 'Wait 60 seconds.'],
    ]);
  });

  it('orders records by article id whatever the input order, and the schema rejects a bad record', () => {
    const a = article({ articleId: 'calls/x', category: 'calls' });
    const b = article({});
    expect(buildBotIndex([a, b], options)).toEqual(buildBotIndex([b, a], options));
    expect(buildBotIndex([a, b], options).get('en')!.map((r) => r.article_id)).toEqual(['account/reset-password', 'account/reset-password', 'calls/x', 'calls/x']);
    const validate = compileSchema(chunkRecordSchema);
    const record = buildBotIndex([b], options).get('en')![0]!;
    expect(validate({ ...record, state: 'source' })).toBe(false);
    expect(validate({ ...record, source_hash: 'abc' })).toBe(false);
    expect(validate({ ...record, extra: 1 })).toBe(false);
  });
});
