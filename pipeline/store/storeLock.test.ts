import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
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
});
