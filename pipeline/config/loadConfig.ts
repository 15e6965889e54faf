import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KbConfig } from './defineConfig.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';

/** Load `kb.config.ts` from the project root. */
export async function loadConfig(root: string): Promise<KbConfig> {
  const file = join(root, 'kb.config.ts');
  try {
    await access(file);
  } catch {
    throw new UserError([fileDiagnostic('kb.config.ts', 'config/missing', `no kb.config.ts in ${root}`, 'run kb from the project root, or pass --root')]);
  }
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: KbConfig };
    if (!module.default) throw new Error('kb.config.ts has no default export');
    return module.default;
  } catch (error) {
    throw new UserError([fileDiagnostic('kb.config.ts', 'config/invalid', (error as Error).message, 'export default defineConfig({ … })')]);
  }
}

/** The configured locale with this URL code, or a user error naming the valid codes. */
export function requireLocale(config: KbConfig, code: string, where = 'command line') {
  const locale = config.locales.find((l) => l.code === code);
  if (!locale) {
    throw new UserError([
      fileDiagnostic(where, 'locale/unknown', `unknown locale "${code}"`, `use one of ${config.locales.map((l) => l.code).join(', ')}`),
    ]);
  }
  return locale;
}

/** Target locales: every configured locale but the source. */
export function targetLocales(config: KbConfig) {
  return config.locales.filter((l) => l.code !== config.sourceLocale);
}
