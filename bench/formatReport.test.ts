import { describe, expect, it } from 'vitest';
import { formatReport, missedTargets, summarize } from './formatReport.ts';
import type { StepResult } from './measureStep.ts';

const gb = 1024 ** 3;
const step = (name: string, wallSeconds: number, maxRssBytes: number, treeRssBytes = maxRssBytes): StepResult => ({ name, wallSeconds, cpuSeconds: wallSeconds * 1.5, maxRssBytes, treeRssBytes, exitCode: 0 });
const results = [step('generate', 5, 4 * gb), step('kb assemble', 10, 1 * gb), step('astro build', 50, 2 * gb), step('kb index', 20, 0.5 * gb, 1.2 * gb)];

describe('summarize', () => {
  it('counts only build steps towards the target: not generating the articles', () => {
    const summary = summarize(results, 8122, 8000);
    expect(summary.buildWallSeconds).toBe(80);
    expect(summary.buildCpuSeconds).toBe(120);
    expect(summary.allWallSeconds).toBe(85);
    expect(summary.buildPeakBytes).toBe(2 * gb);
  });
});

describe('missedTargets', () => {
  const targets = { wallSeconds: 90, peakBytes: 3 * gb };
  it('is empty when time and memory are within the target', () => {
    expect(missedTargets(summarize(results, 8122, 8000), targets)).toEqual([]);
  });
  it('names each missed target', () => {
    const slow = [...results, step('kb index', 30, 3.5 * gb)];
    expect(missedTargets(summarize(slow, 8122, 8000), targets)).toEqual(['build took 110.0 s, target ≤ 90 s', 'build peak memory 3584 MB, target ≤ 3072 MB']);
  });
});

describe('formatReport', () => {
  it('prints one row per step and the totals with pages per second', () => {
    const report = formatReport(results, summarize(results, 8122, 8000));
    expect(report).toMatch(/^astro build +50\.0 +75\.0 +2048 +2048$/m);
    expect(report).toContain('8122 HTML pages (8000 article pages)');
    expect(report).toContain('80.0 s wall, 120.0 s cpu');
    expect(report).toContain('102 pages/s');
  });
});
