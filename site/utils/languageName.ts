/** The name of a locale's language in that language, as it reads mid-sentence: `pt-BR` → `português`, `de` → `Deutsch`. */
export function languageName(tag: string): string {
  // The bare language subtag gives the plain name ("español", not "español de América Latina") the notices need.
  const language = new Intl.Locale(tag).language;
  return new Intl.DisplayNames([tag], { type: 'language' }).of(language) ?? language;
}
