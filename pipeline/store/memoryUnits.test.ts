import { describe, expect, it } from 'vitest';
import { normalizeMemory, retiredToMemory } from './memoryUnits.ts';
import type { MemoryUnit } from './storeTypes.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { translation } from './testSegment.ts';

const unit = (source: string, target: string, extra: Partial<MemoryUnit> = {}): MemoryUnit => ({ hash: segmentHash(source), source, target, state: 'reviewed', ...extra });

describe('retiredToMemory', () => {
  it('keeps the target, its provenance and where it was used', () => {
    const entry = translation('b2.s1', 'Tap Calls.', 'Tippen Sie auf Anrufe.', { origin: 'tm-exact', score: 100 });
    expect(retiredToMemory('calls/no-ringtone', [entry])).toEqual([
      { article: 'calls/no-ringtone', key: 'b2.s1', hash: entry.hash, source: 'Tap Calls.', target: 'Tippen Sie auf Anrufe.', state: 'reviewed', origin: 'tm-exact', score: 100, by: 'anna@lumo.example', at: '2026-11-20T10:12:00Z' },
    ]);
  });
});

describe('normalizeMemory', () => {
  it('sorts by source, then target, in code-unit order', () => {
    const units = [unit('b', 'x'), unit('Z', 'y'), unit('a', 'z'), unit('a', 'b')];
    expect(normalizeMemory(units).map((u) => `${u.source}/${u.target}`)).toEqual(['Z/y', 'a/b', 'a/z', 'b/x']);
  });

  it('keeps one unit per source, target and provenance: the most reviewed, then the latest', () => {
    const machine = unit('Restart.', 'Neu starten.', { state: 'machine', at: '2026-12-01T00:00:00Z' });
    const approvedOld = unit('Restart.', 'Neu starten.', { state: 'approved', at: '2026-01-01T00:00:00Z' });
    const approvedNew = unit('Restart.', 'Neu starten.', { state: 'approved', at: '2026-06-01T00:00:00Z', article: 'calls/a' });
    const other = unit('Restart.', 'Starten Sie neu.');
    expect(normalizeMemory([machine, approvedOld, approvedNew, other])).toEqual([approvedOld, approvedNew, other]);
  });

  it('keeps every origin of the same pair: each article and key it was used in, each import', () => {
    const fromA = unit('Restart.', 'Neu starten.', { article: 'calls/a', key: 'b1.s0', origin: 'human', by: 'anna@lumo.example' });
    const fromB = unit('Restart.', 'Neu starten.', { article: 'calls/b', key: 'b4.s2', origin: 'tm-exact', by: 'kb translate' });
    const imported = unit('Restart.', 'Neu starten.', { origin: 'import:tmx', by: 'omegat' });
    const aligned = unit('Restart.', 'Neu starten.', { origin: 'import:align', by: 'kb align' });
    const again = unit('Restart.', 'Neu starten.', { article: 'calls/a', key: 'b1.s0', origin: 'human', by: 'anna@lumo.example', state: 'translated' });
    expect(normalizeMemory([fromA, fromB, imported, aligned, again])).toEqual([aligned, imported, fromA, fromB]);
  });
});
