import { createDeepLProvider } from './deepl/index.ts';
import { pseudoProvider } from './pseudo.ts';
import type { ProviderContext, TranslationProvider } from './provider.ts';

export type { ProviderContext, TranslationProvider } from './provider.ts';

/** Builds a provider for one run (reading credentials, checking the config). */
export type ProviderFactory = (context: ProviderContext) => Promise<TranslationProvider>;

/** Providers by the name `kb translate --provider` takes; `none` leaves unmatched segments untranslated. */
export const providers: Readonly<Record<string, ProviderFactory | undefined>> = {
  none: undefined,
  pseudo: async () => pseudoProvider,
  deepl: createDeepLProvider,
};
