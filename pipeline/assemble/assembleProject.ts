import { targetLocales } from '../config/loadConfig.ts';
import type { Project } from '../content/loadProject.ts';
import { TranslationStore, blockUnitsByArticle, isTranslatable, segmentSource, type MemoryUnit } from '../store/index.ts';
import { assembleLocale, type LocalizedArticle } from './assembleLocale.ts';
import { translationFromStore } from './translationFromStore.ts';

/**
 * Every published article in every locale: translated from the store where it has
 * translations, else the source as a fallback.
 */
export async function assembleProject(
  project: Project,
  doNotTranslate: readonly string[],
  onWarning?: (message: string) => void,
): Promise<LocalizedArticle[]> {
  const { config, root } = project;
  const translatable = project.articles.filter(isTranslatable);
  const segmented = new Map(translatable.map((a) => [a.id, segmentSource(a, config.sourceLocale, doNotTranslate)]));
  const targets = targetLocales(config);
  const store = TranslationStore.open(root, config);
  const stored = await store.readAll(targets.map((l) => l.code), translatable.map((a) => a.id));
  // Whole-block units kept by kb align, per locale and article.
  const blockUnits = new Map<string, Map<string, MemoryUnit[]>>();
  for (const { code } of targets) blockUnits.set(code, blockUnitsByArticle(await store.readMemory(code)));
  return config.locales.flatMap((locale) =>
    assembleLocale(project.articles, locale.code, config.sourceLocale, (article) => {
      const source = segmented.get(article.id);
      const entries = stored.get(locale.code)?.get(article.id) ?? [];
      const units = blockUnits.get(locale.code)?.get(article.id) ?? [];
      // A block unit translates even where the article has no store entries, as kb status counts it.
      if (!source || (entries.length === 0 && units.length === 0)) return undefined;
      return translationFromStore(source, entries, units, locale, onWarning);
    }),
  );
}
