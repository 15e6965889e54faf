import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError, formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { inRoot, lockFile } from './storePaths.ts';

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

/** What a lock file says about its holder, and what tells this file apart from any later one. */
interface Holder {
  /** Absent when the file cannot be parsed (an empty file left by an earlier kb that crashed). */
  owner?: LockOwner;
  /** The owner's token, or the file's inode when it has no owner. */
  identity: string;
  modifiedMs: number;
}

/** An unreadable lock this old is not one being written: kb writes the whole lock before it appears. */
const UNREADABLE_STALE_MS = 10_000;

async function acquire(path: string, owner: LockOwner, warn: (warning: Diagnostic) => void): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A few rounds: between our failed create and reading the holder, it may release or go stale.
  for (let round = 0; round < 5; round++) {
    if (await create(path, owner)) return;
    const holder = await readHolder(path);
    if (!holder) continue;
    if (!isStale(holder)) throw lockedError(holder.owner);
    if (await removeStale(path, holder, owner)) {
      const what = holder.owner ? `the lock of pid ${holder.owner.pid} (${holder.owner.command}, started ${holder.owner.startedAt}), which is no longer running` : 'an unreadable lock file left by an interrupted run';
      warn({ file: lockFile, line: 1, column: 1, rule: 'store/stale-lock', message: `took over ${what}`, hint: 'that run was interrupted; files it finished are kept, run it again to complete its work', severity: 'warning' });
    } else {
      // Another run is taking the same stale lock over: give it a moment to finish.
      await delay(20);
    }
  }
  throw lockedError((await readHolder(path))?.owner);
}

/**
 * Create the lock only if none exists, with the owner inside from the first moment: the owner is
 * written to a draft that is then hard-linked into place (link fails if the lock exists), so a
 * run killed at any point never leaves an empty lock.
 */
async function create(path: string, owner: LockOwner): Promise<boolean> {
  const draft = `${path}.new-${owner.token}`;
  const handle = await open(draft, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

/** The lock file's holder, or undefined when there is no lock file. */
async function readHolder(path: string): Promise<Holder | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // Stat and content from one descriptor: the identity belongs to the text read.
    const { ino, mtimeMs } = await handle.stat();
    const owner = parseOwner(await handle.readFile('utf8'));
    return { owner, identity: owner?.token ?? `ino-${ino}`, modifiedMs: mtimeMs };
  } finally {
    await handle.close();
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string' && typeof owner.token === 'string') {
      return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt), command: String(owner.command), token: owner.token };
    }
  } catch {
    // Not JSON: no owner.
  }
  return undefined;
}

/** A lock is stale when its process is gone; only a process on this host can be checked. */
function isStale({ owner, modifiedMs }: Holder): boolean {
  if (!owner) return Date.now() - modifiedMs > UNREADABLE_STALE_MS;
  if (owner.hostname !== hostname()) return false;
  // Our pid but not our token: a previous run left it (in containers, pids repeat across runs).
  if (owner.pid === process.pid) return !ownTokens.has(owner.token);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Delete the stale lock at `path`, unless it is no longer there. Runs that found the same stale
 * lock first claim it (`<path>.takeover-<identity>`, created like a lock): only the claimant
 * deletes, and only after checking the file is still the stale one, so no run ever deletes a live
 * lock. A claimant killed mid-way leaves a claim that is stale in turn and is cleared the same way.
 */
async function removeStale(path: string, stale: Holder, owner: LockOwner): Promise<boolean> {
  const claim = `${path}.takeover-${stale.identity}`;
  if (!(await create(claim, owner))) {
    const claimant = await readHolder(claim);
    if (claimant && isStale(claimant)) await removeStale(claim, claimant, owner);
    return false;
  }
  try {
    // Once the stale file is deleted no file can carry its identity again: this check cannot be outrun.
    if ((await readHolder(path))?.identity !== stale.identity) return false;
    await unlink(path);
    return true;
  } finally {
    await unlink(claim).catch(() => undefined);
  }
}

async function release(path: string, owner: LockOwner): Promise<void> {
  const holder = await readHolder(path);
  if (holder?.owner?.token === owner.token) await unlink(path);
}

function lockedError(holder: LockOwner | undefined): UserError {
  const who = holder ? `pid ${holder.pid} on ${holder.hostname} (${holder.command}, started ${holder.startedAt})` : 'a run whose lock file cannot be read';
  return new UserError([{ file: lockFile, line: 1, column: 1, rule: 'store/locked', message: `the translation store is in use by ${who}`, hint: `wait for that run to finish; if it is no longer running, delete ${lockFile}`, severity: 'error' }]);
}

