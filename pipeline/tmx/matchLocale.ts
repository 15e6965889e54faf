import type { LocaleConfig } from '../config/defineConfig.ts';

/**
 * The configured locale a TMX `xml:lang` stands for: the same tag or code (any case), or — when
 * the locale's tag names no region — any regional variant of its language (`de-DE` → `de`).
 * `pt-PT` does not become `pt-BR`, nor `es-ES` `es-419`: a region the locale names must agree.
 */
export function matchLocale(lang: string, locales: readonly LocaleConfig[]): LocaleConfig | undefined {
  const wanted = lang.toLowerCase();
  return locales.find((l) => l.tag.toLowerCase() === wanted || l.code === wanted) ?? locales.find((l) => covers(l.tag, lang));
}

/** Whether two tags name one language by the rule above, either way round: `en` ~ `en-US`, `en-GB` ≁ `en-US`. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || covers(a, b) || covers(b, a);
}

/** A tag with no region covers its regional variants. */
function covers(tag: string, lang: string): boolean {
  return !tag.includes('-') && tag.toLowerCase() === lang.toLowerCase().split(/[-_]/)[0];
}
