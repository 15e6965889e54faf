import { describe, expect, it } from 'vitest';
import { contextKey } from './contextKey.ts';

describe('contextKey', () => {
  const key = contextKey('Open Settings.', 'Tap Privacy.', 'Turn on the lock.', 'account/two-step-verification');

  it('is 16 hex characters and stable', () => {
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(contextKey('Open Settings.', 'Tap Privacy.', 'Turn on the lock.', 'account/two-step-verification')).toBe(key);
  });

  it('changes with each neighbour, the text and the article', () => {
    const variants = [
      contextKey('Open Lumo.', 'Tap Privacy.', 'Turn on the lock.', 'account/two-step-verification'),
      contextKey('Open Settings.', 'Tap Privacy!', 'Turn on the lock.', 'account/two-step-verification'),
      contextKey('Open Settings.', 'Tap Privacy.', 'Turn off the lock.', 'account/two-step-verification'),
      contextKey('Open Settings.', 'Tap Privacy.', 'Turn on the lock.', 'account/delete-account'),
    ];
    expect(new Set([key, ...variants]).size).toBe(5);
  });

  it('tells a missing neighbour from an empty one, and parts cannot bleed into each other', () => {
    expect(contextKey(undefined, 'Tap Privacy.', undefined, 'a')).not.toBe(contextKey('', 'Tap Privacy.', '', 'a'));
    expect(contextKey('a b', 'c', undefined, 'x')).not.toBe(contextKey('a', 'b c', undefined, 'x'));
  });
});
