/**
 * The slice of Pagefind 1.6's browser API (`pagefind.js`, written into the bundle by the indexer)
 * this site uses. The npm package types only the Node indexing API, so these follow Pagefind's
 * documented JavaScript API for the calls we make.
 */

/** One sub-section (heading with an id) of a matching page. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** A matching page's fragment, loaded on demand by `result.data()`. */
export interface PagefindResultData {
  url: string;
  /** Plain text of the indexed part of the page; HTML is not escaped. */
  content: string;
  /** Excerpt around the matches; matched words are wrapped in `<mark>`, everything else is raw text. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
  word_count: number;
}

/** One hit: cheap (an id and a score) until `data()` fetches its fragment. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** What our search logic needs from a Pagefind instance; the browser and Node tests both provide it. */
export interface SearchEngine {
  search: (term: string) => Promise<PagefindResponse | null>;
}

/** Options of one `search()` call that we use. */
export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

/** Options accepted by `createInstance()` and `mergeIndex()` that we set. */
export interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  excerptLength?: number;
  /** Search on the main thread: our indexes are tiny, and the worker script would cost an extra download. */
  noWorker?: boolean;
  /** A filter added to every page of this index, to tell merged indexes apart. */
  mergeFilter?: Record<string, string[]>;
  /** For `mergeIndex`: the language index to load from the merged bundle. */
  language?: string;
}

/** An instance returned by `createInstance()` in pagefind.js. */
export interface PagefindInstance {
  init: () => Promise<void>;
  /** `null` runs a filter-only search: every page of the index. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
  mergeIndex: (bundleUrl: string, options: PagefindOptions) => Promise<void>;
}

/** The module `pagefind.js` exports. */
export interface PagefindModule {
  createInstance: (options: PagefindOptions) => PagefindInstance;
}
