import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Names of temp files an interrupted write can leave behind (for .gitignore). */
export const tempFilePattern = '*.tmp';

export interface AtomicWriteOptions {
  /**
   * Sync the file and its folder so the write survives a power cut (default). Derived output that
   * a build rewrites anyway (dist/: thousands of Markdown twins) skips it: the rename still keeps
   * readers from seeing half a file, and the syncs cost more than the writes.
   */
  durable?: boolean;
}

/**
 * Replace `path` with `content` so a reader or a crash sees the old file or the new one, never a
 * mix. Returns false, touching nothing, when the file already holds exactly `content` — so mtimes
 * and `git status` stay clean.
 */
export async function writeFileAtomic(path: string, content: string, options: AtomicWriteOptions = {}): Promise<boolean> {
  if ((await readIfExists(path)) === content) return false;
  await mkdir(dirname(path), { recursive: true });
  const temp = await writeTempFile(path, content, options);
  try {
    await commitTempFile(temp, path, options);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return true;
}

/** First half of an atomic write: `content` durably on disk in a temp file beside `path`. */
export async function writeTempFile(path: string, content: string, { durable = true }: AtomicWriteOptions = {}): Promise<string> {
  // Same folder as the target, because rename is only atomic within one file system.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    if (durable) await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

/** Second half: rename the temp file over `path`, then sync the folder so the rename survives a power cut. */
export async function commitTempFile(temp: string, path: string, { durable = true }: AtomicWriteOptions = {}): Promise<void> {
  await rename(temp, path);
  if (durable) await syncFolder(dirname(path));
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
