import i18next from 'i18next';
import { getLocale } from './locales.ts';

/** A locale's UI strings: nested objects of strings, as in `site/i18n/<code>.json`. */
export interface Resource {
  [key: string]: string | Resource;
}

/** Translates a UI string key; `values` fill `{{placeholders}}`, `count` picks the plural form. */
export type Translate = (key: string, values?: Record<string, unknown> & { defaultValue?: string }) => string;

const resourceModules = import.meta.glob<Resource>('../i18n/*.json', { eager: true, import: 'default' });

/** The UI strings of a locale code, read from `site/i18n/<code>.json`. */
export function resourceFor(code: string): Resource {
  const resource = resourceModules[`../i18n/${code}.json`];
  if (!resource) throw new Error(`site/i18n/${code}.json is missing: every locale in kb.config.ts needs its UI strings`);
  return resource;
}

const translators = new Map<string, Translate>();

/** The `t` function for a locale code (one i18next instance per locale, created once, initialised synchronously). */
export function useTranslations(code: string): Translate {
  const cached = translators.get(code);
  if (cached) return cached;
  const { tag } = getLocale(code);
  const instance = i18next.createInstance();
  // initAsync: false makes init finish before returning, so `t` works at once in build-time code.
  void instance.init({
    lng: tag,
    // A missing key shows its caller's defaultValue, never another language's text (site contract).
    fallbackLng: false,
    resources: { [tag]: { translation: resourceFor(code) } },
    initAsync: false,
    // Astro escapes every expression it renders; escaping here too would show `&amp;` to readers.
    interpolation: { escapeValue: false },
  });
  const translate: Translate = (key, values) => instance.t(key, values ?? {});
  translators.set(code, translate);
  return translate;
}
