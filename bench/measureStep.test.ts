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

describe('measureStep', () => {
  it('measures a child that holds 200 MB, keeps its output and exit code', async () => {
    const logFile = join(dir, 'step.log');
    const hold = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log("held", b.length); setTimeout(() => process.exit(3), 300);';
    const result = await measureStep({ name: 'hold', command: process.execPath, args: ['-e', hold], cwd: dir, logFile });
    expect(result.exitCode).toBe(3);
    expect(result.maxRssBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(result.treeRssBytes).toBeGreaterThanOrEqual(result.maxRssBytes);
    expect(result.wallSeconds).toBeGreaterThan(0.3);
    expect(result.cpuSeconds).toBeGreaterThan(0);
    expect(await readFile(logFile, 'utf8')).toContain(`held ${200 * 1024 * 1024}`);
  });
  it('counts the CPU time of a helper process that is killed without being reaped', async () => {
    // Like Pagefind's binary: GNU time never sees this grandchild's CPU time.
    const busy = `const t = Date.now(); while (Date.now() - t < 1500);`;
    const parent = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(busy)}], { stdio: 'ignore' }); setTimeout(() => { c.kill('SIGKILL'); process.exit(0); }, 1000);`;
    const result = await measureStep({ name: 'helper', command: process.execPath, args: ['-e', parent], cwd: dir, logFile: join(dir, 'helper.log') });
    expect(result.cpuSeconds).toBeGreaterThan(0.6);
  });
});
