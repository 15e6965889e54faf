import { readFileSync } from 'node:fs';
import config from './kb.config.ts';
import { loadRetriever } from './pipeline/bot/loadRetriever.ts';
import { defaultSettings, type RetrievalSettings } from './pipeline/bot/botRetriever.ts';
import { resolveLocale } from './pipeline/bot/resolveLocale.ts';
import { botMetrics, type LabelledQuestion } from './test/bot/botMetrics.ts';
const qs = readFileSync('test/bot/questions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion);
const split = process.argv[2] ?? 'tune';
const variants: [string, Partial<RetrievalSettings>][] = JSON.parse(process.argv[3] ?? '[["default",{}]]');
for (const [name, over] of variants) {
  const r = await loadRetriever('dist', config, { ...defaultSettings, ...over });
  const res = qs.filter((q) => q.split === split).map((q) => ({ question: q, locale: resolveLocale(config.locales, q.locale)!.code, ranked: r.ask(q.question, resolveLocale(config.locales, q.locale)!.code, 10).map((h) => h.article_id) }));
  const f = (x: number) => x.toFixed(2);
  const m = botMetrics(res), en = botMetrics(res.filter((x) => x.locale === 'en')), ot = botMetrics(res.filter((x) => x.locale !== 'en'));
  console.log(name.padEnd(30), 'en r5', f(en.recallAt5), 'mrr', f(en.mrrAt10), '| non-en r5', f(ot.recallAt5), '| all r5', f(m.recallAt5), 'mrr', f(m.mrrAt10), 'empty@un', f(m.emptyWhenUnanswerable));
}
