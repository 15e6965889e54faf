import type { Project } from '../content/loadProject.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import { TranslationStore } from '../store/index.ts';
import { createDeepLProvider } from '../translate/providers/deepl/index.ts';
import { segmentedSource } from '../translate/segmentedSources.ts';
import { translateProject } from '../translate/translateProject.ts';
import type { LocaleWork } from './formatFindings.ts';
import type { SourceArticle } from './loadQaContext.ts';

/**
 * What `kb translate` would have to do, per locale, without doing it: a dry run that matches the
 * new and changed segments against the memory and prices the rest as DeepL bills it. Writes
 * nothing and calls nothing. A locale without a DeepL code is priced at 0. `sources` are the
 * project's translatable articles as `loadQaProject` segmented them, so none is segmented twice.
 */
export async function translationWork(
  project: Project,
  sources: readonly SourceArticle[],
  locales: string[],
  doNotTranslate: readonly string[],
  onWarning: (message: string) => void,
  /** Only these source files (a pull request's): the work it adds. */
  changed?: (file: string) => boolean,
): Promise<LocaleWork[]> {
  const { root, config } = project;
  const chosen = config.locales.filter((l) => locales.includes(l.code));
  const provider = await createDeepLProvider({ root, config, locales: chosen, dryRun: true, env: {}, onWarning }).catch((error: unknown) => {
    if (error instanceof UserError) return undefined;
    throw error;
  });
  const asked = sources.filter(({ article }) => !changed || changed(article.file)).map(({ article, segmented }) => segmentedSource(article, config.sourceLocale, doNotTranslate, segmented));
  const result = await translateProject(config, TranslationStore.open(root, config), asked, { locales: chosen, provider, dryRun: true, onWarning });
  return chosen.map((l) => {
    const locale = result.locales[l.code];
    if (!locale) throw new Error(`no dry-run result for ${l.code}`);
    return { locale: l.code, leverage: locale, billableCharacters: locale.wouldBill };
  });
}
