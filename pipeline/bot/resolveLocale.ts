import type { LocaleConfig } from '../config/defineConfig.ts';

/**
 * The configured locale a reader's language names: our code (`pt-br`), its BCP 47 tag in any
 * case (`pt-BR`, `zh-cn`), or a tag of the same language (`es-MX` → es-419, `zh-Hans` → zh-CN).
 */
export function resolveLocale(locales: readonly LocaleConfig[], input: string): LocaleConfig | undefined {
  const wanted = input.trim().toLowerCase().replace(/_/g, '-');
  const exact = locales.find((l) => l.code === wanted || l.tag.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return locales.find((l) => l.tag.toLowerCase().split('-')[0] === language);
}
