import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache, cacheDir, contentKey } from './ContentCache.ts';

describe('ContentCache', () => {
  it('keeps values across runs and drops entries a run did not use', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kb-cache-'));
    const first = await ContentCache.open<number>(root, 'demo');
    first.set(contentKey('a'), 1);
    first.set(contentKey('b'), 2);
    await first.save();

    const second = await ContentCache.open<number>(root, 'demo');
    expect(second.get(contentKey('a'))).toBe(1);
    await second.save();

    const third = await ContentCache.open<number>(root, 'demo');
    expect(third.get(contentKey('a'))).toBe(1);
    expect(third.get(contentKey('b'))).toBeUndefined();
  });

  it('starts cold from a corrupt file or one written by another version', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kb-cache-'));
    await mkdir(join(root, cacheDir), { recursive: true });
    await writeFile(join(root, cacheDir, 'demo.json'), '{ not json');
    expect((await ContentCache.open<number>(root, 'demo')).get('x')).toBeUndefined();
    await writeFile(join(root, cacheDir, 'demo.json'), JSON.stringify({ version: -1, entries: { x: 1 } }));
    const cache = await ContentCache.open<number>(root, 'demo');
    expect(cache.get('x')).toBeUndefined();
    cache.set('y', 2);
    await cache.save();
    expect(JSON.parse(await readFile(join(root, cacheDir, 'demo.json'), 'utf8')).entries).toEqual({ y: 2 });
  });

  it('digests distinguish their parts', () => {
    expect(contentKey('ab', 'c')).not.toBe(contentKey('a', 'bc'));
    expect(contentKey('ab', 'c')).toBe(contentKey('ab', 'c'));
  });
});
