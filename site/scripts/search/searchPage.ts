/**
 * The search page's browser code (`/<locale>/search/?q=…`): reads the query from the URL, searches
 * the reader's language with query relaxation, and — when that finds little — offers to search the
 * English originals of articles not yet translated, the query translated into English with the
 * locale's bilingual vocabulary (searchOriginals.ts). The English index loads only when the reader
 * asks: merged in automatically it would push a first search to ~150 KB (measured with
 * `bench:search`), over the budget, for results many readers do not want. The DOM here is a thin
 * shell; the search itself is `searchSite` and `openSearch`, which `bench:search` runs in Node.
 */
import type { PageNotice } from '../../../pipeline/assemble/pageStatus.ts';
import type { BilingualVocabulary } from '../../../pipeline/bot/bilingualVocabulary.ts';
import { formatMessage, formatPlural } from './formatMessage.ts';
import { openSearch, type SiteSearch } from './openSearch.ts';
import type { PagefindModule } from './pagefindTypes.ts';
import { excerptSegments, loadResultItems, type ResultItem } from './resultItems.ts';
import { fetchVocabulary, searchOriginals } from './searchOriginals.ts';
import { searchSite, type SiteHit } from './searchSite.ts';

/** Strings the page shows, already in the reader's language (plural forms keyed by Intl category). */
export interface SearchStrings {
  resultsFor: string;
  resultCount: Record<string, string>;
  noResults: string;
  loading: string;
  empty: string;
  error: string;
  relaxedNote: string;
  more: string;
  sourceNone: string;
  /** The label of a result whose page gives this notice (a machine translation, partly outdated, …). */
  notices: Record<PageNotice, string>;
}

/** Everything the page needs from the build, embedded as JSON in `#search-config`. */
export interface SearchPageConfig {
  /** BCP 47 tag of the page (`<html lang>`). */
  lang: string;
  locale: string;
  sourceLang: string;
  bundlePath: string;
  /** Null on the source-language page. */
  sourceBundlePath: string | null;
  hasLocaleIndex: boolean;
  /** Ids of articles whose copy in this locale is the untranslated original: the only ones offered "in English". */
  untranslated: string[];
  /** Those of them published in English only (`translate: false`), labelled so rather than "not translated yet". */
  sourceOnly: string[];
  /** The locale's bilingual vocabulary (`kb bot`), which translates the query for the English originals; null on the source-language page. */
  vocabularyUrl: string | null;
  /** Category folder → label in the reader's language. */
  categories: Record<string, string>;
  strings: SearchStrings;
}

/** Results shown per batch; each one costs a fragment download. */
const pageSize = 8;
/** Below this many results in the reader's language, searching the English originals is offered. */
const fewResults = 3;
const sourceLimit = 5;
const typingDelayMs = 250;

/** Wire up the search page: call once, after the DOM is parsed. */
export function startSearchPage(): void {
  const config = JSON.parse(byId('search-config').textContent ?? '{}') as SearchPageConfig;
  const form = byId('search-form') as HTMLFormElement;
  const input = byId('search-input') as HTMLInputElement;
  const ui = {
    summary: byId('search-summary'),
    status: byId('search-status'),
    note: byId('search-note'),
    list: byId('search-results'),
    more: byId('search-more') as HTMLButtonElement,
    source: byId('search-source'),
    sourceButton: byId('search-source-button') as HTMLButtonElement,
    sourceStatus: byId('search-source-status'),
    sourceList: byId('search-source-results'),
  };
  const { strings, lang } = config;
  let engines: Promise<SiteSearch> | undefined;
  let vocabulary: Promise<BilingualVocabulary | null> | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let remaining: SiteHit[] = [];
  let lastQuery = '';

  const open = (): Promise<SiteSearch> => {
    engines ??= (import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`) as Promise<PagefindModule>).then((pagefind) =>
      openSearch(pagefind, {
        bundleUrl: config.bundlePath,
        sourceBundleUrl: config.sourceBundlePath,
        sourceLang: config.sourceLang,
        hasLocaleIndex: config.hasLocaleIndex,
        pagefindOptions: { excerptLength: 24 },
      }),
    );
    return engines;
  };

  const run = async (query: string): Promise<void> => {
    lastQuery = query;
    const current = ++generation;
    const stale = (): boolean => current !== generation;
    reset();
    // Browser tests and the byte benchmark wait for `done`.
    ui.status.dataset.state = 'loading';
    if (!query.trim()) {
      ui.status.textContent = strings.empty;
      ui.status.dataset.state = 'done';
      return;
    }
    ui.summary.textContent = formatMessage(strings.resultsFor, { query }, lang);
    ui.status.textContent = strings.loading;
    try {
      const search = await open();
      const local = search.locale ? await searchSite(search.locale, query, { lang }) : null;
      if (stale()) return;
      const hits = local?.hits ?? [];
      ui.status.textContent = hits.length ? formatPlural(strings.resultCount, hits.length, lang) : formatMessage(strings.noResults, { query }, lang);
      if (local?.relaxed) show(ui.note, strings.relaxedNote);
      remaining = hits;
      await showMore(stale);
      // Offer the originals when the reader's language has little: few pages, or none with every term.
      if (search.source && (hits.length < fewResults || local?.relaxed) && !stale()) ui.source.hidden = false;
    } catch (error) {
      if (stale()) return;
      ui.status.textContent = strings.error;
      console.error('search failed', error);
    }
    if (!stale()) ui.status.dataset.state = 'done';
  };

  const showMore = async (stale: () => boolean): Promise<void> => {
    const batch = remaining.slice(0, pageSize);
    remaining = remaining.slice(pageSize);
    const items = await loadResultItems(batch, { limit: pageSize });
    if (stale()) return;
    ui.list.append(...items.map((item) => resultElement(item, config)));
    ui.more.hidden = remaining.length === 0;
  };

  const showSource = async (query: string): Promise<void> => {
    const current = generation;
    const stale = (): boolean => current !== generation;
    const source = (await open()).source;
    if (!source) return;
    ui.sourceButton.disabled = true;
    ui.sourceStatus.textContent = strings.loading;
    ui.sourceStatus.dataset.state = 'loading';
    try {
      // The vocabulary loads with the English index, on the same click, and only once.
      vocabulary ??= config.vocabularyUrl ? fetchVocabulary(config.vocabularyUrl) : Promise.resolve(null);
      const [engine, words] = await Promise.all([source(), vocabulary]);
      const items = await searchOriginals(engine, query, { lang, sourceLang: config.sourceLang, untranslated: config.untranslated, vocabulary: words, limit: sourceLimit });
      if (stale()) return;
      ui.sourceStatus.textContent = items.length ? formatPlural(strings.resultCount, items.length, lang) : strings.sourceNone;
      // Link to this locale's copy: the English text, inside the reader's own navigation.
      ui.sourceList.append(
        ...items.map((item) => {
          const notice = config.sourceOnly.includes(item.articleId) ? 'source-only' : 'fallback';
          return resultElement({ ...item, url: `/${config.locale}/${item.articleId}/`, notices: [notice] }, config, config.sourceLang);
        }),
      );
    } catch (error) {
      if (stale()) return;
      ui.sourceStatus.textContent = strings.error;
      console.error('search failed', error);
    }
    if (!stale()) ui.sourceStatus.dataset.state = 'done';
  };

  function reset(): void {
    remaining = [];
    ui.summary.textContent = '';
    ui.note.hidden = true;
    ui.list.replaceChildren();
    ui.more.hidden = true;
    ui.source.hidden = true;
    ui.sourceButton.disabled = false;
    ui.sourceStatus.textContent = '';
    ui.sourceList.replaceChildren();
  }

  const submit = (query: string): void => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    carryQueryToOtherLanguages(query);
    void run(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    submit(input.value.trim());
  });
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => submit(input.value.trim()), typingDelayMs);
  };
  // While a Japanese or Chinese input method is composing, the field holds unconverted kana or
  // pinyin: search when the composition is committed, not on every keystroke inside it.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
  ui.sourceButton.addEventListener('click', () => void showSource(lastQuery));
  ui.more.addEventListener('click', () => {
    const current = generation;
    void showMore(() => current !== generation);
  });

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  carryQueryToOtherLanguages(initial);
  void run(initial);
}

/** The language switcher's links are static; on the search page they should keep the query. */
function carryQueryToOtherLanguages(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[hreflang]')) {
    const url = new URL(link.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    link.href = url.pathname + url.search;
  }
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element;
}

function show(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = false;
}

/** One result: title link, category and notice labels, excerpt with highlighted words (text nodes only, never HTML). */
function resultElement(item: ResultItem, config: SearchPageConfig, lang?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  if (lang) li.lang = lang;
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.title;
  const heading = document.createElement('h3');
  heading.append(link);
  const category = document.createElement('p');
  category.className = 'search-result-category';
  category.textContent = config.categories[item.articleId.split('/')[0]!] ?? '';
  for (const notice of item.notices) {
    const label = document.createElement('span');
    label.className = `badge search-result-label search-result-label-${notice}`;
    label.textContent = config.strings.notices[notice];
    category.append(' ', label);
  }
  if (lang) category.lang = config.lang;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  for (const segment of excerptSegments(item.excerpt)) {
    if (!segment.marked) excerpt.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    }
  }
  li.append(heading, category, excerpt);
  return li;
}
