import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Names of temp files an interrupted write can leave behind (for .gitignore). */
export const tempFilePattern = '*.tmp';

/**
 * Replace `path` with `content` so a reader or a crash sees the old file or the new one, never a
 * mix, and the write survives a power cut (file and folder synced). Returns false, touching
 * nothing, when the file already holds exactly `content` — so mtimes and `git status` stay clean.
 */
export async function writeFileAtomic(path: string, content: string): Promise<boolean> {
  if ((await readIfExists(path)) === content) return false;
  await mkdir(dirname(path), { recursive: true });
  const temp = await writeTempFile(path, content);
  try {
    await commitTempFile(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return true;
}

/**
 * `writeFileAtomic` for build output (dist/), synchronously and without syncing to disk: a build
 * rewrites it anyway, the rename still keeps readers from seeing half a file, and for thousands of
 * small files (Markdown twins, the feed) a sync and a promise and thread-pool round trip per open,
 * write, close and rename cost far more than the writes. Same contract: a temp file beside
 * `path` renamed over it, nothing touched (false) when the file already holds `content`.
 * `folders` remembers the folders already created, so each is made once.
 */
export function writeBuildOutputSync(path: string, content: string | Uint8Array, folders?: Set<string>): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isFile() && existing.size === bytes.byteLength && readFileSync(path).equals(bytes)) return false;
  const folder = dirname(path);
  if (!folders?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders?.add(folder);
  }
  const temp = tempPath(path);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Not created, or already renamed: nothing to clean up.
    }
    throw error;
  }
  return true;
}

/** First half of an atomic write: `content` durably on disk in a temp file beside `path`. */
export async function writeTempFile(path: string, content: string): Promise<string> {
  const temp = tempPath(path);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

/** Random per process, then counted: a temp name per write without asking the system for randomness each time. */
let tempCounter = randomBytes(4).readUInt32BE();

/** A fresh temp file name beside `path` (same folder, because rename is only atomic within one file system). */
function tempPath(path: string): string {
  tempCounter = (tempCounter + 1) >>> 0;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${tempCounter.toString(16).padStart(8, '0')}.tmp`);
}

/** Second half: rename the temp file over `path`, then sync the folder so the rename survives a power cut. */
export async function commitTempFile(temp: string, path: string): Promise<void> {
  await rename(temp, path);
  await syncFolder(dirname(path));
}

/** The file's text, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Some platforms (Windows) cannot open a folder for syncing; the rename itself is still atomic.
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Same reason as above: a folder fsync is best effort.
  } finally {
    await handle.close();
  }
}
