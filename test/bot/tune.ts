/**
 * `node test/bot/tune.ts [--dist dist] [--trace]` — the TUNE questions of questions.jsonl asked in
 * this process (settings from botRetriever.ts), with each one's top articles, best-chunk score and
 * no-answer bar, for choosing settings. It never reads the held-out questions' results.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../../kb.config.ts';
import { defaultSettings } from '../../pipeline/bot/botRetriever.ts';
import { loadRetriever } from '../../pipeline/bot/loadRetriever.ts';
import { resolveLocale } from '../../pipeline/bot/resolveLocale.ts';
import { botMetrics, type LabelledQuestion } from './botMetrics.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, trace: { type: 'boolean', default: false }, set: { type: 'string', default: '{}' } } });
const settings = { ...defaultSettings, ...(JSON.parse(values.set) as Partial<typeof defaultSettings>) };
const questions = (await readFile(join(import.meta.dirname, 'questions.jsonl'), 'utf8'))
  .split('\n').filter(Boolean).map((line) => JSON.parse(line) as LabelledQuestion)
  .filter((q) => q.split === 'tune');
const retriever = await loadRetriever(join(import.meta.dirname, '../..', values.dist), config, settings);
const results = questions.map((question) => {
  const locale = resolveLocale(config.locales, question.locale)?.code ?? question.locale;
  const ranked = retriever.ask(question.question, locale, 10).map((h) => h.article_id);
  if (values.trace) {
    const { ranked: all, weight, bar } = retriever.explain(question.question, locale);
    const rank = question.expected ? all.findIndex((a) => a.article_id === question.expected) + 1 : 0;
    const top = all[0];
    // `w` marks an answer the no-answer bar withholds: `w1` ranks the right article first but answers nothing.
    const withheld = (top?.chunkScore ?? 0) < bar ? 'w' : 'r';
    const mark = question.expected === null ? 'UN ' : rank === 1 && withheld === 'r' ? 'ok ' : `${withheld}${rank} `;
    console.log(`${mark} ${question.id.padEnd(9)} top ${(top?.chunkScore ?? 0).toFixed(2).padStart(6)} bar ${bar.toFixed(2).padStart(6)} ratio ${((top?.chunkScore ?? 0) / bar).toFixed(2)} W ${weight.toFixed(1)} margin ${((top?.score ?? 0) / (all[1]?.score ?? 1)).toFixed(2)} ${top?.article_id ?? '-'} | ${question.question.slice(0, 70)}`);
  }
  return { question, ranked, locale };
});
if (!values.trace) process.stdout.write(`${values.set} `);
const fmt = (x: number): string => (Number.isNaN(x) ? '    –' : x.toFixed(2).padStart(5));
for (const locale of values.trace ? [...config.locales.map((l) => l.code), 'all'] : ['en', 'all']) {
  const mine = locale === 'all' ? results : results.filter((r) => r.locale === locale);
  const m = botMetrics(mine);
  console.log(`${locale.padEnd(6)} r@1 ${fmt(m.recallAt1)} r@5 ${fmt(m.recallAt5)} mrr ${fmt(m.mrrAt10)} empty@un ${fmt(m.emptyWhenUnanswerable)}`);
}
