import { join } from 'node:path';
import { measureStep } from './measureStep.ts';

const heldBytes = 200 * 1024 * 1024;

/**
 * Measure two known workloads before a benchmark trusts `measureStep`: a child that holds 200 MB
 * for 0.3 s, and one whose helper burns 1 s of CPU and is killed without being reaped (as
 * Pagefind's binary is). Returns the figures and what came out wrong; timing checks live here, in
 * the benchmark, not in the unit tests, where machine load would make them flaky.
 */
export async function checkMeasurement(dir: string): Promise<{ figures: string; problems: string[] }> {
  const hold = `const b = Buffer.alloc(${heldBytes}, 1); setTimeout(() => process.exit(0), 300);`;
  const held = await measureStep({ name: 'hold', command: process.execPath, args: ['-e', hold], cwd: dir, logFile: join(dir, 'check-hold.log') });
  const busy = 'const t = Date.now(); while (Date.now() - t < 1500);';
  const parent = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(busy)}], { stdio: 'ignore' }); setTimeout(() => { c.kill('SIGKILL'); process.exit(0); }, 1000);`;
  const helper = await measureStep({ name: 'helper', command: process.execPath, args: ['-e', parent], cwd: dir, logFile: join(dir, 'check-helper.log') });
  const problems: string[] = [];
  if (held.maxRssBytes <= heldBytes) problems.push(`peak memory of a 200 MB process read as ${(held.maxRssBytes / 1024 ** 2).toFixed(0)} MB`);
  if (held.treeRssBytes < held.maxRssBytes) problems.push('the process tree peak is below the largest process');
  if (held.wallSeconds <= 0.3) problems.push(`wall time of a 0.3 s process read as ${held.wallSeconds.toFixed(2)} s`);
  if (helper.cpuSeconds <= 0.6) problems.push(`CPU time of an unreaped helper busy for ~1 s read as ${helper.cpuSeconds.toFixed(2)} s`);
  const figures = `200 MB holder: ${(held.maxRssBytes / 1024 ** 2).toFixed(0)} MB peak, ${held.wallSeconds.toFixed(2)} s wall; unreaped helper: ${helper.cpuSeconds.toFixed(2)} s CPU`;
  return { figures, problems };
}
