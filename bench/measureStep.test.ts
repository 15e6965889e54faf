import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureStep, parseTimeOutput } from './measureStep.ts';

const dir = await mkdtemp(join(tmpdir(), 'kb-measure-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parseTimeOutput', () => {
  it('reads wall time, peak RSS and CPU time, also after a non-zero exit note', () => {
    expect(parseTimeOutput('12.34 204800 10.5 1.25\n')).toEqual({ elapsedSeconds: 12.34, maxRssKb: 204800, cpuSeconds: 11.75 });
    expect(parseTimeOutput('Command exited with non-zero status 3\n0.50 1024 0.20 0.05\n').maxRssKb).toBe(1024);
  });
  it('refuses output it does not understand', () => {
    expect(() => parseTimeOutput('time: cannot run foo')).toThrow(/unexpected/);
  });
});

// Wall time, CPU time and peak memory are checked by the benchmark itself (checkMeasurement.ts), where load cannot make a unit run flaky.
describe('measureStep', () => {
  it("keeps the step's output and exit code", async () => {
    const logFile = join(dir, 'step.log');
    const result = await measureStep({ name: 'exit', command: process.execPath, args: ['-e', 'console.log("held"); console.error("warned"); process.exit(3)'], cwd: dir, logFile });
    expect(result).toMatchObject({ name: 'exit', exitCode: 3 });
    const log = await readFile(logFile, 'utf8');
    expect(log).toContain('held');
    expect(log).toContain('warned');
  });
});
