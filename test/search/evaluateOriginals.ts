/**
 * `npm run eval:search [-- --dist dist] [--verbose]` — the search page's "search the English
 * originals" offer, measured on a built site: every non-English question of
 * test/bot/questions.jsonl whose answer is an article not translated into its locale runs through
 * `searchOriginals` (the code the page runs, with the site's own pagefind.js, the English index
 * merged as the page merges it) without and with the locale's bilingual vocabulary, and prints
 * recall@1 / recall@5 of the offered originals per locale, before → after.
 * Exits 1 when the vocabulary makes recall@5 worse in any locale.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import config from '../../kb.config.ts';
import { resolveLocale } from '../../pipeline/bot/resolveLocale.ts';
import { vocabularyPath } from '../../pipeline/bot/vocabularyFile.ts';
import { localeBundlePath, sourceBundlePath } from '../../pipeline/search/bundlePaths.ts';
import { openSearch } from '../../site/scripts/search/openSearch.ts';
import type { SearchPageConfig } from '../../site/scripts/search/searchPage.ts';
import { fetchVocabulary, searchOriginals } from '../../site/scripts/search/searchOriginals.ts';
import type { LabelledQuestion } from '../bot/botMetrics.ts';
import { loadPagefindInNode } from './loadPagefindInNode.ts';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, verbose: { type: 'boolean', default: false } } });
const dist = path.resolve(args.dist);
const questionsFile = new URL('../bot/questions.jsonl', import.meta.url);
const questions = (await readFile(questionsFile, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as LabelledQuestion);
/** The page shows this many originals. */
const shown = 5;

async function pageConfig(locale: string): Promise<SearchPageConfig> {
  const html = await readFile(path.join(dist, locale, 'search', 'index.html'), 'utf8');
  const json = /<script id="search-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${locale}/search/index.html has no #search-config`);
  return JSON.parse(json) as SearchPageConfig;
}

const share = (hits: number, of: number): string => (of === 0 ? '    –' : (hits / of).toFixed(2).padStart(5));
console.log(`Non-English questions answered by an untranslated article: is it among the ${shown} English originals offered?`);
console.log('(before: the words as typed; after: translated with the bilingual vocabulary)\n');
console.log('locale    n   r@1 before → after   r@5 before → after');
const totals = { n: 0, before1: 0, after1: 0, before5: 0, after5: 0 };
const misses: string[] = [];
let worse = false;
for (const locale of config.locales.filter((l) => l.code !== config.sourceLocale)) {
  const page = await pageConfig(locale.code);
  const mine = questions.filter((q) => resolveLocale(config.locales, q.locale)?.code === locale.code && q.expected !== null && page.untranslated.includes(q.expected));
  if (mine.length === 0) continue;
  const { pagefind, url } = await loadPagefindInNode(dist, locale.tag);
  const search = await openSearch(pagefind, {
    bundleUrl: url(localeBundlePath),
    sourceBundleUrl: url(sourceBundlePath(config.sourceLocale)),
    sourceLang: page.sourceLang,
    hasLocaleIndex: page.hasLocaleIndex,
  });
  const engine = await search.source!();
  // Through the page's own loader, from the site's files, as the browser gets it.
  const vocabulary = await fetchVocabulary(url(`/${vocabularyPath(locale.code)}`));
  if (!vocabulary) throw new Error(`${vocabularyPath(locale.code)} is missing from ${dist}: run npm run build`);
  const row = { n: mine.length, before1: 0, after1: 0, before5: 0, after5: 0 };
  for (const q of mine) {
    const options = { lang: locale.tag, sourceLang: page.sourceLang, untranslated: page.untranslated, limit: shown };
    const before = (await searchOriginals(engine, q.question, options)).map((item) => item.articleId);
    const after = (await searchOriginals(engine, q.question, { ...options, vocabulary })).map((item) => item.articleId);
    row.before1 += Number(before[0] === q.expected);
    row.after1 += Number(after[0] === q.expected);
    row.before5 += Number(before.includes(q.expected!));
    row.after5 += Number(after.includes(q.expected!));
    if (!after.includes(q.expected!)) misses.push(`${q.id} "${q.question}" → ${after.slice(0, 3).join(', ') || 'nothing'} (expected ${q.expected})`);
  }
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += row[key];
  if (row.after5 < row.before5) worse = true;
  console.log(`${locale.code.padEnd(7)} ${String(row.n).padStart(3)}   ${share(row.before1, row.n)} → ${share(row.after1, row.n)}       ${share(row.before5, row.n)} → ${share(row.after5, row.n)}`);
}
console.log(`${'all'.padEnd(7)} ${String(totals.n).padStart(3)}   ${share(totals.before1, totals.n)} → ${share(totals.after1, totals.n)}       ${share(totals.before5, totals.n)} → ${share(totals.after5, totals.n)}`);
if (args.verbose) for (const miss of misses) console.log(`  miss ${miss}`);
console.log(worse ? '\neval:search: the vocabulary made recall@5 worse in a locale' : '\neval:search ok');
process.exitCode = worse ? 1 : 0;
