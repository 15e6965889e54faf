import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileArticle } from './reconcileArticle.ts';
import type { StoreEntry } from './storeTypes.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { segment, translation } from './testSegment.ts';

const a = translation('b1.s0', 'Open Settings.', 'Öffnen Sie die Einstellungen.');
const b = translation('b1.s1', 'Tap Calls.', 'Tippen Sie auf Anrufe.');
const c = translation('b1.s2', 'Turn on HD.', 'Aktivieren Sie HD.');

describe('reconcileArticle', () => {
  it('keeps unchanged sentences current', () => {
    const result = reconcileArticle([segment('b1.s0', 'Open Settings.'), segment('b1.s1', 'Tap Calls.')], [a, b]);
    expect(result).toEqual({ entries: [a, b], retired: [] });
  });

  it('re-keys moved sentences and keeps their translation current', () => {
    const result = reconcileArticle([segment('b1.s0', 'Tap Calls.'), segment('b2.s0', 'Open Settings.')], [a, b]);
    expect(result.entries).toEqual([{ ...b, key: 'b1.s0' }, { ...a, key: 'b2.s0' }]);
    expect(result.retired).toEqual([]);
  });

  it('marks a changed sentence outdated, keeping the translation and the source it was made from', () => {
    const result = reconcileArticle([segment('b1.s0', 'Open the Settings app.'), segment('b1.s1', 'Tap Calls.')], [a, b]);
    expect(result.entries[0]).toEqual({ ...a, outdated: true, currentSource: 'Open the Settings app.' });
    expect(result.entries[0]?.hash).toBe(segmentHash('Open Settings.'));
    expect(result.entries[1]).toEqual(b);
  });

  it('adds an inserted sentence as new and keeps the shifted ones current', () => {
    const result = reconcileArticle([segment('b1.s0', 'Sign in.'), segment('b1.s1', 'Open Settings.'), segment('b1.s2', 'Tap Calls.')], [a, b]);
    expect(result.entries).toEqual([
      { key: 'b1.s0', hash: segmentHash('Sign in.'), source: 'Sign in.', state: 'new' },
      { ...a, key: 'b1.s1' },
      { ...b, key: 'b1.s2' },
    ]);
    expect(result.retired).toEqual([]);
  });

  it('retires the translation of a deleted sentence instead of dropping it', () => {
    const result = reconcileArticle([segment('b1.s0', 'Open Settings.'), segment('b1.s1', 'Turn on HD.')], [a, b, c]);
    expect(result.entries).toEqual([a, { ...c, key: 'b1.s1' }]);
    expect(result.retired).toEqual([b]);
  });

  it('refreshes an entry that was outdated and whose source changed back', () => {
    const stale: StoreEntry = { ...a, outdated: true, currentSource: 'Open the app.' };
    expect(reconcileArticle([segment('b1.s0', 'Open Settings.')], [stale]).entries).toEqual([a]);
    expect(reconcileArticle([segment('b1.s0', 'Open it.')], [stale]).entries).toEqual([{ ...a, outdated: true, currentSource: 'Open it.' }]);
  });

  it('gives repeated sentences the translation stored at their own key first', () => {
    const first = translation('b1.s0', 'Restart.', 'Neu starten.');
    const second = translation('b3.s0', 'Restart.', 'Starten Sie neu.');
    const result = reconcileArticle([segment('b0.s0', 'Restart.'), segment('b1.s0', 'Restart.'), segment('b3.s0', 'Restart.')], [first, second]);
    expect(result.entries.map((e) => e.target)).toEqual([undefined, 'Neu starten.', 'Starten Sie neu.']);
  });

  it('drops untranslated entries, which hold nothing to keep', () => {
    const untranslated: StoreEntry = { key: 'b9.s0', hash: segmentHash('Gone.'), source: 'Gone.', state: 'new' };
    expect(reconcileArticle([], [untranslated])).toEqual({ entries: [], retired: [] });
  });

  it('never loses a translation: every stored target ends up in the entries or retired', () => {
    const texts = ['Open Settings.', 'Tap Calls.', 'Restart.', 'Turn on HD.', 'Sign in.'];
    const key = fc.constantFrom('title', 'b0.s0', 'b0.s1', 'b1.s0', 'b2.s0', 'b2.s1');
    const entry = fc.record({ key, source: fc.constantFrom(...texts), target: fc.option(fc.string({ minLength: 1 }), { nil: undefined }), outdated: fc.boolean() });
    const segments = fc.uniqueArray(fc.record({ key, text: fc.constantFrom(...texts) }), { selector: (s) => s.key, maxLength: 6 });
    fc.assert(
      fc.property(segments, fc.array(entry, { maxLength: 8 }), (current, stored) => {
        const entries: StoreEntry[] = stored.map((e) => ({
          ...translation(e.key, e.source, e.target ?? ''),
          target: e.target,
          state: e.target === undefined ? 'new' : 'reviewed',
          ...(e.outdated && e.target !== undefined ? { outdated: true, currentSource: 'Earlier text.' } : {}),
        }));
        const result = reconcileArticle(current.map((s) => segment(s.key, s.text)), entries);
        const pairs = (list: StoreEntry[]) => list.filter((e) => e.target !== undefined).map((e) => `${e.hash} ${e.target}`).sort();
        expect(pairs([...result.entries, ...result.retired])).toEqual(pairs(entries));
        expect(result.entries.map((e) => e.key)).toEqual(current.map((s) => s.key));
        result.entries.forEach((e, i) => {
          const text = current[i]?.text ?? '';
          if (e.outdated) expect([e.currentSource, e.hash === segmentHash(text)]).toEqual([text, false]);
          else expect(e.hash).toBe(segmentHash(text));
        });
      }),
    );
  });
});
