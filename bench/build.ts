/**
 * Build benchmark (`npm run bench:build [-- --articles N] [--keep]`): generates N synthetic English
 * articles (default 1,000) in a temporary project, then runs each step as its own process —
 * generate, kb translate (pseudo provider), kb assemble, astro build, kb index — and prints each
 * step's wall time, CPU time and peak memory, pages built and pages/s. It first measures two known
 * workloads (checkMeasurement.ts) and stops when those figures come out wrong.
 * With the default 1,000 articles (8,000 article pages in 8 locales) it exits 1 when the build
 * (assemble + astro build + index) takes more than 90 s or more than 3 GB. The temporary project
 * is deleted at the end unless --keep is given.
 */
import { rmSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../kb.config.ts';
import { formatReport, missedTargets, summarize, type Targets } from './formatReport.ts';
import { checkMeasurement } from './checkMeasurement.ts';
import { measureStep, type StepResult } from './measureStep.ts';
import { createTempProject, removeTempProject } from './tempProject.ts';

const defaultArticles = 1_000;
const targets: Targets = { wallSeconds: 90, peakBytes: 3 * 1024 ** 3 };

const repoRoot = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string' }, keep: { type: 'boolean' } } });
const articles = Number(values.articles ?? defaultArticles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`bench:build: --articles must be a positive whole number, not "${values.articles}"`);
  process.exit(1);
}

const dir = await createTempProject(repoRoot);
if (!values.keep) {
  process.once('SIGINT', () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}
console.log(`bench:build: ${articles} articles × ${config.locales.length} locales in ${dir}`);
const measurement = await checkMeasurement(dir);
console.log(`measurement self-check: ${measurement.figures}`);
for (const problem of measurement.problems) console.error(`bench:build: measurement is off — ${problem}`);
if (measurement.problems.length > 0) process.exit(1);
printLoad('before');
// Astro would otherwise try to send telemetry from every build.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
const kb = (...args: string[]): [string, string[]] => [node, [join(repoRoot, 'bin/kb.mjs'), ...args, '--root', dir]];
const plan: [string, [string, string[]]][] = [
  ['generate', [node, [join(repoRoot, 'bench/generateContent.ts'), '--root', dir, '--articles', String(articles)]]],
  // Machine-translated pages through the project's own path; articles marked translate: false stay in English (source-only copies).
  ['translate (pseudo)', kb('translate', '--provider', 'pseudo')],
  ['kb assemble', kb('assemble')],
  ['astro build', [node, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build']]],
  ['kb index', kb('index')],
];

const results: StepResult[] = [];
try {
  for (const [index, [name, [command, args]]] of plan.entries()) {
    const logFile = join(dir, `bench-step-${index}.log`);
    process.stdout.write(`  ${name} … `);
    const result = await measureStep({ name, command, args, cwd: dir, env, logFile });
    results.push(result);
    console.log(`${result.wallSeconds.toFixed(1)} s`);
    if (result.exitCode !== 0) {
      const log = (await readFile(logFile, 'utf8')).trimEnd().split('\n').slice(-30).join('\n');
      console.error(`bench:build: ${name} exited with ${result.exitCode}; the end of its output:\n${log}`);
      process.exitCode = 1;
      break;
    }
  }
  if (process.exitCode !== 1) {
    const summary = summarize(results, await countHtml(join(dir, 'dist')), articles * config.locales.length);
    console.log(`\n${formatReport(results, summary)}`);
    printLoad('after');
    if (articles === defaultArticles) {
      const missed = missedTargets(summary, targets);
      for (const line of missed) console.error(`bench:build: target missed — ${line}`);
      process.exitCode = missed.length > 0 ? 1 : 0;
    } else {
      console.log(`(the ${targets.wallSeconds} s / ${targets.peakBytes / 1024 ** 3} GB target is checked with --articles ${defaultArticles} only)`);
    }
  }
} finally {
  if (values.keep) console.log(`bench:build: kept ${dir}`);
  else await removeTempProject(dir);
}

/** Wall times only mean something on an otherwise idle machine: say how busy it was. */
function printLoad(when: string): void {
  const [oneMinute = 0] = loadavg();
  const note = oneMinute > 0.5 ? ' — other processes are using the CPU: wall times are inflated, compare cpu s' : '';
  console.log(`bench:build: load average ${when}: ${oneMinute.toFixed(2)} on ${availableParallelism()} cores${note}`);
}

async function countHtml(distDir: string): Promise<number> {
  const entries = await readdir(distDir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}
