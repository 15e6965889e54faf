import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { writeBuildOutputSync } from '../fs/writeFileAtomic.ts';
import { loadGlossary } from '../glossary/loadGlossary.ts';
import { alignedPairs } from './alignedPairs.ts';
import { learnVocabulary, type AlignedPair } from './bilingualVocabulary.ts';
import { glossaryPairs, glossarySynonymPairs } from './glossaryPairs.ts';
import { loadSiteLabels } from './siteLabels.ts';
import { tokenize } from './tokenize.ts';
import { serializeVocabulary, vocabularyLocales, vocabularyPath } from './vocabularyFile.ts';

export interface VocabularyInput {
  /** Source article ids whose store files are read. */
  articleIds: readonly string[];
  /** Category folders whose translated labels are aligned too. */
  categories: readonly string[];
}

/**
 * Learn and write each locale's vocabulary (`bot-index/vocabulary/<locale>.json`): a target
 * locale's from the translation store, the category labels and every glossary translation; the
 * source locale's from the glossary's deprecated source terms (see glossarySynonymPairs). Locales
 * are claimed one at a time from `next`, a counter threads can share (see shareVocabularies.ts).
 * `input` may still be on its way: the glossary is loaded meanwhile.
 */
export async function writeVocabularies(root: string, config: KbConfig, distDir: string, pending: VocabularyInput | Promise<VocabularyInput>, next: Int32Array<ArrayBufferLike> = new Int32Array(1)): Promise<void> {
  const sourceLabels = await loadSiteLabels(config.sourceLocale, config.sourceLocale);
  const glossary = await loadGlossary(root);
  const input = await pending;
  const tokens = new Map<string, string[]>();
  const locales = vocabularyLocales(config);
  for (let i = Atomics.add(next, 0, 1); i < locales.length; i = Atomics.add(next, 0, 1)) {
    const locale = locales[i]!;
    let pairs: AlignedPair[];
    if (locale.code === config.sourceLocale) {
      pairs = glossarySynonymPairs(glossary).map(({ source, target }) => ({ source: tokenize(source, locale.tag), target: tokenize(target, locale.tag) }));
    } else {
      const labels = { source: sourceLabels, target: await loadSiteLabels(locale.code, config.sourceLocale), categories: input.categories };
      pairs = await alignedPairs(root, config, locale.code, { articleIds: input.articleIds, labels, terms: glossaryPairs(glossary, locale.code), tokens });
    }
    writeBuildOutputSync(join(distDir, vocabularyPath(locale.code)), serializeVocabulary(locale.code, config.sourceLocale, learnVocabulary(pairs)));
  }
}

/** What the worker posts back: nothing when done, the diagnostics of a user's mistake (a broken store file). */
export type VocabularyWorkerResult = { diagnostics?: Diagnostic[] };
