import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileArticle } from './reconcileArticle.ts';
import type { StoreEntry } from './storeTypes.ts';
import { segmentArticle } from '../segment/index.ts';
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

  it('pins by content, then by position between anchors: an inserted block does not take the translation of the edited sentence after it', () => {
    const before = 'Open Settings.\n\nTap Calls to see every call you made this week.\n\nTurn on HD.\n';
    const after = 'Open Settings.\n\nSign in first.\n\nTap Calls to see every call you made this month.\n\nTurn on HD.\n';
    const keysOf = (body: string) => segmentArticle({ id: 'calls/hd', format: 'md', title: '', description: '', body }, { sourceLocale: 'en' }).segments;
    const stored = keysOf(before).map((s) => translation(s.key, s.text, `de: ${s.text}`));
    expect(stored.map((e) => e.key)).toEqual(['b0.s0', 'b1.s0', 'b2.s0']);
    const result = reconcileArticle(keysOf(after), stored);
    // The inserted paragraph took key b1.s0, where the edited sentence was; it is new, not outdated.
    expect(result.entries.map((e) => [e.key, e.source, e.outdated ?? false])).toEqual([
      ['b0.s0', 'Open Settings.', false],
      ['b1.s0', 'Sign in first.', false],
      ['b2.s0', 'Tap Calls to see every call you made this week.', true],
      ['b3.s0', 'Turn on HD.', false],
    ]);
    expect(result.entries[1]).toMatchObject({ state: 'new' });
    expect(result.entries[2]).toMatchObject({ target: 'de: Tap Calls to see every call you made this week.', currentSource: 'Tap Calls to see every call you made this month.' });
    expect(result.retired).toEqual([]);
  });

  it('pairs an edited sentence with its stored one when a block inserted above shifted every key', () => {
    const d = translation('b2.s0', 'Restart the app.', 'Starten Sie die App neu.');
    const result = reconcileArticle(
      [segment('b0.s0', 'Sign in.'), segment('b1.s0', 'Open Settings.'), segment('b2.s0', 'Tap Calls.'), segment('b3.s0', 'Turn on HD now.'), segment('b4.s0', 'Restart the app.')],
      [translation('b0.s0', 'Open Settings.', 'Öffnen Sie die Einstellungen.'), translation('b1.s0', 'Tap Calls.', 'Tippen Sie auf Anrufe.'), { ...c, key: 'b2.s0' }, { ...d, key: 'b3.s0' }],
    );
    expect(result.entries[0]).toMatchObject({ key: 'b0.s0', state: 'new' });
    // By key, b3.s0 would be compared with "Restart the app."; by position it is "Turn on HD." edited.
    expect(result.entries[3]).toMatchObject({ key: 'b3.s0', source: 'Turn on HD.', outdated: true, currentSource: 'Turn on HD now.' });
    expect(result.entries[4]).toMatchObject({ key: 'b4.s0', source: 'Restart the app.', target: 'Starten Sie die App neu.' });
    expect(result.entries[4]?.outdated).toBeUndefined();
  });

  it('leaves a rewritten sentence new when an inserted one shares the gap and neither resembles the stored one', () => {
    const result = reconcileArticle([segment('b0.s0', 'Open Settings.'), segment('b1.s0', 'Ask your admin.'), segment('b2.s0', 'Call support.'), segment('b3.s0', 'Turn on HD.')], [a, b, { ...c, key: 'b2.s0' }]);
    expect(result.entries.map((e) => e.state)).toEqual(['reviewed', 'new', 'new', 'reviewed']);
    expect(result.retired).toEqual([b]);
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
