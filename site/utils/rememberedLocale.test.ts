import { describe, expect, it } from 'vitest';
import { readRememberedLocale, rememberLocale, rememberedLocaleKey } from './rememberedLocale.ts';

/** A Storage stand-in over a Map. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const unavailable = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('rememberLocale / readRememberedLocale', () => {
  it('reads back the locale the reader chose', () => {
    const storage = memoryStorage();
    rememberLocale(() => storage, 'de');
    expect(readRememberedLocale(() => storage, 'kb-locale')).toBe('de');
  });

  it('remembers under rememberedLocaleKey, the key the root page reads', () => {
    const storage = memoryStorage();
    rememberLocale(() => storage, 'fr');
    expect(storage.getItem(rememberedLocaleKey)).toBe('fr');
  });

  it('reads null when nothing was chosen', () => {
    expect(readRememberedLocale(() => memoryStorage(), 'kb-locale')).toBeNull();
  });

  it('neither throws nor remembers where storage throws (privacy mode)', () => {
    expect(() => rememberLocale(unavailable, 'de')).not.toThrow();
    expect(readRememberedLocale(unavailable, 'kb-locale')).toBeNull();
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => rememberLocale(() => refusing, 'de')).not.toThrow();
  });

  it('still works after being turned into source text, as the root page inlines it', () => {
    const inlined = new Function(`return (${readRememberedLocale.toString()})`)() as typeof readRememberedLocale;
    const storage = memoryStorage();
    rememberLocale(() => storage, 'ja');
    expect(inlined(() => storage, 'kb-locale')).toBe('ja');
    expect(inlined(unavailable, 'kb-locale')).toBeNull();
  });
});
