import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import config from '../../../kb.config.ts';
import { createTempProject, repoRoot, runKb, writeProjectFiles } from '../../../test/helpers/tempProject.ts';
import { segmentArticle } from '../../segment/index.ts';
import { loadDoNotTranslate } from '../../store/sourceSegments.ts';
import { TranslationStore } from '../../store/TranslationStore.ts';
import type { StoreEntry } from '../../store/storeTypes.ts';

const repo = repoRoot;
const kb = runKb;

const article = (body: string) => `---
title: Poor call quality
description: Fix choppy or robotic audio in calls.
type: troubleshooting
category: calls
updated: 2026-11-01
---
${body}`;
const before = 'Check your connection. Restart the app. Update Lumo.\n';
const after = 'Check your connection first. Restart the app. Update Lumo. Call again.\n';

let root: string;
beforeEach(async () => {
  root = await createTempProject({}, 'kb-status-');
  // de was translated from the earlier text: title reviewed, description machine, body reviewed.
  const earlier = segmentArticle({ id: 'calls/poor-call-quality', format: 'md', title: 'Poor call quality', description: 'Fix choppy or robotic audio in calls.', body: before }, { sourceLocale: 'en', doNotTranslate: await loadDoNotTranslate(repo) });
  const entries: StoreEntry[] = earlier.segments.map((s) => ({ key: s.key, hash: s.hash, source: s.text, target: `DE ${s.text}`, state: s.key === 'description' ? 'machine' : 'reviewed', origin: s.key === 'description' ? 'mt:deepl' : 'human' }));
  await TranslationStore.open(root, config).write('de', 'calls/poor-call-quality', entries);
  await writeProjectFiles(root, {
    'content/en/calls/poor-call-quality.md': article(after),
    'content/en/calls/no-ringtone.md': article('Turn the ringer on.\n').replace('Poor call quality', 'No ringtone'),
  });
});

describe('kb status', () => {
  it('prints counts per locale and article as JSON', () => {
    const result = kb('status', '--root', root, '--json', '--locale', 'de', '--locale', 'fr');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const status = JSON.parse(result.stdout) as { locales: Record<string, { totals: { segments: object; percentDone: number }; articles: Record<string, { segments: object; words: { total: number; current: number } }> }> };
    expect(Object.keys(status.locales)).toEqual(['de', 'fr']);
    const poor = status.locales.de?.articles['calls/poor-call-quality'];
    // title + description + 4 sentences: 1 changed (outdated), 1 added (missing), description machine.
    expect(poor?.segments).toEqual({ total: 6, current: 4, outdated: 1, missing: 1, needsReview: 1, published: 4, byState: { new: 0, fuzzy: 0, machine: 1, translated: 0, reviewed: 3, approved: 0 } });
    expect(status.locales.de?.articles['calls/no-ringtone']?.segments).toMatchObject({ total: 3, current: 0, outdated: 0, missing: 3, needsReview: 0, published: 0 });
    expect(status.locales.de?.totals.segments).toMatchObject({ total: 9, current: 4, outdated: 1, missing: 4, needsReview: 1, published: 4 });
    expect(status.locales.fr?.totals.percentDone).toBe(0);
  });

  it('prints a summary line per locale and a row per article that is not done', () => {
    const result = kb('status', '--root', root, '--locale', 'de', '--locale', 'fr');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^de \(German\) {2}\d+% done · 9 segments, \d+ words: 4 current \(1 needs review\), 1 outdated, 4 missing$/);
    expect(lines.slice(1, 3).map((l) => l.trim().split(/\s+/)[0])).toEqual(['calls/no-ringtone', 'calls/poor-call-quality']);
    expect(lines.slice(3)).toEqual([expect.stringMatching(/^fr \(French\) {2}0% done/), '  no translations yet (2 articles)']);
  });

  it('reports a broken store file at its line and column and exits 1', async () => {
    const file = join(root, 'content', 'translations', 'de', 'calls', 'poor-call-quality.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('state: machine', 'state: mt'));
    const result = kb('status', '--root', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content\/translations\/de\/calls\/poor-call-quality\.yaml:\d+:12 {2}store\/invalid-state {2}segment description: state "mt" is not allowed/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown locale', () => {
    const result = kb('status', '--root', root, '--locale', 'klingon');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('locale/unknown  unknown locale "klingon"');
  });
});
