import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';

/** What one benchmark step cost. */
export interface StepResult {
  name: string;
  wallSeconds: number;
  /** Peak resident memory of the largest single process of the step (GNU time's %M, getrusage). */
  maxRssBytes: number;
  /** Peak of the summed resident memory of the step's whole process tree, sampled every 100 ms. */
  treeRssBytes: number;
  /** User + system CPU time of the step's processes; unlike wall time, barely affected by other load on the machine. */
  cpuSeconds: number;
  exitCode: number;
}

export interface StepCommand {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** Where the step's stdout and stderr go. */
  logFile: string;
  env?: NodeJS.ProcessEnv;
}

const timeBinary = '/usr/bin/time';
const sampleMs = 100;
// Linux's USER_HZ and page size on the platforms this runs on (x86-64 and arm64 builds alike).
const clockTicksPerSecond = 100;
const pageSize = 4096;

/**
 * Run one step as a child process under GNU time, and sample its process tree meanwhile: getrusage
 * alone reports the largest process, not a parent and its helper binary (Pagefind) together.
 */
export async function measureStep(step: StepCommand): Promise<StepResult> {
  const timeFile = `${step.logFile}.time`;
  const log = createWriteStream(step.logFile);
  const started = performance.now();
  const child = spawn(timeBinary, ['-f', '%e %M %U %S', '-o', timeFile, step.command, ...step.args], {
    cwd: step.cwd,
    env: step.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let treeRssBytes = 0;
  // Latest CPU ticks seen per process: a helper binary the step's process starts and kills without
  // reaping (Pagefind's) is missing from GNU time's figure.
  const ticksByPid = new Map<number, number>();
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    void sampleProcessTree(child.pid).then((sample) => {
      treeRssBytes = Math.max(treeRssBytes, sample.rssBytes);
      for (const [pid, ticks] of sample.cpuTicks) ticksByPid.set(pid, Math.max(ticks, ticksByPid.get(pid) ?? 0));
    });
  }, sampleMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise<void>((resolve) => log.end(resolve));
  const { maxRssKb, cpuSeconds } = parseTimeOutput(await readFile(timeFile, 'utf8'));
  await rm(timeFile, { force: true });
  const maxRssBytes = maxRssKb * 1024;
  const sampledCpuSeconds = [...ticksByPid.values()].reduce((a, b) => a + b, 0) / clockTicksPerSecond;
  return {
    name: step.name,
    wallSeconds,
    maxRssBytes,
    treeRssBytes: Math.max(treeRssBytes, maxRssBytes),
    cpuSeconds: Math.max(cpuSeconds, sampledCpuSeconds),
    exitCode,
  };
}

/** Read GNU time's `-f '%e %M %U %S'` line (after any "Command exited with non-zero status" line). */
export function parseTimeOutput(text: string): { elapsedSeconds: number; maxRssKb: number; cpuSeconds: number } {
  const line = text.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) throw new Error(`unexpected ${timeBinary} output: ${JSON.stringify(text)}`);
  return { elapsedSeconds: Number(match[1]), maxRssKb: Number(match[2]), cpuSeconds: Number(match[3]) + Number(match[4]) };
}

/** Summed resident memory of `pid` and all its descendants, and each one's CPU ticks so far (nothing once it has exited). */
export async function sampleProcessTree(pid: number): Promise<{ rssBytes: number; cpuTicks: Map<number, number> }> {
  let rssBytes = 0;
  const cpuTicks = new Map<number, number>();
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    const statm = await readFile(`/proc/${current}/statm`, 'utf8').catch(() => '');
    rssBytes += Number(statm.split(' ')[1] ?? 0) * pageSize;
    const stat = await readFile(`/proc/${current}/stat`, 'utf8').catch(() => '');
    // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 12) cpuTicks.set(current, Number(fields[11]) + Number(fields[12]));
    pending.push(...(await childrenOf(current)));
  }
  return { rssBytes, cpuTicks };
}

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const id of text.trim().split(/\s+/)) if (id) children.push(Number(id));
  }
  return children;
}
