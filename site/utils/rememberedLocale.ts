/** The localStorage key under which the language switcher remembers the reader's choice for `/`. */
export const rememberedLocaleKey = 'kb-locale';

/**
 * The locale code the reader last chose in the language switcher, or null: nothing stored, or no
 * storage at all (privacy modes make merely reading `localStorage` throw, hence the getter).
 * Self-contained on purpose (hence `key`, which callers pass as `rememberedLocaleKey`): the root
 * page inlines its source in the redirect script.
 */
export function readRememberedLocale(storage: () => Pick<Storage, 'getItem'>, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

/** Remember the reader's choice of locale under `rememberedLocaleKey`; where storage throws (privacy modes) it is not remembered. */
export function rememberLocale(storage: () => Pick<Storage, 'setItem'>, code: string): void {
  try {
    storage().setItem(rememberedLocaleKey, code);
  } catch {
    // Nowhere to keep it: `/` falls back to the browser's languages, as on a first visit.
  }
}
