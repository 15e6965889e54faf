import type { LocaleConfig } from '../../../config/defineConfig.ts';

/**
 * DeepL target languages that take a formality (DeepL's /v2/languages?type=target lists them with
 * supports_formality). Kept here rather than asked for on every run: the list changes rarely, and
 * `prefer_*` degrades gracefully if DeepL adds one before this list does.
 */
const withFormality = new Set(['DE', 'ES', 'ES-419', 'FR', 'IT', 'JA', 'NL', 'PL', 'PT-BR', 'PT-PT', 'RU']);

/**
 * The `formality` to send for a locale: its register from kb.config.ts (formal → more, informal →
 * less) as `prefer_*`, which never fails a request; omitted where DeepL has no formality (ZH, AR)
 * or the locale asks for none.
 */
export function deeplFormality(locale: LocaleConfig): 'prefer_more' | 'prefer_less' | undefined {
  if (locale.formality === 'default' || !withFormality.has((locale.deepl ?? '').toUpperCase())) return undefined;
  return locale.formality === 'formal' ? 'prefer_more' : 'prefer_less';
}
