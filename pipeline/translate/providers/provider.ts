import type { LocaleConfig } from '../../config/defineConfig.ts';

/**
 * A machine translation service. Texts are segment texts with `{n}` / `{n}…{/n}` placeholders,
 * which must come back intact; the result has one translation per input, in order.
 */
export interface TranslationProvider {
  /** Recorded in the store as `origin: mt:<name>`. */
  name: string;
  translate(texts: string[], source: LocaleConfig, target: LocaleConfig): Promise<string[]>;
}
