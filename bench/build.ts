/**
 * Build benchmark (`npm run bench:build [-- --articles N] [--keep]`): generates N synthetic English
 * articles (default 1,000) in a temporary project, then runs each step of the build as its own
 * process — generate, translate (pseudo, when `kb translate` exists), kb assemble, astro build,
 * kb index — and prints each step's wall time and peak memory, pages built and pages/s.
 * With the default 1,000 articles (8,000 article pages in 8 locales) it exits 1 when the build
 * (assemble + astro build + index) takes more than 90 s or more than 3 GB.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import config from '../kb.config.ts';
import { commands } from '../pipeline/cli/commands/index.ts';
import { formatReport, missedTargets, summarize, type Targets } from './formatReport.ts';
import { measureStep, type StepCommand, type StepResult } from './measureStep.ts';
import { createTempProject, removeTempProject } from './tempProject.ts';

const defaultArticles = 1_000;
const targets: Targets = { wallSeconds: 90, peakBytes: 3 * 1024 ** 3 };

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { articles: { type: 'string' }, keep: { type: 'boolean' } } });
const articles = Number(values.articles ?? defaultArticles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`bench:build: --articles must be a positive whole number, not "${values.articles}"`);
  process.exit(1);
}

const dir = await createTempProject(repoRoot);
console.log(`bench:build: ${articles} articles × ${config.locales.length} locales in ${dir}`);
// Astro would otherwise try to send telemetry from every build.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
const kb = (...args: string[]) => [node, [join(repoRoot, 'bin/kb.mjs'), ...args, '--root', dir]] as const;
const plan: [string, readonly [string, readonly string[]]][] = [
  ['generate', [node, [join(repoRoot, 'bench/generateContent.ts'), '--root', dir, '--articles', String(articles)]]],
  ...('translate' in commands ? [['translate (pseudo)', kb('translate', '--provider', 'pseudo')] as [string, readonly [string, readonly string[]]]] : []),
  ['kb assemble', kb('assemble')],
  ['astro build', [node, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build']]],
  // Until `kb index` is registered, the search step's own entry point does the same work.
  ['kb index', 'index' in commands ? kb('index') : [node, [join(repoRoot, 'pipeline/search/cli.ts'), join(dir, 'dist')]]],
];
if (!('translate' in commands)) console.log('bench:build: `kb translate` is not registered yet — non-source pages are all fallbacks');

const results: StepResult[] = [];
let failed = false;
try {
  for (const [index, [name, [command, args]]] of plan.entries()) {
    const step: StepCommand = { name, command, args: [...args], cwd: dir, env, logFile: join(dir, `bench-step-${index}.log`) };
    process.stdout.write(`  ${name} … `);
    const result = await measureStep(step);
    results.push(result);
    console.log(`${result.wallSeconds.toFixed(1)} s${result.exitCode === 0 ? '' : ` — exit ${result.exitCode}, see ${step.logFile}`}`);
    if (result.exitCode !== 0) {
      failed = true;
      break;
    }
  }
  const htmlPages = failed ? 0 : await countHtml(join(dir, 'dist'));
  const summary = summarize(results, htmlPages, articles * config.locales.length);
  console.log(`\n${formatReport(results, summary)}`);
  const missed = failed ? ['a step failed'] : articles === defaultArticles ? missedTargets(summary, targets) : [];
  for (const line of missed) console.error(`bench:build: target missed — ${line}`);
  if (articles !== defaultArticles) console.log(`(targets are checked with --articles ${defaultArticles} only)`);
  process.exitCode = missed.length > 0 ? 1 : 0;
} finally {
  // A failed step keeps its logs for reading; otherwise --keep decides.
  if (values.keep || failed) console.log(`bench:build: kept ${dir}`);
  else await removeTempProject(dir);
}

async function countHtml(distDir: string): Promise<number> {
  const entries = await readdir(distDir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}
