import type { StepResult } from './measureStep.ts';

/** The steps that make up `npm run build`; the target is about these (generating articles is set-up). */
export const buildSteps = ['kb assemble', 'astro build', 'kb index'];

export interface Targets {
  wallSeconds: number;
  peakBytes: number;
}

export interface Summary {
  /** HTML pages in dist/. */
  htmlPages: number;
  /** Article pages: articles × locales. */
  articlePages: number;
  buildWallSeconds: number;
  buildCpuSeconds: number;
  allWallSeconds: number;
  /** Highest peak of any build step (the larger of the process and process-tree figures). */
  buildPeakBytes: number;
}

/** Totals over the measured steps. */
export function summarize(results: StepResult[], htmlPages: number, articlePages: number): Summary {
  const build = results.filter((r) => buildSteps.includes(r.name));
  return {
    htmlPages,
    articlePages,
    buildWallSeconds: sum(build.map((r) => r.wallSeconds)),
    buildCpuSeconds: sum(build.map((r) => r.cpuSeconds)),
    allWallSeconds: sum(results.map((r) => r.wallSeconds)),
    buildPeakBytes: Math.max(0, ...build.map((r) => Math.max(r.maxRssBytes, r.treeRssBytes))),
  };
}

/** The per-step table and the totals, as printed. */
export function formatReport(results: StepResult[], summary: Summary): string {
  const rows = [
    ['step', 'wall s', 'cpu s', 'max RSS MB', 'tree RSS MB'],
    ...results.map((r) => [r.name, r.wallSeconds.toFixed(1), r.cpuSeconds.toFixed(1), mb(r.maxRssBytes), mb(r.treeRssBytes)]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const astro = results.find((r) => r.name === 'astro build');
  return [
    line(rows[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    '',
    `pages built          ${summary.htmlPages} HTML pages (${summary.articlePages} article pages)`,
    `build total          ${summary.buildWallSeconds.toFixed(1)} s wall, ${summary.buildCpuSeconds.toFixed(1)} s cpu (${buildSteps.join(' + ')}), ${rate(summary.htmlPages, summary.buildWallSeconds)} pages/s`,
    ...(astro ? [`astro build alone    ${rate(summary.htmlPages, astro.wallSeconds)} pages/s`] : []),
    `all steps total      ${summary.allWallSeconds.toFixed(1)} s`,
    `build peak memory    ${mb(summary.buildPeakBytes)} MB`,
  ].join('\n');
}

/** What misses the target, one line each ([] when it is met). */
export function missedTargets(summary: Summary, targets: Targets): string[] {
  const missed: string[] = [];
  if (summary.buildWallSeconds > targets.wallSeconds) missed.push(`build took ${summary.buildWallSeconds.toFixed(1)} s, target ≤ ${targets.wallSeconds} s`);
  if (summary.buildPeakBytes > targets.peakBytes) missed.push(`build peak memory ${mb(summary.buildPeakBytes)} MB, target ≤ ${mb(targets.peakBytes)} MB`);
  return missed;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
const rate = (pages: number, seconds: number) => (seconds > 0 ? (pages / seconds).toFixed(0) : '–');
