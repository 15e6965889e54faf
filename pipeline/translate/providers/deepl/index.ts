import { join } from 'node:path';
import { cacheDir } from '../../../cache/ContentCache.ts';
import { targetLocales } from '../../../config/loadConfig.ts';
import { UserError, fileDiagnostic } from '../../../diagnostics/diagnostic.ts';
import type { ProviderContext, TranslationProvider } from '../provider.ts';
import { loadApprovedTerms } from './approvedTerms.ts';
import { deeplProvider } from './deeplProvider.ts';
import { deeplSettings } from './deeplSettings.ts';

/** `kb translate --provider deepl`: settings from the environment (not needed for a dry run). */
export async function createDeepLProvider(context: ProviderContext): Promise<TranslationProvider> {
  const { config } = context;
  const missing = context.locales.filter((l) => !l.deepl).map((l) => l.code);
  if (missing.length > 0) {
    throw new UserError([fileDiagnostic('kb.config.ts', 'deepl/no-target-code', `${missing.join(', ')} has no DeepL target code`, 'add deepl: "<CODE>" to the locale, or leave it out with --locale')]);
  }
  return deeplProvider({
    settings: context.dryRun ? undefined : deeplSettings(context.env),
    source: config.locales.find((l) => l.code === config.sourceLocale) as (typeof config.locales)[number],
    targets: targetLocales(config),
    approvedTerms: await loadApprovedTerms(context.root),
    glossaryStateFile: join(context.root, cacheDir, 'deepl-glossary.json'),
    onWarning: context.onWarning,
  });
}
