import type { KbConfig } from '../config/defineConfig.ts';
import { readFileSync } from 'node:fs';
// Not the store's index module: that loads the segmenter and the Markdown parser, which the worker does not need.
import { TranslationStore } from '../store/TranslationStore.ts';
import { scanStoreTexts, type StoreTexts } from '../store/scanStoreTexts.ts';
import { articleStoreFile, inRoot } from '../store/storePaths.ts';
import type { AlignedPair } from './bilingualVocabulary.ts';
import type { SiteLabels } from './siteLabels.ts';
import { tokenizeAll } from './tokenize.ts';

/** Placeholders of the store's text (`{1}…{/1}`, `{2}`): markup, not words. */
const placeholder = /\{\/?\d+\}/g;

export interface PairSources {
  /** Article ids whose store files are read. */
  articleIds: readonly string[];
  /** UI labels of the source locale and of the locale (category names are translated there). */
  labels?: { source: SiteLabels; target: SiteLabels; categories: readonly string[] };
  /** Glossary pairs (source term, locale term): see glossaryPairs. */
  terms?: readonly { source: string; target: string }[];
  /** Tokens of source-language texts already seen: shared across locales, whose source side repeats. */
  tokens?: Map<string, string[]>;
}

/**
 * The aligned text of one locale, tokenized for learning a vocabulary: every current store
 * segment with a target (titles and descriptions included), category labels, and glossary pairs
 * (counted three times: a terminologist vouched for them).
 */
export async function alignedPairs(root: string, config: KbConfig, locale: string, sources: PairSources): Promise<AlignedPair[]> {
  const tag = config.locales.find((l) => l.code === locale)?.tag ?? locale;
  const sourceTag = config.locales.find((l) => l.code === config.sourceLocale)?.tag ?? config.sourceLocale;
  // A sentence repeated across articles is one pair with a weight: tokenized and learnt once.
  const weights = new Map<string, Map<string, number>>();
  const add = (target: string, source: string, weight = 1): void => {
    let bySource = weights.get(target);
    if (!bySource) weights.set(target, (bySource = new Map()));
    bySource.set(source, (bySource.get(source) ?? 0) + weight);
  };
  const store = TranslationStore.open(root, config);
  for (const entry of await storeTexts(root, store, locale, sources.articleIds)) {
    if (entry.target !== undefined && !entry.outdated) add(entry.target, entry.source);
  }
  for (const unit of await store.readMemory(locale)) add(unit.target, unit.source);
  const labels = sources.labels;
  if (labels) for (const folder of labels.categories) add(labels.target.category(folder), labels.source.category(folder), 2);
  for (const term of sources.terms ?? []) add(term.target, term.source, 3);

  const targetTokens = tokensOf([...weights.keys()], tag, new Map());
  const sourceTokens = tokensOf([...new Set([...weights.values()].flatMap((bySource) => [...bySource.keys()]))], sourceTag, sources.tokens ?? new Map());
  const pairs: AlignedPair[] = [];
  for (const [target, bySource] of weights) {
    for (const [source, weight] of bySource) pairs.push({ target: targetTokens.get(target)!, source: sourceTokens.get(source)!, weight });
  }
  return pairs;
}

/** Tokens of each text (placeholders dropped), the ones not in `known` tokenized together and added to it. */
function tokensOf(texts: readonly string[], lang: string, known: Map<string, string[]>): Map<string, string[]> {
  const unknown = texts.filter((text) => !known.has(text));
  tokenizeAll(unknown.map((text) => text.replace(placeholder, ' ')), lang).forEach((tokens, i) => known.set(unknown[i]!, tokens));
  return known;
}

/**
 * The entries' texts of the articles' store files in a locale: scanned when a file is in the
 * serializer's layout (nearly always), parsed otherwise — so a broken file is still a UserError
 * that lists every broken file.
 */
async function storeTexts(root: string, store: TranslationStore, locale: string, articleIds: readonly string[]): Promise<StoreTexts[]> {
  const byArticle = new Map<string, StoreTexts[] | undefined>();
  for (const id of articleIds) {
    const text = readSyncIfExists(inRoot(root, articleStoreFile(locale, id)));
    if (text !== undefined) byArticle.set(id, scanStoreTexts(text));
  }
  const unscanned = [...byArticle].filter(([, texts]) => texts === undefined).map(([id]) => id);
  for (const [id, entries] of (await store.readAll([locale], unscanned)).get(locale) ?? []) {
    byArticle.set(id, entries.map((entry) => ({ source: entry.source, ...(entry.target === undefined ? {} : { target: entry.target }), outdated: entry.outdated === true })));
  }
  return [...byArticle.values()].flatMap((texts) => texts ?? []);
}

/**
 * A file's text, or undefined when there is none. Synchronous: vocabularies are learnt on their
 * own worker thread, where thousands of small reads are cheaper without a promise each.
 */
function readSyncIfExists(path: string): string | undefined {
  try {
    return readFileSync(path).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
