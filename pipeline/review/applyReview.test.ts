import { describe, expect, it } from 'vitest';
import { segmentHash } from '../segment/segmentHash.ts';
import type { Segment } from '../segment/types.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import { applyReview } from './applyReview.ts';

const segment: Segment = {
  key: 'b0.s0',
  block: 'paragraph',
  text: 'Open {1}Settings{/1} now.',
  placeholders: [{ id: 1, shape: 'paired', kind: 'strong', open: '**', close: '**' }],
  hash: segmentHash('Open {1}Settings{/1} now.'),
  words: 3,
};
const entry: StoreEntry = { key: 'b0.s0', hash: segment.hash, source: segment.text, target: 'Öffnen Sie {1}Einstellungen{/1}.', state: 'machine', origin: 'mt:deepl', by: 'deepl', at: '2026-12-01T00:00:00Z' };
const who = { by: 'Rita Reviewer', at: '2026-12-06T10:00:00Z' };

describe('applyReview', () => {
  it('approves the stored target and records who and when', () => {
    const result = applyReview(entry, segment, { action: 'approve', ...who });
    expect(result).toEqual({ entry: { ...entry, state: 'approved', ...who, history: [{ action: 'approve', state: 'approved', ...who }] } });
  });

  it('approving changed text records the edit, then the approval', () => {
    const result = applyReview(entry, segment, { action: 'approve', target: 'Öffnen Sie jetzt {1}Einstellungen{/1}.', ...who });
    expect('entry' in result && result.entry).toMatchObject({ target: 'Öffnen Sie jetzt {1}Einstellungen{/1}.', origin: 'human', state: 'approved' });
    expect('entry' in result && result.entry.history?.map((h) => h.action)).toEqual(['edit', 'approve']);
  });

  it('an edit leaves the text to be signed off', () => {
    const result = applyReview(entry, segment, { action: 'edit', target: 'Öffnen Sie {1}Einstellungen{/1} jetzt.', ...who });
    expect('entry' in result && result.entry).toMatchObject({ state: 'translated', origin: 'human', history: [{ action: 'edit', state: 'translated', ...who }] });
  });

  it('a review marks the text reviewed, after recording an edit when the text changed', () => {
    expect(applyReview(entry, segment, { action: 'review', ...who })).toEqual({ entry: { ...entry, state: 'reviewed', ...who, history: [{ action: 'review', state: 'reviewed', ...who }] } });
    const edited = applyReview(entry, segment, { action: 'review', target: 'Öffnen Sie jetzt {1}Einstellungen{/1}.', ...who });
    expect('entry' in edited && edited.entry.history?.map((h) => `${h.action}:${h.state}`)).toEqual(['edit:translated', 'review:reviewed']);
  });

  it('a new text drops what described the old one (match score, repaired numbers); approving the text as it is keeps them', () => {
    const fuzzy: StoreEntry = { ...entry, state: 'fuzzy', origin: 'tm-fuzzy', score: 92, numbersRepaired: true };
    const edited = applyReview(fuzzy, segment, { action: 'approve', target: 'Öffnen Sie jetzt {1}Einstellungen{/1}.', ...who });
    expect('entry' in edited && edited.entry).toMatchObject({ origin: 'human', state: 'approved' });
    expect('entry' in edited && ['score', 'numbersRepaired'].filter((field) => field in edited.entry)).toEqual([]);
    const approved = applyReview(fuzzy, segment, { action: 'approve', ...who });
    expect('entry' in approved && approved.entry).toMatchObject({ origin: 'tm-fuzzy', score: 92, numbersRepaired: true });
  });

  it('refuses a target that breaks a placeholder, naming it', () => {
    const result = applyReview(entry, segment, { action: 'edit', target: 'Öffnen Sie {1}Einstellungen.', ...who });
    expect(result).toEqual({ problems: [{ code: 'unclosed', id: 1, message: 'placeholder {1} is opened but never closed with {/1}' }] });
  });

  it('a rejection keeps the text and sends it back for rework', () => {
    const result = applyReview(entry, segment, { action: 'reject', ...who });
    expect('entry' in result && result.entry).toMatchObject({ target: entry.target, state: 'fuzzy', history: [{ action: 'reject', state: 'fuzzy' }] });
  });

  it('approving an outdated entry pins it to the current sentence', () => {
    const outdated: StoreEntry = { ...entry, hash: segmentHash('Open {1}Settings{/1}.'), source: 'Open {1}Settings{/1}.', outdated: true, currentSource: segment.text };
    const result = applyReview(outdated, segment, { action: 'approve', ...who });
    expect('entry' in result && result.entry).toMatchObject({ hash: segment.hash, source: segment.text, state: 'approved' });
    expect('entry' in result && 'outdated' in result.entry).toBe(false);
    expect('entry' in result && 'currentSource' in result.entry).toBe(false);
  });
});
