/**
 * `npm run bench:bot [-- --articles N] [--keep]` — the bot feed and `kb ask` at help-center scale:
 * N synthetic articles (default 1,000) pseudo-translated into every target locale and assembled,
 * then `kb bot` (feed, vocabulary, llms.txt, Markdown twins) as its own process — target ≤ 10 s —
 * then every question of the evaluation set asked in every locale against the loaded feed, in
 * this process — target p50 ≤ 20 ms per locale once loaded and warm.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRetriever } from '../pipeline/bot/loadRetriever.ts';
import { loadConfig } from '../pipeline/config/loadConfig.ts';
import { writeSyntheticContent } from './generateContent.ts';
import { measureStep } from './measureStep.ts';
import { createTempProject, removeTempProject } from './tempProject.ts';

const repoRoot = join(import.meta.dirname, '..');
const feedTargetSeconds = 10;
const askTargetMs = 20;

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean' } } });
const count = Number(values.articles);
const dir = await createTempProject(repoRoot);
await writeSyntheticContent(dir, count);

const kb = async (name: string, ...args: string[]) => {
  const logFile = join(dir, `${name}.log`);
  const result = await measureStep({ name, command: process.execPath, args: [join(repoRoot, 'bin/kb.mjs'), ...args, '--root', dir], cwd: dir, logFile });
  if (result.exitCode !== 0) throw new Error(`kb ${args[0]} failed (exit ${result.exitCode}):\n${await readFile(logFile, 'utf8')}`);
  return result;
};
await kb('translate', 'translate', '--provider', 'pseudo', '--json');
await kb('assemble', 'assemble');
const feed = await kb('bot', 'bot', '--dist', join(dir, 'dist'));

const config = await loadConfig(dir);
const loadStart = performance.now();
const retriever = await loadRetriever(join(dir, 'dist'), config);
const loadMs = performance.now() - loadStart;
const questions = (await readFile(join(repoRoot, 'test/bot/questions.jsonl'), 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { question: string }).question);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const rows = config.locales.map(({ code }) => {
  const warmStart = performance.now();
  retriever.warm(code);
  const warmMs = performance.now() - warmStart;
  const times = questions.map((question) => {
    const start = performance.now();
    retriever.ask(question, code, 5);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { code, warmMs, p50: percentile(times, 50), p95: percentile(times, 95) };
});

console.log(`kb bot — ${count} articles × ${config.locales.length} locales`);
console.log(`feed: ${feed.wallSeconds.toFixed(2)} s wall, ${feed.cpuSeconds.toFixed(2)} s CPU, ${(feed.maxRssBytes / 2 ** 20).toFixed(0)} MB peak (target ≤ ${feedTargetSeconds} s)`);
console.log(`load: ${loadMs.toFixed(0)} ms; ${questions.length} questions asked per locale`);
console.log(`${'locale'.padEnd(8)}${'warm ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
for (const r of rows) console.log(`${r.code.padEnd(8)}${r.warmMs.toFixed(0).padStart(9)}${r.p50.toFixed(2).padStart(9)}${r.p95.toFixed(2).padStart(9)}`);

const misses = [
  ...(feed.wallSeconds > feedTargetSeconds ? [`feed took ${feed.wallSeconds.toFixed(1)} s (target ≤ ${feedTargetSeconds} s)`] : []),
  ...rows.filter((r) => r.p50 > askTargetMs).map((r) => `${r.code} p50 ${r.p50.toFixed(1)} ms (target ≤ ${askTargetMs} ms)`),
];
if (values.keep) console.log(`kept ${dir}`);
else await removeTempProject(dir);
if (misses.length > 0 && count >= 1000) {
  console.error(`target missed: ${misses.join('; ')}`);
  process.exitCode = 1;
} else if (misses.length === 0) console.log(`targets met: feed ≤ ${feedTargetSeconds} s, kb ask p50 ≤ ${askTargetMs} ms in every locale`);
