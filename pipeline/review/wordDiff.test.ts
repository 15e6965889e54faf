import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff.ts';

describe('wordDiff', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(wordDiff('Open {1}Settings{/1} and tap Save.', 'Open {1}Settings{/1} and tap Done.')).toEqual([
      { op: 'same', text: 'Open {1}Settings{/1} and tap ' },
      { op: 'removed', text: 'Save' },
      { op: 'added', text: 'Done' },
      { op: 'same', text: '.' },
    ]);
  });

  it('keeps placeholders whole', () => {
    const parts = wordDiff('Tap {1}.', 'Tap {2} now.');
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text)).toEqual(['{1}']);
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text).join('')).toBe('{2} now');
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Calls drop when the network is weak.';
    const after = 'Video calls drop when the Wi-Fi network is weak or busy.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
});
