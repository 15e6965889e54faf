import type { KbConfig } from '../config/defineConfig.ts';
import type { BilingualVocabulary } from './bilingualVocabulary.ts';

/** The locales that get a vocabulary: every target locale, and the source locale last (its own synonyms). */
export function vocabularyLocales(config: KbConfig): KbConfig['locales'] {
  return [...config.locales.filter((l) => l.code !== config.sourceLocale), ...config.locales.filter((l) => l.code === config.sourceLocale)];
}

/** Where a locale's vocabulary is published, relative to dist/: the bot and the site's search both load it. */
export function vocabularyPath(locale: string): string {
  return `bot-index/vocabulary/${locale}.json`;
}

/** `{ "locale", "source_locale", "terms": { term: [[source term, p], …] } }`, terms sorted. */
export interface VocabularyFile {
  locale: string;
  source_locale: string;
  terms: Record<string, [string, number][]>;
}

export function serializeVocabulary(locale: string, sourceLocale: string, vocabulary: BilingualVocabulary): string {
  const terms = Object.fromEntries([...vocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ locale, source_locale: sourceLocale, terms } satisfies VocabularyFile)}\n`;
}

export function parseVocabulary(text: string): BilingualVocabulary {
  return new Map(Object.entries((JSON.parse(text) as VocabularyFile).terms));
}
