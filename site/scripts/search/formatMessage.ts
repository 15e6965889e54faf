/**
 * Fill a UI string on the client the way i18next fills it at build time: `{{name}}` takes a value,
 * `{{name, number}}` a number in the locale's format. The search page only needs these two forms,
 * and shipping i18next to the browser for them would cost more than the whole first search.
 */
export function formatMessage(template: string, values: Record<string, string | number>, lang: string): string {
  const numbers = new Intl.NumberFormat(lang);
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(number)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return format === 'number' && typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

/** Pick the plural form of a count (i18next's `key_one`/`key_other` suffixes) and fill it. */
export function formatPlural(forms: Record<string, string>, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  const template = forms[category] ?? forms.other ?? '';
  return formatMessage(template, { count }, lang);
}
