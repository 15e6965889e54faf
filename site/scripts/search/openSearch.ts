import type { PagefindInstance, PagefindModule, PagefindOptions, SearchEngine } from './pagefindTypes.ts';

/** Synthetic filter that tells the reader's-language hits from the merged source-language hits. */
const originFilter = 'kbIndex';

export interface OpenSearchOptions {
  /** URL of the main bundle (`/pagefind/`): one index per language, Pagefind picks `<html lang>`'s. */
  bundleUrl: string;
  /** URL of the source-language bundle, or null on a source-language page (nothing to add). */
  sourceBundleUrl: string | null;
  /** BCP 47 tag of the source language (`en`). */
  sourceLang: string;
  /** False for a locale with no indexed page yet: Pagefind would silently pick another language's index. */
  hasLocaleIndex: boolean;
  /** Passed to Pagefind; `noWorker` is always set (see pagefindTypes.ts). */
  pagefindOptions?: PagefindOptions;
}

export interface SiteSearch {
  /** Searches the reader's language; null when the locale has no index. */
  locale: SearchEngine | null;
  /** Searches the source-language originals, loading their index on first use; null when there are none to add. */
  source: (() => Promise<SearchEngine>) | null;
}

/**
 * Open the help center's search over a loaded pagefind.js module. The reader's language index is
 * the primary one. The English originals are merged into the SAME instance on demand
 * (`mergeIndex`), not loaded as a second pagefind.js: a second module would download its own
 * WebAssembly (~60 KB), while a merged index costs only its metadata and the chunks a query
 * touches. Synthetic filters (`mergeFilter`) keep the two result lists apart.
 */
export async function openSearch(pagefind: PagefindModule, options: OpenSearchOptions): Promise<SiteSearch> {
  const { bundleUrl, sourceBundleUrl, sourceLang, hasLocaleIndex } = options;
  const base: PagefindOptions = { baseUrl: '/', ...options.pagefindOptions, noWorker: true };

  if (!hasLocaleIndex) {
    if (!sourceBundleUrl) return { locale: null, source: null };
    // Only the source language is in this bundle, so it is the one Pagefind loads whatever <html lang> says.
    const instance = await create(pagefind, { ...base, basePath: sourceBundleUrl });
    const engine: SearchEngine = { search: (term) => instance.search(term) };
    return { locale: null, source: async () => engine };
  }

  const instance = await create(pagefind, { ...base, basePath: bundleUrl, mergeFilter: { [originFilter]: ['locale'] } });
  const locale = filtered(instance, 'locale');
  if (!sourceBundleUrl) return { locale, source: null };

  let merged: Promise<SearchEngine> | undefined;
  const source = (): Promise<SearchEngine> => {
    merged ??= instance
      .mergeIndex(sourceBundleUrl, { language: sourceLang, baseUrl: base.baseUrl, mergeFilter: { [originFilter]: ['source'] } })
      .then(() => filtered(instance, 'source'));
    return merged;
  };
  return { locale, source };
}

async function create(pagefind: PagefindModule, options: PagefindOptions): Promise<PagefindInstance> {
  const instance = pagefind.createInstance(options);
  await instance.init();
  return instance;
}

function filtered(instance: PagefindInstance, origin: 'locale' | 'source'): SearchEngine {
  return { search: (term) => instance.search(term, { filters: { [originFilter]: origin } }) };
}
