import { describe, expect, it } from 'vitest';
import { segment, translation } from '../store/testSegment.ts';
import { applyXliffUnit } from './applyXliffUnit.ts';
import { translationHash } from './exchangeState.ts';
import type { XliffUnit } from './xliffTypes.ts';

// The decisions the exchange fixtures do not reach: what changed where since the export.
const wait = segment('b0.s0', 'Wait a minute.');
const stored = translation('b0.s0', 'Wait a minute.', 'Warten Sie eine Minute.', { state: 'translated' });
const change = { by: 'Rita Reviewer', at: '2026-12-01T09:00:00Z' };
/** A unit as exported from `stored`, then changed by the translator. */
const unit = (fields: Partial<XliffUnit>): XliffUnit => ({
  id: 'calls/wait#b0.s0',
  source: 'Wait a minute.',
  target: 'Warten Sie eine Minute.',
  state: 'translated',
  notes: [],
  line: 4,
  column: 5,
  sourceHash: wait.hash,
  translationHash: translationHash('Warten Sie eine Minute.', 'translated'),
  ...fields,
});

describe('applyXliffUnit', () => {
  it('leaves a unit the translator did not touch alone, even when the store changed since the export', () => {
    const approvedSince = { ...stored, state: 'approved' as const, by: 'Other Reviewer' };
    expect(applyXliffUnit(unit({}), '2.1', approvedSince, wait, change)).toEqual({ outcome: 'unchanged' });
  });

  it('refuses a change to a unit that someone changed in the store since the export', () => {
    const editedSince = { ...stored, target: 'Bitte warten Sie eine Minute.', by: 'Other Reviewer', at: '2026-11-30T08:00:00Z' };
    expect(applyXliffUnit(unit({ state: 'final' }), '2.1', editedSince, wait, change)).toEqual({
      outcome: 'refused',
      rule: 'xliff/conflict',
      message: 'calls/wait#b0.s0: changed in the store since the export (now translated by Other Reviewer at 2026-11-30T08:00:00Z)',
      hint: 'export the file again, or make this change in kb review',
    });
  });

  it('lets the translator\'s work replace a draft the store got since the export', () => {
    const untranslated = { key: 'b0.s0', hash: wait.hash, source: wait.text, state: 'new' as const };
    const machineSince = { ...untranslated, target: 'Warte eine Minute.', state: 'machine' as const, origin: 'mt:deepl' as const };
    const translated = applyXliffUnit(unit({ translationHash: translationHash(undefined, 'unconfirmed') }), '2.1', machineSince, wait, change);
    expect(translated.outcome === 'applied' && translated.entry).toMatchObject({ target: 'Warten Sie eine Minute.', state: 'translated', origin: 'import:xliff' });
  });

  it('lets a fuzzy memory match the store got since the export give way too, but not an exact one (a person\'s translation, reused)', () => {
    const exported = unit({ translationHash: translationHash(undefined, 'unconfirmed') });
    const fuzzySince = { ...stored, target: 'Warten Sie eine Stunde.', state: 'fuzzy' as const, origin: 'tm-fuzzy' as const, score: 88 };
    expect(applyXliffUnit(exported, '2.1', fuzzySince, wait, change)).toMatchObject({ outcome: 'applied', entry: { target: 'Warten Sie eine Minute.', state: 'translated' } });
    const exactSince = { ...stored, target: 'Warte eine Minute.', state: 'approved' as const, origin: 'tm-exact' as const, by: 'kb translate' };
    expect(applyXliffUnit(exported, '2.1', exactSince, wait, change)).toMatchObject({ outcome: 'refused', rule: 'xliff/conflict' });
  });

  it('compares with the store when a tool dropped kb\'s metadata', () => {
    const bare = { sourceHash: undefined, translationHash: undefined };
    expect(applyXliffUnit(unit(bare), '1.2', stored, wait, change)).toEqual({ outcome: 'unchanged' });
    const approved = applyXliffUnit(unit({ ...bare, state: 'signed-off' }), '1.2', stored, wait, change);
    expect(approved.outcome === 'applied' && approved.entry).toMatchObject({ state: 'approved', by: 'Rita Reviewer', history: [{ action: 'approve', state: 'approved', by: 'Rita Reviewer', at: change.at }] });
    expect(applyXliffUnit(unit({ ...bare, source: 'Wait an hour.' }), '1.2', stored, wait, change)).toMatchObject({ outcome: 'refused', rule: 'xliff/source-changed' });
  });

  it('takes whitespace as XLIFF readers normalise it', () => {
    const spaced = { ...stored, target: 'Warten Sie  eine Minute. ' };
    expect(applyXliffUnit(unit({ translationHash: translationHash(spaced.target, 'translated') }), '2.1', spaced, wait, change)).toEqual({ outcome: 'unchanged' });
  });
});
