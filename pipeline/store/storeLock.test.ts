import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { withLock, type LockOwner } from './storeLock.ts';

let root: string;
let lockPath: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-lock-'));
  lockPath = join(root, 'content', 'translations', '.lock');
});

/** The UserError a call failed with, formatted, or a failure when it did not fail that way. */
async function userError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.diagnostics.map(formatDiagnostic).join('\n');
}

async function writeLock(owner: Partial<LockOwner>): Promise<void> {
  await mkdir(join(root, 'content', 'translations'), { recursive: true });
  await writeFile(lockPath, JSON.stringify({ hostname: hostname(), startedAt: '2026-11-20T10:00:00.000Z', command: 'kb translate', token: 'feedfacefeedface', ...owner }));
}

/** Start a process that exits at once, and return its pid once it is gone. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('withLock', () => {
  it('holds a lock file naming this process while fn runs, and removes it after', async () => {
    const result = await withLock(root, async () => {
      const owner = JSON.parse(await readFile(lockPath, 'utf8')) as LockOwner;
      expect(owner).toMatchObject({ pid: process.pid, hostname: hostname() });
      expect(new Date(owner.startedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      return 42;
    });
    expect(result).toBe(42);
    expect(await readdir(join(root, 'content', 'translations'))).toEqual([]);
  });

  it('releases the lock when fn throws', async () => {
    await expect(withLock(root, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withLock(root, async () => 'again')).resolves.toBe('again');
  });

  it('lets only one of two overlapping runs in this process hold the lock', async () => {
    const runs = await Promise.allSettled([withLock(root, () => new Promise((r) => setTimeout(r, 50))), withLock(root, () => new Promise((r) => setTimeout(r, 50)))]);
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = runs.find((r) => r.status === 'rejected');
    expect(failure?.status === 'rejected' && failure.reason instanceof UserError).toBe(true);
  });

  it('refuses while another live process holds it, then takes over once that process died', async () => {
    const script = `import { withLock } from ${JSON.stringify(join(import.meta.dirname, 'storeLock.ts'))};
      await withLock(${JSON.stringify(root)}, () => { console.log('locked'); return new Promise(() => setInterval(() => {}, 1000)); });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        child.on('exit', (code) => reject(new Error(`lock holder exited early with ${code}`)));
      });
      const message = await userError(withLock(root, async () => 'never'));
      expect(message).toContain(`content/translations/.lock:1:1  store/locked  the translation store is in use by pid ${child.pid} on ${hostname()}`);
      expect(message).toContain('if it is no longer running, delete content/translations/.lock');
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    // The killed run never released its lock: the next run finds it stale and takes it over.
    const warnings: Diagnostic[] = [];
    await expect(withLock(root, async () => 'took over', { onWarning: (w) => warnings.push(w) })).resolves.toBe('took over');
    expect(warnings.map(formatDiagnostic)).toEqual([expect.stringContaining(`store/stale-lock  took over the lock of pid ${child.pid}`)]);
    expect(await readdir(join(root, 'content', 'translations'))).toEqual([]);
  });

  it('takes over a lock whose pid is gone on this host', async () => {
    const pid = await deadPid();
    await writeLock({ pid });
    const warnings: Diagnostic[] = [];
    await withLock(root, async () => {
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    }, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', rule: 'store/stale-lock' });
  });

  it('takes over a lock with this pid but another token, left by an earlier run in a container', async () => {
    await writeLock({ pid: process.pid });
    const warnings: Diagnostic[] = [];
    await expect(withLock(root, async () => 'ok', { onWarning: (w) => warnings.push(w) })).resolves.toBe('ok');
    expect(warnings.map((w) => w.rule)).toEqual(['store/stale-lock']);
  });

  it('never takes over a lock from another host, whose process it cannot check', async () => {
    await writeLock({ pid: await deadPid(), hostname: 'build-agent-7' });
    expect(await userError(withLock(root, async () => 'never'))).toContain('in use by pid');
    expect(await readFile(lockPath, 'utf8')).toContain('build-agent-7');
  });

  it('refuses when the lock file cannot be read, and leaves it for a person to judge', async () => {
    await writeLock({});
    await writeFile(lockPath, '');
    expect(await userError(withLock(root, async () => 'never'))).toContain('in use by a run whose lock file cannot be read');
    expect(await readFile(lockPath, 'utf8')).toBe('');
  });

  it('is never held by two runs at once when several take over the same stale lock', async () => {
    const log = join(root, 'holders.log');
    const script = (startAt: number) => `import { appendFileSync } from 'node:fs';
      import { withLock } from ${JSON.stringify(join(import.meta.dirname, 'storeLock.ts'))};
      while (Date.now() < ${startAt});
      try {
        await withLock(${JSON.stringify(root)}, async () => {
          appendFileSync(${JSON.stringify(log)}, 'enter ' + process.pid + '\\n');
          await new Promise((r) => setTimeout(r, 30));
          appendFileSync(${JSON.stringify(log)}, 'exit ' + process.pid + '\\n');
        }, { onWarning: () => {} });
      } catch {}`;
    for (let round = 0; round < 6; round++) {
      await writeLock({ pid: await deadPid() });
      const startAt = Date.now() + 600;
      const children = Array.from({ length: 6 }, () => spawn(process.execPath, ['--input-type=module', '-e', script(startAt)], { stdio: 'inherit' }));
      await Promise.all(children.map((c) => new Promise((resolve) => c.on('exit', resolve))));
    }
    const events = (await readFile(log, 'utf8')).trim().split('\n');
    // Each holder's exit comes right after its own enter: nobody entered while another held the lock.
    for (let i = 0; i < events.length; i += 2) expect([events[i], events[i + 1]?.replace('exit', 'enter')]).toEqual([events[i], events[i]]);
    expect(events.length).toBeGreaterThanOrEqual(12);
  });

  it('takes over an empty lock left by a run killed between creating and writing it', async () => {
    await mkdir(join(root, 'content', 'translations'), { recursive: true });
    // What a run did before the lock was written in one step: create the file, then write it.
    const script = `import { openSync } from 'node:fs'; openSync(${JSON.stringify(lockPath)}, 'wx'); console.log('created'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('created') && resolve()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await readFile(lockPath, 'utf8')).toBe('');
    // A fresh unreadable lock may be one being written; one a minute old is not.
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockPath, minuteAgo, minuteAgo);
    const warnings: Diagnostic[] = [];
    await expect(withLock(root, async () => 'ran', { onWarning: (w) => warnings.push(w) })).resolves.toBe('ran');
    expect(warnings.map(formatDiagnostic)).toEqual([expect.stringContaining('store/stale-lock  took over an unreadable lock file left by an interrupted run')]);
  });

  it('never leaves a lock that blocks the next run, wherever a run is killed', async () => {
    const script = `import { withLock } from ${JSON.stringify(join(import.meta.dirname, 'storeLock.ts'))};
      console.log('started');
      for (;;) await withLock(${JSON.stringify(root)}, async () => {}, { onWarning: () => {} }).catch(() => {});`;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 5 + round * 3));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      await expect(withLock(root, async () => 'next', { onWarning: () => {} })).resolves.toBe('next');
    }
    expect((await readdir(join(root, 'content', 'translations'))).filter((f) => f === '.lock')).toEqual([]);
  });
});
