import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic.ts';

/** Where derived caches live: git-ignored, safe to delete at any time. */
export const cacheDir = join('.kb', 'cache');

/**
 * Bump when anything that shapes cached values changes (segmentation, link parsing, store
 * format): every cache written by another version is ignored.
 */
const cacheVersion = 2;

/** A short stable digest of anything JSON can write, for cache keys. */
export function contentKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

/**
 * A JSON file of values keyed by the digest of their inputs, so warm runs skip work whose inputs
 * did not change. Derived data only: a missing, stale or corrupt file just means a cold run.
 * Entries not used in a run are dropped on save, so the file tracks the current project.
 */
export class ContentCache<T> {
  private readonly file: string;
  private entries = new Map<string, T>();
  private readonly used = new Set<string>();
  private changed = false;

  private constructor(file: string) {
    this.file = file;
  }

  /** The cache `name` of the project at `root` (`.kb/cache/<name>.json`). */
  static async open<T>(root: string, name: string): Promise<ContentCache<T>> {
    const cache = new ContentCache<T>(join(root, cacheDir, `${name}.json`));
    try {
      const data = JSON.parse(await readFile(cache.file, 'utf8')) as { version?: number; entries?: Record<string, T> };
      if (data.version === cacheVersion && data.entries) cache.entries = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or unreadable: start cold.
    }
    return cache;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.used.add(key);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.set(key, value);
    this.used.add(key);
    this.changed = true;
  }

  /** Write the entries used in this run (atomically); nothing when nothing changed. */
  async save(): Promise<void> {
    if (!this.changed && this.used.size === this.entries.size) return;
    const entries = Object.fromEntries([...this.entries].filter(([key]) => this.used.has(key)));
    await writeFileAtomic(this.file, JSON.stringify({ version: cacheVersion, entries }));
  }
}
