import type { LocaleConfig } from '../config/defineConfig.ts';

/**
 * The configured locale a TMX `xml:lang` stands for: the same tag or code (any case), or — when
 * the locale's tag names no region — any regional variant of its language (`de-DE` → `de`).
 * `pt-PT` does not become `pt-BR`, nor `es-ES` `es-419`: a region the locale names must agree.
 */
export function matchLocale(lang: string, locales: readonly LocaleConfig[]): LocaleConfig | undefined {
  const wanted = lang.toLowerCase();
  const exact = locales.find((l) => l.tag.toLowerCase() === wanted || l.code === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return locales.find((l) => !l.tag.includes('-') && l.tag.toLowerCase() === language);
}
