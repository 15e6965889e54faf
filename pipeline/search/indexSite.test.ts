import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch, type SiteSearch } from '../../site/scripts/search/openSearch.ts';
import type { SearchEngine } from '../../site/scripts/search/pagefindTypes.ts';
import { searchSite } from '../../site/scripts/search/searchSite.ts';
import { loadPagefindInNode } from '../../test/search/loadPagefindInNode.ts';
import { localeBundlePath, sourceBundlePath } from './bundlePaths.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import { indexSite, type IndexSiteReport } from './indexSite.ts';

const fixture = path.resolve(import.meta.dirname, '../../test/search/fixtures/site');
let dist: string;
let report: IndexSiteReport;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'kb-search-'));
  await cp(fixture, dist, { recursive: true });
  report = await indexSite({ distDir: dist, sourceLocale: 'en', expectedLanguages: ['en', 'ja', 'zh-CN', 'de', 'ar', 'fr'] });
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

/** The search a page in `lang` opens over the temp site, as the search page does in the browser. */
async function openAs(lang: string): Promise<SiteSearch> {
  const { pagefind, url } = await loadPagefindInNode(dist, lang);
  return openSearch(pagefind, { bundleUrl: url(localeBundlePath), sourceBundleUrl: url(sourceBundlePath('en')), sourceLang: 'en', hasLocaleIndex: true });
}

/** URLs of the first `n` hits of a site search. */
async function topUrls(engine: SearchEngine, query: string, lang: string, n = 3): Promise<string[]> {
  const { hits } = await searchSite(engine, query, { lang });
  return Promise.all(hits.slice(0, n).map(async (hit) => (await hit.data()).url));
}

describe('indexSite', () => {
  it('writes one index per language with only data-pagefind-body pages', () => {
    expect(report.languages).toEqual({ ar: 3, de: 3, en: 5, ja: 3, 'zh-cn': 3 });
    expect(report.sourcePages).toBe(5);
    expect(report.missingLanguages).toEqual(['fr']);
  });

  it('keeps fallback copies and pages without data-pagefind-body out of the locale index', async () => {
    const ja = (await openAs('ja')).locale!;
    expect((await ja.search('group'))?.results).toEqual([]);
    expect((await ja.search('ヘルプセンター'))?.results).toEqual([]);
  });

  it('finds Japanese and Chinese articles from CJK queries', async () => {
    const ja = (await openAs('ja')).locale!;
    expect(await topUrls(ja, '二段階認証', 'ja', 1)).toEqual(['/ja/account/two-step-verification/']);
    const zh = (await openAs('zh-CN')).locale!;
    expect(await topUrls(zh, '密码', 'zh-CN', 1)).toEqual(['/zh-cn/account/reset-password/']);
  });

  it('answers natural questions that raw Pagefind cannot', async () => {
    const ja = (await openAs('ja')).locale!;
    const question = '4Gで通話が何度も切れるのはなぜですか';
    expect((await ja.search(question))?.results).toEqual([]);
    expect(await topUrls(ja, question, 'ja', 1)).toEqual(['/ja/calls/poor-call-quality/']);

    const en = (await openAs('en')).locale!;
    expect((await en.search('why do my calls keep dropping on 4G'))?.results).toEqual([]);
    expect(await topUrls(en, 'why do my calls keep dropping on 4G', 'en', 1)).toEqual(['/en/calls/poor-call-quality/']);
  });

  it('merges the English originals into a Japanese page\'s search, kept apart from the Japanese hits', async () => {
    const search = await openAs('ja');
    const english = await search.source!();
    expect(await topUrls(english, 'group calls 32', 'ja', 1)).toEqual(['/en/calls/group-calls/']);
    expect(await topUrls(search.locale!, 'Lumo', 'ja', 5)).toEqual(expect.arrayContaining(['/ja/account/reset-password/']));
    for (const url of await topUrls(search.locale!, 'Lumo', 'ja', 10)) expect(url).toMatch(/^\/ja\//);
  });

  it('gives a locale without an index no reader-language search, only the English originals', async () => {
    const { pagefind, url } = await loadPagefindInNode(dist, 'fr');
    const search = await openSearch(pagefind, { bundleUrl: url(localeBundlePath), sourceBundleUrl: url(sourceBundlePath('en')), sourceLang: 'en', hasLocaleIndex: false });
    expect(search.locale).toBeNull();
    expect(await topUrls(await search.source!(), 'mot de passe password', 'fr', 1)).toEqual(['/en/account/reset-password/']);
  });

  it('reports a missing build as a diagnostic', async () => {
    const missing = path.join(dist, 'no-such-dir');
    const error = await indexSite({ distDir: missing, sourceLocale: 'en', expectedLanguages: ['en'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics).toMatchObject([{ file: missing, rule: 'search/no-dist', hint: expect.stringContaining('astro build') }]);
  });
});
