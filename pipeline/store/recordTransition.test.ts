import { describe, expect, it } from 'vitest';
import { parseStoreFile } from './parseStoreFile.ts';
import { recordTransition } from './recordTransition.ts';
import { serializeStoreFile } from './serializeStoreFile.ts';
import type { StoreEntry } from './storeTypes.ts';
import { segmentHash } from '../segment/segmentHash.ts';

const source = 'Open {1}Settings{/1}.';
const entry: StoreEntry = { key: 'b0.s0', hash: segmentHash(source), source, state: 'new' };

describe('recordTransition', () => {
  it('sets state, target, by and at and appends each step to the history', () => {
    const machine = recordTransition(entry, { action: 'machine', state: 'machine', by: 'kb translate (deepl)', at: '2026-12-01T10:00:00Z', target: 'Öffnen Sie {1}Einstellungen{/1}.', origin: 'mt:deepl' });
    const approved = recordTransition(machine, { action: 'approve', state: 'approved', by: 'anna@example.com', at: '2026-12-02T09:30:00Z' });
    expect(approved).toMatchObject({ state: 'approved', by: 'anna@example.com', at: '2026-12-02T09:30:00Z', target: 'Öffnen Sie {1}Einstellungen{/1}.', origin: 'mt:deepl' });
    expect(approved.history).toEqual([
      { action: 'machine', state: 'machine', by: 'kb translate (deepl)', at: '2026-12-01T10:00:00Z' },
      { action: 'approve', state: 'approved', by: 'anna@example.com', at: '2026-12-02T09:30:00Z' },
    ]);
    expect(entry.history).toBeUndefined();
  });

  it('a new target drops the match score and repaired numbers of the old one; a state change keeps them', () => {
    const fuzzy: StoreEntry = { ...entry, target: 'Öffnen Sie {1}Einstellungen{/1}.', state: 'fuzzy', origin: 'tm-fuzzy', score: 92, numbersRepaired: true };
    const approved = recordTransition(fuzzy, { action: 'approve', state: 'approved', by: 'anna@example.com', at: '2026-12-02T09:30:00Z' });
    expect(approved).toMatchObject({ score: 92, numbersRepaired: true });
    const edited = recordTransition(fuzzy, { action: 'edit', state: 'translated', by: 'anna@example.com', at: '2026-12-02T09:30:00Z', target: 'Öffnen Sie jetzt {1}Einstellungen{/1}.', origin: 'human' });
    expect(['score', 'numbersRepaired'].filter((field) => field in edited)).toEqual([]);
  });

  it('round-trips through the store file, one line per step', () => {
    const approved = recordTransition(recordTransition(entry, { action: 'edit', state: 'translated', by: 'kb review', at: '2026-12-01T10:00:00Z', target: 'Öffnen Sie {1}Einstellungen{/1}.' }), {
      action: 'approve', state: 'approved', by: 'Ana: reviewer', at: '2026-12-02T09:30:00Z',
    });
    const text = serializeStoreFile({ article: 'account/pin', locale: 'de', segments: [approved] }, 'content/en/account/pin.md');
    expect(text).toContain('    history:\n      - { at: 2026-12-01T10:00:00Z, action: edit, state: translated, by: kb review }\n');
    const parsed = parseStoreFile('x.yaml', text, { locale: 'de', article: 'account/pin' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value?.segments[0]).toEqual(approved);
  });

  it('reports an unknown action with its position', () => {
    const text = serializeStoreFile({ article: 'account/pin', locale: 'de', segments: [recordTransition(entry, { action: 'edit', state: 'translated', by: 'x', at: '2026-12-01T10:00:00Z', target: 'y' })] }, 'c.md').replace('action: edit', 'action: guess');
    const parsed = parseStoreFile('x.yaml', text, { locale: 'de', article: 'account/pin' });
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'store/invalid-action', line: 14 });
  });
});
