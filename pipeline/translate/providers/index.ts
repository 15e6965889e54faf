import { pseudoProvider } from './pseudo.ts';
import type { TranslationProvider } from './provider.ts';

export type { TranslationProvider } from './provider.ts';

/** Providers by the name `kb translate --provider` takes; `none` leaves unmatched segments untranslated. */
export const providers: Readonly<Record<string, TranslationProvider | undefined>> = {
  none: undefined,
  pseudo: pseudoProvider,
};
