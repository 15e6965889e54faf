import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError, formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { inRoot, lockFile } from './storePaths.ts';
import { readIfExists } from '../fs/writeFileAtomic.ts';

/** Who holds the store lock: written into the lock file so a person can tell whether it is stale. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  /** The command line of the holding run, for the person reading an error. */
  command: string;
  /** Tells this holder's lock apart from a later one by the same pid. */
  token: string;
}

export interface LockOptions {
  /** Receives the warning when a stale lock is taken over; printed to stderr by default. */
  onWarning?: (warning: Diagnostic) => void;
}

// Tokens of the locks this process holds or is creating: its own lock is never mistaken for stale.
const ownTokens = new Set<string>();

/**
 * Run `fn` holding the exclusive lock `content/translations/.lock` of the project at `root`, so two
 * runs cannot interleave their writes. A lock left by a run that died on this host is taken over
 * with a warning; a live one is a UserError naming its holder.
 */
export async function withLock<T>(root: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const path = inRoot(root, lockFile);
  const owner = newOwner();
  ownTokens.add(owner.token);
  try {
    await acquire(path, owner, options.onWarning ?? ((w) => console.error(formatDiagnostic(w))));
    try {
      return await fn();
    } finally {
      await release(path, owner);
    }
  } finally {
    ownTokens.delete(owner.token);
  }
}

function newOwner(): LockOwner {
  return {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command: ['kb', ...process.argv.slice(2)].join(' '),
    token: randomBytes(8).toString('hex'),
  };
}

async function acquire(path: string, owner: LockOwner, warn: (warning: Diagnostic) => void): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A few rounds: between our failed create and reading the holder, it may release or go stale.
  for (let round = 0; round < 3; round++) {
    if (await create(path, owner)) return;
    const holder = await readOwner(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable' || !isStale(holder)) throw lockedError(holder);
    if (await takeOver(path, holder)) {
      warn({ file: lockFile, line: 1, column: 1, rule: 'store/stale-lock', message: `took over the lock of pid ${holder.pid} (${holder.command}, started ${holder.startedAt}), which is no longer running`, hint: 'that run was interrupted; files it finished are kept, run it again to complete its work', severity: 'warning' });
    }
  }
  throw lockedError(await readOwner(path));
}

/** Create the lock file only if none exists (O_EXCL), with the owner inside. */
async function create(path: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (error) {
    // An empty lock file would block every later run until someone deletes it by hand.
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  return true;
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  const text = await readIfExists(path);
  if (text === undefined) return 'gone';
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string' && typeof owner.token === 'string') {
      return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt), command: String(owner.command), token: owner.token };
    }
  } catch {
    // Reported as unreadable below: a run may be between creating the file and writing it.
  }
  return 'unreadable';
}

/** A lock is stale when its process is gone; only a process on this host can be checked. */
function isStale(holder: LockOwner): boolean {
  if (holder.hostname !== hostname()) return false;
  // Our pid but not our token: a previous run left it (in containers, pids repeat across runs).
  if (holder.pid === process.pid) return !ownTokens.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Move the stale lock aside and delete it. Two runs may find the same stale lock; moving it first
 * lets each check that what it moved is the stale lock, and put back a fresh one it moved by mistake.
 */
async function takeOver(path: string, stale: LockOwner): Promise<boolean> {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = await readOwner(aside);
  if (typeof moved === 'object' && moved.token !== stale.token) {
    await link(aside, path).catch(() => undefined);
    await unlink(aside);
    return false;
  }
  await unlink(aside);
  return true;
}

async function release(path: string, owner: LockOwner): Promise<void> {
  const holder = await readOwner(path);
  if (typeof holder === 'object' && holder.token === owner.token) await unlink(path);
}

function lockedError(holder: LockOwner | 'gone' | 'unreadable'): UserError {
  const who = typeof holder === 'object'
    ? `pid ${holder.pid} on ${holder.hostname} (${holder.command}, started ${holder.startedAt})`
    : 'a run whose lock file cannot be read';
  return new UserError([{ file: lockFile, line: 1, column: 1, rule: 'store/locked', message: `the translation store is in use by ${who}`, hint: `wait for that run to finish; if it is no longer running, delete ${lockFile}`, severity: 'error' }]);
}

