import { describe, expect, it } from 'vitest';
import { articleStatus, isDone, projectStatus } from './translationStatus.ts';
import { segment, translation } from './testSegment.ts';
import type { Segment } from '../segment/types.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { translationStates, type MemoryUnit, type TranslationState } from './storeTypes.ts';

const states = (counts: Partial<Record<TranslationState, number>>) => ({ ...Object.fromEntries(translationStates.map((s) => [s, 0])), ...counts });

// 2 + 2 + 3 + 1 words.
const segments = [segment('title', 'Poor quality'), segment('b1.s0', 'Open Settings.'), segment('b1.s1', 'Tap the button.'), segment('b2.s0', 'Restart.')];

describe('articleStatus', () => {
  it('counts current, outdated, missing and needs-review segments and their source words', () => {
    const status = articleStatus(segments, [
      translation('title', 'Poor quality', 'Schlechte Qualität'),
      translation('b1.s0', 'Open Settings.', 'Einstellungen öffnen.', { state: 'machine', origin: 'mt:deepl' }),
      translation('b1.s1', 'Tap a button.', 'Tippen Sie auf eine Taste.'),
    ]);
    expect(status).toEqual({
      segments: { total: 4, current: 2, outdated: 1, missing: 1, needsReview: 1, published: 2, byState: states({ reviewed: 1, machine: 1 }) },
      words: { total: 8, current: 4, outdated: 3, missing: 1, needsReview: 2, published: 4, byState: states({ reviewed: 2, machine: 2 }) },
      percentDone: 25,
    });
    expect(isDone(status)).toBe(false);
  });

  it('is done when every segment is current and reviewed', () => {
    const status = articleStatus(segments.slice(0, 1), [translation('title', 'Poor quality', 'Schlechte Qualität', { state: 'translated' })]);
    expect(status.percentDone).toBe(100);
    expect(isDone(status)).toBe(true);
  });

  it('rounds down, so 100% means nothing is left', () => {
    const many = Array.from({ length: 200 }, (_, i) => segment(`b${i}.s0`, `Sentence ${i}.`));
    const entries = many.slice(1).map((s) => translation(s.key, s.text, 'Satz.'));
    expect(articleStatus(many, entries).percentDone).toBe(99);
  });
});

describe('articleStatus and broken targets', () => {
  it('does not count a target whose placeholders do not fit its source as current: the site shows the source', () => {
    const open: Segment = { ...segment('b1.s0', 'Open {1}Settings{/1}.'), placeholders: [{ id: 1, shape: 'paired', kind: 'strong', open: '**', close: '**' }] };
    const status = articleStatus([open], [translation('b1.s0', 'Open {1}Settings{/1}.', 'Öffnen Sie die Einstellungen.')]);
    expect(status.segments).toMatchObject({ total: 1, current: 0, missing: 1 });
    expect(isDone(status)).toBe(false);
  });
});

describe('articleStatus under a publish policy', () => {
  const entries = [
    translation('title', 'Poor quality', 'Schlechte Qualität', { state: 'approved' }),
    translation('b1.s0', 'Open Settings.', 'Einstellungen öffnen.', { state: 'reviewed' }),
    translation('b1.s1', 'Tap the button.', 'Tippen Sie auf die Taste.', { state: 'translated' }),
    translation('b2.s0', 'Restart.', 'Neu starten.', { state: 'machine', origin: 'mt:deepl' }),
  ];

  it('machine (the default): everything is shown; only machine output waits for review', () => {
    expect(articleStatus(segments, entries).segments).toMatchObject({ current: 4, published: 4, needsReview: 1 });
    expect(articleStatus(segments, entries, 'machine').segments).toMatchObject({ current: 4, published: 4, needsReview: 1 });
  });

  it('reviewed: translated and machine text is not shown and waits for review', () => {
    expect(articleStatus(segments, entries, 'reviewed').segments).toMatchObject({ current: 4, published: 2, needsReview: 2 });
  });

  it('approved: only the approved title is shown; the page is not done until all is approved', () => {
    const status = articleStatus(segments, entries, 'approved');
    expect(status.segments).toMatchObject({ current: 4, published: 1, needsReview: 3 });
    expect(isDone(status)).toBe(false);
    const approved = entries.map((e) => ({ ...e, state: 'approved' as const }));
    expect(isDone(articleStatus(segments, approved, 'approved'))).toBe(true);
  });
});

describe('articleStatus with a block kept whole', () => {
  // kb align kept block b1 ("Open Settings. Tap the button.", 5 words) as one translated unit; its sentences have no target of their own.
  const unit: MemoryUnit = {
    article: 'calls/poor-quality', key: 'b1', hash: segmentHash('Open Settings. Tap the button.'), source: 'Open Settings. Tap the button.',
    target: 'Öffnen Sie die Einstellungen und tippen Sie auf die Taste.', state: 'translated', origin: 'import:align',
  };
  const inBlockUnits = new Map([['b1.s0', unit], ['b1.s1', unit]]);
  const entries = [
    translation('title', 'Poor quality', 'Schlechte Qualität'),
    { key: 'b1.s0', hash: segmentHash('Open Settings.'), source: 'Open Settings.', state: 'new' as const },
    translation('b2.s0', 'Restart.', 'Neu starten.', { state: 'machine', origin: 'mt:deepl' }),
  ];

  it("counts the block's sentences as current in the unit's state, with what waits for review (machine policy)", () => {
    expect(articleStatus(segments, entries, 'machine', inBlockUnits)).toEqual({
      segments: { total: 4, current: 4, outdated: 0, missing: 0, needsReview: 1, published: 4, byState: states({ reviewed: 1, translated: 2, machine: 1 }) },
      words: { total: 8, current: 8, outdated: 0, missing: 0, needsReview: 1, published: 8, byState: states({ reviewed: 2, translated: 5, machine: 1 }) },
      percentDone: 87,
    });
  });

  it("puts the unit's sentences under review where the policy does not publish its state (reviewed policy)", () => {
    const status = articleStatus(segments, entries, 'reviewed', inBlockUnits);
    expect(status.segments).toMatchObject({ current: 4, needsReview: 3, published: 1, byState: states({ reviewed: 1, translated: 2, machine: 1 }) });
    expect(status.words).toMatchObject({ current: 8, needsReview: 6, published: 2, byState: states({ reviewed: 2, translated: 5, machine: 1 }) });
    expect(status.percentDone).toBe(25);
    expect(isDone(status)).toBe(false);
  });

  it('leaves the sentences missing without the unit, and adds the unit states into the project totals', () => {
    expect(articleStatus(segments, entries, 'machine').segments).toMatchObject({ current: 2, missing: 2, byState: states({ reviewed: 1, machine: 1 }) });
    const totals = projectStatus([{ code: 'de', policy: 'approved', articles: [{ id: 'calls/poor-quality', segments, entries, inBlockUnits }] }]).locales.de?.totals;
    expect(totals?.segments).toMatchObject({ current: 4, needsReview: 4, published: 0, byState: states({ reviewed: 1, translated: 2, machine: 1 }) });
  });
});

describe('projectStatus', () => {
  it('adds up articles per locale', () => {
    const status = projectStatus([
      { code: 'de', articles: [{ id: 'calls/a', segments, entries: [] }, { id: 'calls/b', segments: segments.slice(0, 1), entries: [translation('title', 'Poor quality', 'Schlechte Qualität')] }] },
      { code: 'fr', articles: [] },
    ]);
    expect(Object.keys(status.locales)).toEqual(['de', 'fr']);
    expect(status.locales.de?.totals).toEqual({
      segments: { total: 5, current: 1, outdated: 0, missing: 4, needsReview: 0, published: 1, byState: states({ reviewed: 1 }) },
      words: { total: 10, current: 2, outdated: 0, missing: 8, needsReview: 0, published: 2, byState: states({ reviewed: 2 }) },
      percentDone: 20,
    });
    expect(Object.keys(status.locales.de?.articles ?? {})).toEqual(['calls/a', 'calls/b']);
    expect(status.locales.fr?.totals.percentDone).toBe(100);
  });
});
