import config from '../../kb.config.ts';
import type { LocaleConfig } from '../../pipeline/config/defineConfig.ts';

/** Every published locale, source first, as configured in kb.config.ts. */
export const locales: readonly LocaleConfig[] = config.locales;

/** Code of the language articles are written in (`en`). */
export const sourceLocale: string = config.sourceLocale;

/** The configured locale for a URL code; throws for a code kb.config.ts does not list. */
export function getLocale(code: string): LocaleConfig {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) {
    throw new Error(`Unknown locale "${code}": add it to kb.config.ts or remove its content from .kb/site-content/`);
  }
  return locale;
}

/** `getStaticPaths` of a page that exists once per locale (`/<locale>/…`). */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale.code } }));
}
