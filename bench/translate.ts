/**
 * `npm run bench:translate [-- --articles N] [--keep]` — `kb translate` on N synthetic articles
 * (default 1,000) × 7 target locales: a cold run with the pseudo provider fills the store, then a
 * warm run (nothing changed) must do no work. Target: the warm run ≤ 10 s. Each run is a separate
 * `kb` process, measured with wall time and peak memory like a user would see it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './generateContent.ts';
import { measureStep, type StepResult } from './measureStep.ts';

const repoRoot = join(import.meta.dirname, '..');
const warmTargetSeconds = 10;

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean' } } });
const count = Number(values.articles);
const dir = await mkdtemp(join(tmpdir(), 'kb-bench-translate-'));
await writeFile(join(dir, 'kb.config.ts'), `export { default } from ${JSON.stringify(join(repoRoot, 'kb.config.ts'))};\n`);
await writeSyntheticContent(dir, count);

const kb = (name: string, ...args: string[]) =>
  measureStep({ name, command: process.execPath, args: [join(repoRoot, 'bin/kb.mjs'), 'translate', '--root', dir, ...args], cwd: dir, logFile: join(dir, `${name.replace(/\W+/g, '-')}.log`) });

const results: StepResult[] = [];
for (const [name, args] of [
  ['cold: pseudo MT of everything', ['--provider', 'pseudo', '--json']],
  ['warm: nothing changed', ['--json']],
] as const) {
  const result = await kb(name, ...args);
  results.push(result);
  if (result.exitCode !== 0) {
    console.error(await readFile(join(dir, `${name.replace(/\W+/g, '-')}.log`), 'utf8'));
    throw new Error(`${name} failed with exit code ${result.exitCode}`);
  }
}
const warmLog = JSON.parse((await readFile(join(dir, 'warm-nothing-changed.log'), 'utf8')).trim()) as { locales: Record<string, { new: number; unchanged: number; filesChanged: number }> };
const unchanged = Object.values(warmLog.locales).reduce((n, l) => n + l.unchanged, 0);
const redone = Object.values(warmLog.locales).reduce((n, l) => n + l.new + l.filesChanged, 0);

console.log(`kb translate — ${count} articles × ${Object.keys(warmLog.locales).length} target locales`);
console.log(`${'run'.padEnd(32)}${'wall s'.padStart(9)}${'peak MB'.padStart(10)}`);
for (const r of results) console.log(`${r.name.padEnd(32)}${r.wallSeconds.toFixed(2).padStart(9)}${(r.maxRssBytes / 2 ** 20).toFixed(0).padStart(10)}`);
console.log(`warm run: ${unchanged} segments unchanged, ${redone} redone or rewritten (want 0)`);
const warm = results[1] as StepResult;
const misses = [
  ...(warm.wallSeconds > warmTargetSeconds ? [`warm run took ${warm.wallSeconds.toFixed(1)} s (target ≤ ${warmTargetSeconds} s)`] : []),
  ...(redone > 0 ? [`warm run redid ${redone} segments or files`] : []),
];
if (values.keep) console.log(`kept ${dir}`);
else await rm(dir, { recursive: true, force: true });
if (misses.length > 0) {
  console.error(`target missed: ${misses.join('; ')}`);
  process.exitCode = 1;
} else console.log(`target met: warm run ≤ ${warmTargetSeconds} s with no work redone`);
