import { mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitTempFile, writeBuildOutputSync, writeFileAtomic, writeTempFile } from './writeFileAtomic.ts';

// A rename that fails on demand: the failure an atomic write must survive without a trace.
const renameFails = vi.hoisted(() => ({ now: false }));
// Syncs of files and folders, counted.
const syncs = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: (from: string, to: string) => (renameFails.now ? Promise.reject(new Error('simulated rename failure')) : actual.rename(from, to)),
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = () => (syncs.count++, sync());
      return handle;
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: string, to: string) => {
      if (renameFails.now) throw new Error('simulated rename failure');
      actual.renameSync(from, to);
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kb-atomic-'));
});

describe('writeFileAtomic', () => {
  it('creates folders and writes the content, leaving no temp file', async () => {
    const path = join(dir, 'de', 'calls', 'a.yaml');
    expect(await writeFileAtomic(path, 'one\n')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('one\n');
    expect(await readdir(join(dir, 'de', 'calls'))).toEqual(['a.yaml']);
  });

  it('syncs the file and its folder; build output is not synced', async () => {
    syncs.count = 0;
    await writeFileAtomic(join(dir, 'a.yaml'), 'one\n');
    expect(syncs.count).toBeGreaterThanOrEqual(1);
    syncs.count = 0;
    expect(writeBuildOutputSync(join(dir, 'dist', 'a.md'), 'twin\n')).toBe(true);
    expect(syncs.count).toBe(0);
    expect(await readFile(join(dir, 'dist', 'a.md'), 'utf8')).toBe('twin\n');
    expect(await readdir(join(dir, 'dist'))).toEqual(['a.md']);
  });

  it('leaves an unchanged file untouched, keeping its mtime', async () => {
    const path = join(dir, 'a.yaml');
    await writeFile(path, 'same\n');
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(path, past, past);
    expect(await writeFileAtomic(path, 'same\n')).toBe(false);
    expect((await stat(path)).mtime.toISOString()).toBe(past.toISOString());
    expect(await writeFileAtomic(path, 'changed\n')).toBe(true);
    expect((await stat(path)).mtime.getTime()).toBeGreaterThan(past.getTime());
  });

  it('leaves the old content when the run dies between the temp write and the rename', async () => {
    const path = join(dir, 'a.yaml');
    await writeFile(path, 'old\n');
    // The first half of a write, then nothing: what a killed process leaves behind.
    const temp = await writeTempFile(path, 'new\n');
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readFile(temp, 'utf8')).toBe('new\n');
    expect(temp).toMatch(/\/\.a\.yaml\.\d+-[0-9a-f]{8}\.tmp$/);
    // The next run writes normally; the leftover temp file does not get in its way.
    expect(await writeFileAtomic(path, 'newer\n')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('newer\n');
  });

  it('shows the new content in full once the rename happened', async () => {
    const path = join(dir, 'a.yaml');
    await writeFile(path, 'old\n');
    await commitTempFile(await writeTempFile(path, 'new\n'), path);
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });

  it('removes its temp file and keeps the old content when the rename fails', async () => {
    const path = join(dir, 'a.yaml');
    await writeFile(path, 'old\n');
    renameFails.now = true;
    try {
      await expect(writeFileAtomic(path, 'new\n')).rejects.toThrow('simulated rename failure');
    } finally {
      renameFails.now = false;
    }
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });
});

describe('writeBuildOutputSync', () => {
  it('creates folders and writes text or bytes, leaving no temp file', async () => {
    const folders = new Set<string>();
    expect(writeBuildOutputSync(join(dir, 'de', 'calls', 'a.md'), 'eins\n', folders)).toBe(true);
    expect(writeBuildOutputSync(join(dir, 'de', 'calls', 'b.md'), Buffer.from('zwei – ü\n'), folders)).toBe(true);
    expect(await readFile(join(dir, 'de', 'calls', 'a.md'), 'utf8')).toBe('eins\n');
    expect(await readFile(join(dir, 'de', 'calls', 'b.md'), 'utf8')).toBe('zwei – ü\n');
    expect((await readdir(join(dir, 'de', 'calls'))).sort()).toEqual(['a.md', 'b.md']);
  });

  it('leaves an unchanged file untouched and rewrites one of the same size that differs', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, 'same\n');
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(path, past, past);
    expect(writeBuildOutputSync(path, 'same\n')).toBe(false);
    expect((await stat(path)).mtime.toISOString()).toBe(past.toISOString());
    expect(writeBuildOutputSync(path, 'sane\n')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('sane\n');
  });

  it('removes its temp file and keeps the old content when the rename fails', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, 'old\n');
    renameFails.now = true;
    try {
      expect(() => writeBuildOutputSync(path, 'new\n')).toThrow('simulated rename failure');
    } finally {
      renameFails.now = false;
    }
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});
