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

/**
 * Run one step as a child process under GNU time, and sample its process tree meanwhile: getrusage
 * alone reports the largest process, not a parent and its helper binary (Pagefind) together.
 */
export async function measureStep(step: StepCommand): Promise<StepResult> {
  const timeFile = `${step.logFile}.time`;
  const log = createWriteStream(step.logFile);
  const started = performance.now();
  const child = spawn(timeBinary, ['-f', '%e %M', '-o', timeFile, step.command, ...step.args], {
    cwd: step.cwd,
    env: step.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let treeRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) void processTreeRss(child.pid).then((bytes) => (treeRssBytes = Math.max(treeRssBytes, bytes)));
  }, sampleMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise<void>((resolve) => log.end(resolve));
  const { maxRssKb } = parseTimeOutput(await readFile(timeFile, 'utf8'));
  await rm(timeFile, { force: true });
  const maxRssBytes = maxRssKb * 1024;
  return { name: step.name, wallSeconds, maxRssBytes, treeRssBytes: Math.max(treeRssBytes, maxRssBytes), exitCode };
}

/** Read GNU time's `-f '%e %M'` line (after any "Command exited with non-zero status" line). */
export function parseTimeOutput(text: string): { elapsedSeconds: number; maxRssKb: number } {
  const line = text.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(line.trim());
  if (!match) throw new Error(`unexpected ${timeBinary} output: ${JSON.stringify(text)}`);
  return { elapsedSeconds: Number(match[1]), maxRssKb: Number(match[2]) };
}

/** Summed resident memory of `pid` and all its descendants (0 once it has exited). */
export async function processTreeRss(pid: number): Promise<number> {
  const pageSize = 4096;
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    const statm = await readFile(`/proc/${current}/statm`, 'utf8').catch(() => '');
    total += Number(statm.split(' ')[1] ?? 0) * pageSize;
    pending.push(...(await childrenOf(current)));
  }
  return total;
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
