/**
 * The locale code for a reader: the locale they `remembered` choosing, if it is still configured;
 * else by their preferred languages (`navigator.languages`, best first): an exact tag match, else the
 * same language (`pt` → `pt-BR`, `zh-Hans-CN` → `zh-CN`), else `fallback`.
 * Self-contained on purpose: the root page inlines its source as the redirect script.
 */
export function pickLocale(
  preferred: readonly string[],
  locales: readonly { code: string; tag: string }[],
  fallback: string,
  remembered: string | null = null,
): string {
  const chosen = locales.find((locale) => locale.code === remembered);
  if (chosen) return chosen.code;
  for (const wanted of preferred) {
    const lower = wanted.toLowerCase();
    const exact = locales.find((locale) => locale.tag.toLowerCase() === lower);
    if (exact) return exact.code;
    const language = lower.split('-')[0];
    const sameLanguage = locales.find((locale) => locale.tag.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage.code;
  }
  return fallback;
}
