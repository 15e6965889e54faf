import { targetLocales } from '../config/loadConfig.ts';
import type { Project } from '../content/loadProject.ts';
import { TranslationStore, isTranslatable, segmentSource, type MemoryUnit } from '../store/index.ts';
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
  const blockUnits = new Map<string, MemoryUnit[]>();
  for (const { code } of targets) {
    for (const unit of await store.readMemory(code)) {
      if (!unit.article || !/^b\d+$/.test(unit.key ?? '')) continue;
      const key = `${code}\0${unit.article}`;
      blockUnits.set(key, [...(blockUnits.get(key) ?? []), unit]);
    }
  }
  return config.locales.flatMap((locale) =>
    assembleLocale(project.articles, locale.code, config.sourceLocale, (article) => {
      const source = segmented.get(article.id);
      const entries = stored.get(locale.code)?.get(article.id);
      if (!source || !entries?.length) return undefined;
      return translationFromStore(source, entries, blockUnits.get(`${locale.code}\0${article.id}`) ?? [], locale, onWarning);
    }),
  );
}
