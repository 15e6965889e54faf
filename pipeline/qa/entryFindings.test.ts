import { beforeAll, describe, expect, it } from 'vitest';
import { translation } from '../store/testSegment.ts';
import { qaContextOf } from '../../test/helpers/qaContext.ts';
import { repoRoot } from '../../test/helpers/tempProject.ts';
import { entryFindings } from './entryFindings.ts';
import type { QaContext } from './types.ts';

let context: QaContext;
beforeAll(async () => {
  context = await qaContextOf(repoRoot);
});

const summary = (findings: Map<string, { check: string }[]>) => Object.fromEntries([...findings].map(([unit, list]) => [unit, list.map((f) => f.check)]));

describe('entryFindings', () => {
  it('checks every translated entry of the locale together, by unit id, each against the source it was made from', () => {
    const findings = entryFindings(context, 'de', [
      { article: 'a/one', entry: translation('b0.s0', 'Open the settings.', 'Öffne deine Einstellungen.') },
      { article: 'a/one', entry: { key: 'b1.s0', hash: 'x', source: 'Not translated yet.', state: 'new' } },
      // The same source as b0.s0 in another article, translated differently: consistency looks across articles.
      { article: 'b/two', entry: translation('b0.s0', 'Open the settings.', 'Öffnen Sie die Einstellungen.') },
      // Outdated: checked against the sentence it translates (5), not the article's current one (10).
      { article: 'b/two', entry: translation('b1.s0', 'Wait 5 minutes.', 'Warten Sie 5 Minuten.', { outdated: true, currentSource: 'Wait 10 minutes.' }) },
    ]);
    expect(summary(findings)).toEqual({ 'a/one#b0.s0': ['register', 'inconsistent'], 'b/two#b0.s0': ['inconsistent'] });
    expect(findings.get('a/one#b0.s0')?.[0]).toMatchObject({ unit: 'a/one#b0.s0', locale: 'de', article: 'a/one', severity: 'error' });
  });
});
